import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { isLoopbackHost } from '../../emulator/http/crossSiteGuard';
import { MICROSOFT_TABLES } from '../../emulator/metadata/tables';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';
import { previewRecords } from './previewRecords';
import { repoRoot } from './repoRoot';

export interface PanelServer {
  readonly url: string;
  close(): Promise<void>;
}

const CONTROL_FOLDER = ['pcf-controls', 'out', 'controls', 'MarketingInsightsPanel'];
const PREVIEW_FOLDER = ['pcf-controls', 'preview'];
const PLATFORM_LIBRARIES = ['react_16_14_0.js', 'fluent_9_4_0.js'];
const LANGUAGES = ['1033', '1028', '1066'];
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The panel's preview page: the production bundle with the React 16 and Fluent 9 builds that ship inside pcf-start,
 * a context whose webAPI reads the emulator through this server (same origin), and pickers for a demo record and a
 * language. pcf-start's own harness loads React from the internet, so this page is ours.
 */
export async function startPanelServer(dataverseUrl: string, port: number): Promise<PanelServer> {
  const root = repoRoot();
  const control = path.join(root, ...CONTROL_FOLDER);
  if (!existsSync(path.join(control, 'bundle.js'))) {
    throw new Error(
      `The panel is not built: ${path.join(...CONTROL_FOLDER, 'bundle.js')} is missing. Run \`npm run build:pcf\`.`,
    );
  }
  const libDir = path.join(path.dirname(require.resolve('pcf-start/package.json')), 'lib');
  const entitySets = Object.fromEntries(
    [...MICROSOFT_TABLES, ...LEADLINK_CUSTOMIZATIONS].map((t) => [t.logicalName, t.entitySetName]),
  );
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) =>
      send(res, 500, '.json', JSON.stringify({ error: (error as Error).message })),
    );
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page that re-binds its own name to 127.0.0.1 would be same-origin here and could read the demo data.
    if (!isLoopbackHost(req.headers.host)) return send(res, 403, '.json', JSON.stringify({ error: 'Loopback only.' }));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    if (p.startsWith('/api/data/v9.2/')) return proxy(req, res, `${dataverseUrl}${p}${url.search}`);
    if (req.method !== 'GET') return send(res, 405, '.json', JSON.stringify({ error: 'The preview only reads.' }));
    if (p === '/') return file(res, path.join(root, ...PREVIEW_FOLDER, 'index.html'));
    if (['/preview.js', '/preview-host.js', '/preview.css'].includes(p))
      return file(res, path.join(root, ...PREVIEW_FOLDER, p.slice(1)));
    const lib = /^\/lib\/([a-z0-9_]+\.js)$/.exec(p)?.[1];
    if (lib && PLATFORM_LIBRARIES.includes(lib)) return file(res, path.join(libDir, lib));
    const inControl = /^\/control\/((?:css|strings)\/)?[A-Za-z0-9_.]+$/.test(p)
      ? p.slice('/control/'.length)
      : undefined;
    if (inControl) return file(res, path.join(control, inControl));
    const lcid = /^\/strings\/(\d+)\.json$/.exec(p)?.[1];
    if (lcid && LANGUAGES.includes(lcid)) return send(res, 200, '.json', JSON.stringify(readResx(control, lcid)));
    if (p === '/config.json') return send(res, 200, '.json', JSON.stringify({ entitySets }));
    if (p === '/records.json') return send(res, 200, '.json', JSON.stringify(await previewRecords(dataverseUrl)));
    return send(res, 404, '.json', JSON.stringify({ error: `Nothing at ${p}.` }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function proxy(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  if (req.method !== 'GET')
    return send(res, 405, '.json', JSON.stringify({ error: { code: '', message: 'The preview only reads.' } }));
  const headers: Record<string, string> = { Accept: 'application/json' };
  const prefer = req.headers.prefer;
  if (typeof prefer === 'string') headers.Prefer = prefer;
  const upstream = await fetch(target, { headers });
  send(res, upstream.status, '.json', await upstream.text());
}

function file(res: ServerResponse, filePath: string): void {
  if (!existsSync(filePath)) return send(res, 404, '.json', JSON.stringify({ error: 'Not found.' }));
  send(res, 200, path.extname(filePath), readFileSync(filePath));
}

function send(res: ServerResponse, status: number, ext: string, body: string | Buffer): void {
  res
    .writeHead(status, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
    .end(body);
}

/** The control's strings for one language, from the .resx the build copied. */
function readResx(control: string, lcid: string): Record<string, string> {
  const file = path.join(control, 'strings', `MarketingInsightsPanel.${lcid}.resx`);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    readFileSync(file, 'utf8'),
  ) as {
    root?: { data?: { name: string; value?: unknown } | { name: string; value?: unknown }[] };
  };
  const data = parsed.root?.data;
  const entries = Array.isArray(data) ? data : data ? [data] : [];
  return Object.fromEntries(
    entries.map((d) => [d.name, typeof d.value === 'string' ? d.value : String(d.value ?? '')]),
  );
}
