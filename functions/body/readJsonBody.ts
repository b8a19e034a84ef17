import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { jsonResponse } from '../runtime/jsonResponse';
import { contentTypeProblem } from './contentType';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth';
import { parseJsonText } from './parseJsonText';
import { readBodyCapped } from './readBodyCapped';
import { findTextProblems, MAX_REPORTED_PROBLEMS } from './textProblems';

export interface JsonBodyOptions {
  readonly maxBytes: number;
  /**
   * `external`: a sender outside Dataverse (forms, interaction feeds, segment definitions) — also refuse NUL, lone
   * surrogates and bidirectional controls in any string, before they reach Dataverse. `dataverse`: a webhook, whose
   * strings are already Dataverse's data and are passed on as they are.
   */
  readonly source: 'external' | 'dataverse';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as JSON text the app may read, or the refusal: 415 for anything but uncompressed application/json, 413
 * past `maxBytes` (stopping the read there), 400 for bytes that are not UTF-8 (never replaced by U+FFFD, which would
 * make two different ids one), for nesting deeper than MAX_JSON_DEPTH, for text that is not JSON, and — from an
 * external sender — for strings holding characters Dataverse must not get. No refusal quotes the body.
 */
export async function readJsonBody(
  request: HttpRequest,
  options: JsonBodyOptions,
): Promise<{ readonly text: string; readonly value: unknown } | { readonly refused: HttpResponseInit }> {
  const typeProblem = contentTypeProblem(request);
  if (typeProblem) return { refused: jsonResponse(415, { error: typeProblem }) };
  const bytes = await readBodyCapped(request, options.maxBytes);
  if (bytes === undefined) {
    return { refused: jsonResponse(413, { error: `The body is larger than ${options.maxBytes} bytes.` }) };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { refused: jsonResponse(400, { error: 'The body is not valid UTF-8.' }) };
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return { refused: jsonResponse(400, { error: `The body nests deeper than ${MAX_JSON_DEPTH} levels.` }) };
  }
  const parsed = parseJsonText(text);
  if ('problem' in parsed) return { refused: jsonResponse(400, { error: parsed.problem }) };
  if (options.source === 'external') {
    const problems = findTextProblems(parsed.value, { bidi: true });
    if (problems.length > 0) {
      const more = problems.length - MAX_REPORTED_PROBLEMS;
      return {
        refused: jsonResponse(400, {
          error: `${problems.length} value${problems.length === 1 ? '' : 's'} of the body hold characters LeadLink does not accept.`,
          problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
          ...(more > 0 ? { more } : {}),
        }),
      };
    }
  }
  return { text, value: parsed.value };
}
