import { readFileSync } from 'node:fs';
import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import {
  describeCount,
  entityDefinitionsMetadata,
  formatSegmentPreview,
  MarketingListError,
  parseSegmentJson,
  previewSegment,
  saveSegmentList,
  SegmentDefinitionError,
  segmentFromFlags,
  type SavedList,
  type SegmentDefinition,
  type SegmentMetadata,
} from '../../plugins/segments';
import { parseFlags, UsageError } from '../args';

export const segmentUsage = `leadlink segment preview FILE [--json]
leadlink segment create FILE [--name NAME] [--static] [--json]
  Without FILE, the conditions come from flags (all must hold; or-groups need a file):
    --lead "subject=Contoso Ltd Conference"  --contact "accountrolecode=1"  --account "name!=Contoso"
    --lead "createdon:last-x-days=30"  --lead "leadsourcecode:in=7,8"  --include doNotEmail
  preview: the number of contacts, the first 20, and how many each exclusion removed (inactive, no bulk email,
  no email, minors without consent). create: saves the segment as a marketing list of contacts named NAME (default:
  the definition's name): dynamic, its query kept up to date by Dataverse, or --static with today's members. A rerun
  updates the same list. Connects with DATAVERSE_URL and its credentials. Examples: segments/*.json.`;

const flags = {
  json: { type: 'boolean' },
  name: { type: 'string' },
  static: { type: 'boolean' },
  lead: { type: 'string', multiple: true },
  contact: { type: 'string', multiple: true },
  account: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
} as const;

type Values = ReturnType<typeof parseFlags<typeof flags>>['values'];

/** `leadlink segment preview|create`: prints a preview, or saves the list and says what it did. */
export async function runSegment(
  argv: readonly string[],
  env: Environment = process.env,
  print: (text: string) => void = console.log,
  printError: (text: string) => void = console.error,
): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'preview' && action !== 'create') {
    throw new UsageError(
      action === undefined ? 'say preview or create.' : `unknown action '${action}'; say preview or create.`,
    );
  }
  const { values, positionals } = parseFlags(rest, flags);
  const source = readSource(values, positionals);
  if (action === 'preview') {
    for (const name of ['name', 'static'] as const) {
      if (values[name] !== undefined) throw new UsageError(`--${name} goes with create, not preview.`);
    }
  }

  const client = DataverseClient.fromConfig(loadDataverseConfig(env));
  try {
    const metadata = await entityDefinitionsMetadata(client);
    let definition: SegmentDefinition;
    try {
      definition = readDefinition(source, values, metadata);
    } catch (error) {
      if (!(error instanceof SegmentDefinitionError)) throw error;
      printError(`${source.kind === 'file' ? source.path : 'The flags'}: ${error.message}`);
      return 1;
    }
    if (action === 'preview') {
      const preview = await previewSegment(client, definition);
      print(values.json ? JSON.stringify(preview, null, 2) : formatSegmentPreview(preview));
      return 0;
    }
    let saved: SavedList;
    try {
      saved = await saveSegmentList(client, definition, {
        ...(values.name === undefined ? {} : { name: values.name }),
        kind: values.static ? 'static' : 'dynamic',
        onProgress: (done, total) => printError(`  member changes sent: ${done} of ${total}`),
      });
    } catch (error) {
      if (!(error instanceof MarketingListError)) throw error;
      printError(error.message);
      return 1;
    }
    print(values.json ? JSON.stringify(saved, null, 2) : describeSaved(saved));
    return 0;
  } finally {
    client.close();
  }
}

type Source = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'flags' };

function readSource(values: Values, positionals: readonly string[]): Source {
  const conditionFlags = (['lead', 'contact', 'account', 'include'] as const).filter((f) => values[f] !== undefined);
  if (positionals.length > 1)
    throw new UsageError(`one FILE at most, got ${positionals.length}: ${positionals.join(' ')}`);
  const [path] = positionals;
  if (path !== undefined && conditionFlags.length > 0) {
    throw new UsageError(
      `give a FILE or condition flags, not both (got ${path} and --${conditionFlags.join(', --')}).`,
    );
  }
  if (path !== undefined) return { kind: 'file', path };
  if (conditionFlags.length === 0)
    throw new UsageError('give a segment FILE (see segments/*.json) or --lead conditions.');
  return { kind: 'flags' };
}

function readDefinition(source: Source, values: Values, metadata: SegmentMetadata): SegmentDefinition {
  if (source.kind === 'flags') {
    return segmentFromFlags(
      {
        ...(values.lead ? { lead: values.lead } : {}),
        ...(values.contact ? { contact: values.contact } : {}),
        ...(values.account ? { account: values.account } : {}),
        ...(values.include ? { include: values.include } : {}),
        ...(values.name === undefined ? {} : { name: values.name }),
      },
      metadata,
    );
  }
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${source.path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  return parseSegmentJson(text, metadata);
}

function describeSaved(saved: SavedList): string {
  const list = `the ${saved.kind} marketing list "${saved.name}" (${saved.listId})`;
  const head = saved.created
    ? `Created ${list}.`
    : saved.updated
      ? `Updated ${list}.`
      : `Found ${list}; ${saved.members ? 'its details were' : 'its query was'} already current.`;
  if (!saved.members) return head;
  const { total, added, removed } = saved.members;
  return `${head}\nMembers: ${describeCount(total)} (added ${added}, removed ${removed}).`;
}
