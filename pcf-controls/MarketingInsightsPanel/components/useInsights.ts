/**
 * Loads the insights once per record (and per revision), never on a plain re-render, so a form load costs at most the
 * loader's three requests. A response that arrives after the record changed is dropped.
 */
import * as React from 'react';
import { classifyLoadError, type ClassifiedLoadError } from '../logic/classifyLoadError';
import type { Insights } from '../logic/insightsModel';
import type { LoadRequest } from '../logic/loadInsights';
import { targetKey, type RecordTarget } from '../logic/recordTarget';

export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly insights: Insights }
  | { readonly status: 'error'; readonly error: ClassifiedLoadError };

export type InsightsLoader = (request: LoadRequest) => Promise<Insights>;

const LOADING: LoadState = { status: 'loading' };
const IDLE: LoadState = { status: 'idle' };

export function useInsights(target: RecordTarget, revision: number, load: InsightsLoader): LoadState {
  const key = targetKey(target, revision);
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const [result, setResult] = React.useState<{ readonly key: string; readonly state: LoadState } | null>(null);

  React.useEffect(() => {
    if (target.status !== 'ready') return undefined;
    let current = true;
    const request: LoadRequest = { entity: target.entity, id: target.id };
    void Promise.resolve()
      .then(() => loadRef.current(request))
      .then(
        (insights) => {
          if (current) setResult({ key, state: { status: 'ready', insights } });
        },
        (error: unknown) => {
          if (current) setResult({ key, state: { status: 'error', error: classifyLoadError(error) } });
        },
      );
    return () => {
      current = false;
    };
    // The key names the record and revision; `target` is read only through it.
  }, [key]);

  if (target.status !== 'ready') return IDLE;
  return result?.key === key ? result.state : LOADING;
}
