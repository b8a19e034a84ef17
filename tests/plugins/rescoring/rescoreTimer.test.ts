/**
 * The daily rescore's registration: the schedule comes from LEADLINK_RESCORE_SCHEDULE (default 02:30 every day) and a
 * mistyped one is refused naming the setting. The host's core API is replaced by a virtual module that records
 * what is registered.
 */
const registered: { name: string; bindings: Record<string, { type: string; schedule?: string }> }[] = [];

jest.mock(
  '@azure/functions-core',
  () => ({
    setProgrammingModel: () => undefined,
    registerHook: () => ({ dispose: () => undefined }),
    registerFunction: (metadata: { name: string; bindings: Record<string, { type: string; schedule?: string }> }) => {
      registered.push(metadata);
      return { dispose: () => undefined };
    },
    log: () => undefined,
  }),
  { virtual: true },
);

function load(schedule: string | undefined): void {
  const saved = process.env.LEADLINK_RESCORE_SCHEDULE;
  if (schedule === undefined) delete process.env.LEADLINK_RESCORE_SCHEDULE;
  else process.env.LEADLINK_RESCORE_SCHEDULE = schedule;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../functions/registrations/rescoreTimer');
    });
  } finally {
    if (saved === undefined) delete process.env.LEADLINK_RESCORE_SCHEDULE;
    else process.env.LEADLINK_RESCORE_SCHEDULE = saved;
  }
}

const timerOf = (entry: (typeof registered)[number] | undefined) =>
  Object.values(entry?.bindings ?? {}).find((binding) => binding.type === 'timerTrigger');

describe('rescore timer', () => {
  beforeEach(() => {
    registered.length = 0;
  });

  it('runs daily at 02:30 unless the app setting says otherwise', () => {
    load(undefined);
    expect(registered.map((r) => r.name)).toEqual(['rescoreTimer']);
    expect(timerOf(registered[0])?.schedule).toBe('0 30 2 * * *');
  });

  it('takes the schedule from LEADLINK_RESCORE_SCHEDULE', () => {
    load(' 0 0 */6 * * * ');
    expect(timerOf(registered[0])?.schedule).toBe('0 0 */6 * * *');
  });

  it('refuses a schedule without the seconds field, naming the setting', () => {
    expect(() => load('30 2 * * *')).toThrow(
      "The app setting LEADLINK_RESCORE_SCHEDULE must be an NCRONTAB expression with six fields (seconds first), e.g. '0 30 2 * * *'; got '30 2 * * *'.",
    );
  });
});
