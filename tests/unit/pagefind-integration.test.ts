// The Pagefind integration with the library mocked: the steps in order, every error surfaced, close() always called.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
const state = { createErrors: [] as string[], addErrors: [] as string[], writeErrors: [] as string[], pages: 3, noIndex: false };

vi.mock('pagefind', () => ({
  createIndex: vi.fn((options: unknown) => {
    calls.push(`createIndex ${JSON.stringify(options)}`);
    return Promise.resolve({
      errors: state.createErrors,
      index: state.noIndex
        ? undefined
        : {
            addDirectory: vi.fn(({ path }: { path: string }) => {
              calls.push(`addDirectory ${path}`);
              return Promise.resolve({ errors: state.addErrors, page_count: state.pages });
            }),
            writeFiles: vi.fn(({ outputPath }: { outputPath: string }) => {
              calls.push(`writeFiles ${outputPath}`);
              return Promise.resolve({ errors: state.writeErrors, outputPath });
            }),
          },
    });
  }),
  close: vi.fn(() => {
    calls.push('close');
    return Promise.resolve();
  }),
}));

const { default: pagefindIntegration } = await import('../../src/integrations/pagefind.ts');

/** Runs the integration's build hook on a made-up output folder. */
async function runHook(): Promise<string[]> {
  const logs: string[] = [];
  const hook = pagefindIntegration().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: new URL('file:///site/dist/'), logger: { info: (text: string) => logs.push(text) } });
  return logs;
}

beforeEach(() => {
  calls.length = 0;
  Object.assign(state, { createErrors: [], addErrors: [], writeErrors: [], pages: 3, noIndex: false });
});

describe('the Pagefind integration', () => {
  test('creates the index with the site options, adds the built site, writes it under pagefind/, then closes', async () => {
    const logs = await runHook();
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['createIndex', 'addDirectory', 'writeFiles', 'close']);
    expect(calls[0]).toContain('"includeCharacters":"$/_-."');
    expect(calls[0]).toContain('"forceLanguage":"en"');
    expect(calls[1]).toBe('addDirectory /site/dist/');
    expect(calls[2]).toBe('writeFiles /site/dist/pagefind/');
    expect(logs[0]).toMatch(/^indexed 3 pages in \d+ ms$/);
  });

  test('fails the build naming the step and every error, and still closes', async () => {
    state.addErrors = ['bad page a', 'bad page b'];
    await expect(runHook()).rejects.toThrow(/Pagefind addDirectory failed:\n {2}- bad page a\n {2}- bad page b/);
    expect(calls.at(-1)).toBe('close');
    expect(calls.some((call) => call.startsWith('writeFiles'))).toBe(false);
  });

  test('fails when nothing was indexed or no index came back', async () => {
    state.pages = 0;
    await expect(runHook()).rejects.toThrow(/found no pages/);
    state.pages = 3;
    state.noIndex = true;
    await expect(runHook()).rejects.toThrow(/returned no index/);
    expect(calls.filter((call) => call === 'close')).toHaveLength(2);
  });

  test('surfaces errors from writing the files', async () => {
    state.writeErrors = ['disk full'];
    await expect(runHook()).rejects.toThrow(/Pagefind writeFiles failed:\n {2}- disk full/);
  });
});
