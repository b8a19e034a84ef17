/** One call to put the control on a form: fixture data, the fake Web API, a mock context and the rendered control. */
import type { FakeDatabase } from './fakeTables';
import { createFakeWebApi, type FakeWebApi, type FakeWebApiOptions } from './fakeWebApi';
import { createDatabase } from './fixtures';
import { createMockContext, type MockContext, type MockContextOptions } from './mockContext';
import { renderControl, type RenderedControl } from './renderControl';

export interface PanelOnForm extends RenderedControl {
  readonly api: FakeWebApi;
  readonly mock: MockContext;
  /** A fresh context for the same form (what the platform passes on a later updateView). */
  contextWith(changes: Partial<MockContextOptions>): MockContext;
}

export interface PanelOptions extends Omit<MockContextOptions, 'webApi'> {
  readonly fake?: FakeWebApiOptions;
  readonly now?: Date;
  /** Changes the fixture data for one test. */
  readonly editDatabase?: (database: FakeDatabase) => FakeDatabase;
}

/** Forms are configured with a sales-ready score of 60 unless a test says otherwise (null: not configured). */
export function putPanelOnForm(options: PanelOptions): PanelOnForm {
  const database = createDatabase(options.now ?? new Date());
  const api = createFakeWebApi(options.editDatabase ? options.editDatabase(database) : database, options.fake);
  const base: MockContextOptions = { salesReadyScore: 60, ...options, webApi: api };
  const mock = createMockContext(base);
  const rendered = renderControl(mock.context);
  return { ...rendered, api, mock, contextWith: (changes) => createMockContext({ ...base, ...changes }) };
}

/** A gate for FakeWebApiOptions.gate, opened by the test. */
export function createGate(): { readonly promise: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open: () => open() };
}
