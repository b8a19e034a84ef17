/**
 * The function app registers every function with the host: `main` in package.json covers the registration files,
 * and each HTTP route of routes.ts reaches the host with its method and route. The host's core API is replaced by a
 * virtual module that records what is registered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

const registered: { name: string; bindings: Record<string, { type: string; route?: string; methods?: string[] }> }[] =
  [];

jest.mock(
  '@azure/functions-core',
  () => ({
    setProgrammingModel: () => undefined,
    registerHook: () => ({ dispose: () => undefined }),
    registerFunction: (metadata: {
      name: string;
      bindings: Record<string, { type: string; route?: string; methods?: string[] }>;
    }) => {
      registered.push(metadata);
      return { dispose: () => undefined };
    },
    log: () => undefined,
  }),
  { virtual: true },
);

const root = path.resolve(__dirname, '../..');
const registrationDir = path.join(root, 'functions', 'registrations');

describe('function registrations', () => {
  beforeAll(() => {
    for (const file of readdirSync(registrationDir).filter((f) => f.endsWith('.ts'))) {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(path.join(registrationDir, file));
      });
    }
  });

  it('registers the webhook and health routes with their methods', () => {
    const http = registered.filter((r) => Object.values(r.bindings).some((b) => b.type === 'httpTrigger'));
    const byName = new Map(http.map((r) => [r.name, Object.values(r.bindings).find((b) => b.type === 'httpTrigger')]));
    expect(byName.get('dataverseWebhook')).toMatchObject({ route: 'webhooks/dataverse', methods: ['POST'] });
    expect(byName.get('health')).toMatchObject({ route: 'health', methods: ['GET'] });
    expect(byName.get('deepHealth')).toMatchObject({ route: 'health/deep', methods: ['GET'] });
  });

  it('package.json main covers every file that registers a function', () => {
    const main = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('dist/functions/registrations/*.js');
    const callers = listTs(path.join(root, 'functions')).filter((file) =>
      /\bapp\.(http|timer|generic)\(/.test(readFileSync(file, 'utf8')),
    );
    expect(callers.length).toBeGreaterThan(0);
    // Only files directly in registrations/ compile to what the glob matches.
    for (const file of callers) expect(path.dirname(file)).toBe(registrationDir);
  });
});
