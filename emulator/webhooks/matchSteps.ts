import type { Store } from '../store/Store';
import { isEntityRef, type StoredRow } from '../store/values';

/** Option values of the registration tables (sdkmessageprocessingstep, serviceendpoint). */
export const STEP_STATE_ENABLED = 0;
export const CONTRACT_WEBHOOK = 8;

export interface RegisteredStep {
  readonly step: StoredRow;
  readonly endpoint: StoredRow;
  readonly images: readonly StoredRow[];
  readonly filteringAttributes: readonly string[];
  readonly mode: number;
}

/**
 * The enabled post-operation steps for a message on a table whose event handler is a webhook endpoint, read from
 * the registration rows written through the Web API — the emulator knows nothing of who registered them.
 */
export function matchSteps(store: Store, message: string, table: string): RegisteredStep[] {
  const messageIds = new Set([...store.rows('sdkmessage')].filter((m) => m.values.name === message).map((m) => m.id));
  const out: RegisteredStep[] = [];
  for (const step of store.rows('sdkmessageprocessingstep')) {
    const v = step.values;
    if (v.statecode !== STEP_STATE_ENABLED || v.stage !== 40) continue;
    const msg = v.sdkmessageid;
    if (!isEntityRef(msg) || !messageIds.has(msg.id)) continue;
    const filterRef = v.sdkmessagefilterid;
    const filter = isEntityRef(filterRef) ? store.get('sdkmessagefilter', filterRef.id) : undefined;
    if (!filter || filter.values.primaryobjecttypecode !== table) continue;
    const handler = v.eventhandler_serviceendpoint ?? v.eventhandler;
    const endpoint = isEntityRef(handler) ? store.get('serviceendpoint', handler.id) : undefined;
    if (!endpoint || endpoint.values.contract !== CONTRACT_WEBHOOK) continue;
    const images = [...store.rows('sdkmessageprocessingstepimage')].filter((img) => {
      const ref = img.values.sdkmessageprocessingstepid;
      return isEntityRef(ref) && ref.id === step.id;
    });
    const attrs = typeof v.filteringattributes === 'string' ? v.filteringattributes : '';
    out.push({
      step,
      endpoint,
      images,
      filteringAttributes: attrs
        .split(',')
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
      mode: typeof v.mode === 'number' ? v.mode : 1,
    });
  }
  return out;
}
