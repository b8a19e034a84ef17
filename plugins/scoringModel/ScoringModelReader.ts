/**
 * Reads the scoring model in force for a long-lived caller (the function app), with a short cache: the web
 * resource's content is read at most once a minute (settings have their own one-minute cache), and a text is parsed
 * once. Nothing checks a web resource when an admin saves it in the maker portal, so a model is checked here, when
 * read: an invalid one is refused with one structured error line naming its source and every problem, and the last
 * valid model this reader had stays in force; with none yet (a fresh process), the ScoringModelError is thrown, as
 * scoring must not guess a model the admin did not choose.
 */
import type { DataverseClient } from '../../dataverse';
import type { PluginLogger } from '../Plugin';
import {
  DEFAULT_SCORING_MODEL,
  formatProblem,
  parseScoringModel,
  ScoringModelError,
  type ScoringModel,
} from '../scoring';
import type { EnvironmentSettings } from '../settings/EnvironmentSettings';
import { modelSource } from './modelSource';
import { readWebResource } from './readWebResource';

/** As the settings: a change takes effect within a minute. */
export const SCORING_MODEL_CACHE_MS = 60_000;
/** Problems written to one log line; the rest are counted. */
const LOGGED_PROBLEMS = 20;

export interface LoadedScoringModel {
  readonly model: ScoringModel;
  /** Where it came from, e.g. `web resource 'leadlink_/scoring/model.json'`. */
  readonly source: string;
}

export class ScoringModelReader {
  readonly #contents = new Map<string, { readonly at: number; readonly text: Promise<string | undefined> }>();
  #parsed: { readonly key: string; readonly result: LoadedScoringModel | ScoringModelError } | undefined;
  #lastValid: LoadedScoringModel | undefined;

  constructor(
    private readonly client: DataverseClient,
    private readonly settings: EnvironmentSettings,
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = SCORING_MODEL_CACHE_MS,
  ) {}

  async load(log?: PluginLogger): Promise<LoadedScoringModel> {
    const source = await modelSource(this.settings);
    if (source.kind === 'builtIn') return this.#valid({ model: DEFAULT_SCORING_MODEL, source: source.description });
    const text = source.kind === 'inline' ? source.text : await this.#webResourceText(source.name);
    const result =
      text === undefined
        ? new ScoringModelError(
            [
              {
                path: '',
                message: 'there is no web resource with this name (leadlink_ScoringModelWebResource names it)',
              },
            ],
            source.description,
          )
        : this.#parse(source.description, text);
    if (!(result instanceof ScoringModelError)) return this.#valid(result);
    const kept = this.#lastValid;
    log?.error('scoring.model.invalid', {
      source: source.description,
      problems: result.problems.slice(0, LOGGED_PROBLEMS).map(formatProblem),
      more: Math.max(0, result.problems.length - LOGGED_PROBLEMS),
      keeping: kept?.source ?? null,
    });
    if (kept) return kept;
    throw result;
  }

  /** Forgets what was read (not the last valid model), e.g. right after an upload. */
  invalidate(): void {
    this.#contents.clear();
  }

  #valid(loaded: LoadedScoringModel): LoadedScoringModel {
    this.#lastValid = loaded;
    return loaded;
  }

  #parse(source: string, text: string): LoadedScoringModel | ScoringModelError {
    const key = `${source}\u0000${text}`;
    if (this.#parsed?.key !== key) {
      let result: LoadedScoringModel | ScoringModelError;
      try {
        result = { model: parseScoringModel(text), source };
      } catch (error) {
        if (!(error instanceof ScoringModelError)) throw error;
        result = error.from(source);
      }
      this.#parsed = { key, result };
    }
    return this.#parsed.result;
  }

  #webResourceText(name: string): Promise<string | undefined> {
    const cached = this.#contents.get(name);
    if (cached && this.clock() - cached.at < this.ttlMs) return cached.text;
    const text = readWebResource(this.client, name).then((resource) => resource?.text);
    this.#contents.set(name, { at: this.clock(), text });
    // A failed read is not kept: the next call tries again.
    text.catch(() => {
      if (this.#contents.get(name)?.text === text) this.#contents.delete(name);
    });
    return text;
  }
}
