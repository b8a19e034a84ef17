import type { StoredRow, RowValues } from '../store/values';

/** sdkmessageprocessingstepimage.imagetype: 0 PreImage, 1 PostImage, 2 Both. */
const PRE = 0;
const POST = 1;
const BOTH = 2;

export interface Images {
  readonly pre: Readonly<Record<string, RowValues>>;
  readonly post: Readonly<Record<string, RowValues>>;
}

/** The registered images of a step, cut to their attributes (all columns when none are listed). */
export function selectImages(
  images: readonly StoredRow[],
  before: StoredRow | undefined,
  after: StoredRow | undefined,
): Images {
  const pre: Record<string, RowValues> = {};
  const post: Record<string, RowValues> = {};
  for (const image of images) {
    const alias = String(image.values.entityalias ?? image.values.name ?? 'Image');
    const type = Number(image.values.imagetype ?? PRE);
    const attrs =
      typeof image.values.attributes === 'string'
        ? image.values.attributes
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean)
        : [];
    if ((type === PRE || type === BOTH) && before) pre[alias] = pick(before.values, attrs);
    if ((type === POST || type === BOTH) && after) post[alias] = pick(after.values, attrs);
  }
  return { pre, post };
}

function pick(values: RowValues, attrs: readonly string[]): RowValues {
  if (attrs.length === 0) return values;
  return Object.fromEntries(attrs.filter((a) => a in values).map((a) => [a, values[a] ?? null]));
}
