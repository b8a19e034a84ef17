/**
 * A small local stand-in for Dataverse's metadata API, for the shapes real environments give that the emulator's
 * declarations cannot (global choices with OptionSet null, lookup name columns, images, errors): it answers
 * `EntityDefinitions(LogicalName='…')/Attributes` and its derived-type casts as Microsoft documents them
 * (query-metadata-web-api, retrieve-metadata-name-metadataid), and records every path it was asked for.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface StubTable {
  readonly attributes: readonly Json[];
  /** By cast name (e.g. PicklistAttributeMetadata): the attributes with their expanded option sets. */
  readonly casts?: Readonly<Record<string, readonly Json[]>>;
}

export interface StubAnswer {
  readonly status: number;
  readonly body: Json;
}

export interface MetadataStub {
  readonly url: string;
  readonly paths: string[];
  close(): Promise<void>;
}

const ROUTE =
  /^\/api\/data\/v9\.2\/EntityDefinitions\(LogicalName='([a-z_]+)'\)\/Attributes(?:\/Microsoft\.Dynamics\.CRM\.([A-Za-z]+))?$/;

/** `tables` answers by table; `override` (when given) answers every request instead, e.g. an error. */
export async function startMetadataStub(
  tables: Readonly<Record<string, StubTable | StubAnswer>>,
  override?: StubAnswer,
): Promise<MetadataStub> {
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = decodeURIComponent(url.pathname);
    paths.push(`${path}${decodeURIComponent(url.search)}`);
    const send = (answer: StubAnswer) =>
      res
        .writeHead(answer.status, { 'Content-Type': 'application/json; odata.metadata=minimal' })
        .end(JSON.stringify(answer.body));
    if (override) return send(override);
    const match = ROUTE.exec(path);
    const table = match ? tables[match[1] ?? ''] : undefined;
    if (!match || !table) return send(notFound(`Could not find entity for the path '${path}'.`));
    if ('status' in table) return send(table);
    const cast = match[2];
    send({ status: 200, body: { value: cast === undefined ? table.attributes : (table.casts?.[cast] ?? []) } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A table the environment lacks: 404 with the code Dataverse gives a missing record (not "resource not found"). */
export function notFound(message: string): StubAnswer {
  return { status: 404, body: { error: { code: '0x80040217', message } } };
}

export function attribute(logicalName: string, attributeType: string, extra: Json = {}): Json {
  return {
    '@odata.type': `#Microsoft.Dynamics.CRM.${attributeType}AttributeMetadata`,
    LogicalName: logicalName,
    AttributeType: attributeType,
    AttributeTypeName: { Value: `${attributeType}Type` },
    AttributeOf: null,
    IsValidForRead: true,
    MetadataId: '00000000-0000-0000-0000-000000000000',
    ...extra,
  };
}

/** `{Options: [{Value, Label: {LocalizedLabels, UserLocalizedLabel}}]}`. */
export function optionSet(options: Readonly<Record<number, string>>): Json {
  return {
    Options: Object.entries(options).map(([value, label]) => ({
      Value: Number(value),
      Label: {
        LocalizedLabels: [{ Label: label, LanguageCode: 1033 }],
        UserLocalizedLabel: { Label: label, LanguageCode: 1033 },
      },
    })),
  };
}
