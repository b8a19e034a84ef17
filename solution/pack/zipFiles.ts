import JSZip from 'jszip';

/** Every entry's modification time: fixed, so the same files always give the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** A zip of the files, entries sorted by path, DEFLATE, fixed dates, no folder entries: deterministic bytes. */
export async function zipFiles(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const path of [...files.keys()].sort()) {
    zip.file(path, files.get(path) as Buffer, { date: ENTRY_DATE, createFolders: false, binary: true });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

/** The files of a zip, by path (folder entries skipped). */
export async function unzipFiles(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  }
  return out;
}
