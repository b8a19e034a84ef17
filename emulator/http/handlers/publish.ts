/**
 * PublishXml and PublishAllXml, the unbound actions that publish customizations
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/publish-customizations): the first takes
 * `ParameterXml`, an `<importexportxml>` naming what to publish (publish-request-schema: `<webresources>` lists
 * `<webresource>` ids); the second publishes everything. Both answer 204 No Content, as actions without a return
 * value do. Of the customizations a request may name, the emulator keeps only web resource updates waiting; the
 * other sections are accepted and have nothing to publish.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PUBLISH } from '../../../schema/names';
import { fault } from '../../errors/faults';
import { updateRow } from '../../writes/RowWriter';
import { normalizeGuid } from '../../writes/guid';
import { writeContext, type EmulatorContext } from '../context';
import { noContent, type ApiRequest, type ApiResponse } from '../types';
import { parseJsonBody } from './resolve';

export function isPublishAction(name: string): boolean {
  return name === PUBLISH.xml || name === PUBLISH.all;
}

export function handlePublish(ctx: EmulatorContext, req: ApiRequest, name: string): ApiResponse {
  if (req.method !== 'POST') throw fault.noHttpResource(`${req.serviceRoot}${req.path}`);
  const rows =
    name === PUBLISH.all
      ? ctx.unpublished.waiting()
      : webResourceIds(parameterXml(req)).map((id): [string, string] => ['webresource', id]);
  const wctx = writeContext(ctx, req.userId);
  ctx.store.transaction(() => {
    for (const [table, id] of rows) {
      const values = ctx.unpublished.take(table, id);
      if (values && ctx.store.get(table, id)) {
        updateRow(wctx, ctx.catalog.table(table), id, { values, collectionBinds: [] });
      }
    }
  });
  return noContent();
}

function parameterXml(req: ApiRequest): string {
  const body = parseJsonBody(PUBLISH.xml, req.body);
  const xml =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[PUBLISH.parameter] : undefined;
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw fault.badRequest(`The parameter '${PUBLISH.parameter}' of ${PUBLISH.xml} is missing.`);
  }
  return xml;
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: () => true });

/** The ids in `<importexportxml><webresources><webresource>{id}</webresource>…`, braces or not. */
function webResourceIds(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    // Wording not confirmed against Dataverse: the emulator says what is wrong rather than guess the text.
    throw fault.invalidArgument(`${PUBLISH.parameter} is not valid XML: ${valid.err.msg} (line ${valid.err.line}).`);
  }
  const root = (parser.parse(xml) as Record<string, unknown[]>)['importexportxml'];
  if (!root) throw fault.invalidArgument(`${PUBLISH.parameter} must have the root element <importexportxml>.`);
  const ids: string[] = [];
  for (const section of root as Record<string, unknown[]>[]) {
    for (const group of (section['webresources'] ?? []) as Record<string, unknown[]>[]) {
      for (const text of group['webresource'] ?? []) {
        const id = normalizeGuid(String(text).trim());
        if (!id) throw fault.invalidArgument(`'${String(text)}' in <webresource> is not a web resource id.`);
        ids.push(id);
      }
    }
  }
  return ids;
}
