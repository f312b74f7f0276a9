// The integrations as a user gets them, offline: the packed package's `hook claude-code`, the Claude Code plugin
// checked by the real Claude Code CLI, and the OpenClaw plugin installed and loaded by the real OpenClaw CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildStandaloneBin, packageData, pluginBin } from '../../package/build.ts';
import { claudeCodeHookOutput } from '../../src/cli/hook.ts';
import { defaultSiteUrl } from '../../src/site.ts';

const root = join(import.meta.dirname, '..', '..');
const node24 = join(root, 'node_modules', '.bin', 'node');
const examplesFolder = join(root, 'integrations', 'claude-code', 'examples');
const examples = readdirSync(examplesFolder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, text: readFileSync(join(examplesFolder, file), 'utf8') }));
const outOfExtraUsage = "LLM request rejected: You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

let work = '';
/** Packed and installed once for the package tests (tests/package/global-setup.ts). */
const installed = inject('installed');
/** A home and state folder of their own, so the CLIs touch nothing of the machine's user and send nothing. */
let isolated: NodeJS.ProcessEnv;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'integrations-test-'));
  mkdirSync(join(work, 'home'));
  // Without Vitest's own variables: OpenClaw prints no command output when it sees them.
  const outsideVitest = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
  isolated = {
    ...outsideVitest,
    HOME: join(work, 'home'),
    OPENCLAW_STATE_DIR: join(work, 'openclaw-state'),
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    SITE_URL: '',
  };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The guide a notification names, or null. */
function guideIn(output: string): string | null {
  if (output === '') return null;
  const { terminalSequence } = JSON.parse(output) as { terminalSequence: string };
  return /\/errors\/([a-z0-9-]+)\//.exec(terminalSequence)?.[1] ?? null;
}

describe('the Claude Code integration', () => {
  test('the packed bin turns each example StopFailure input into the notification the sources give', () => {
    const named = new Set<string | null>();
    for (const { file, text } of examples) {
      const run = spawnSync(installed.bin, ['hook', 'claude-code'], { input: text, encoding: 'utf8', env: isolated });
      expect(run.status, file).toBe(0);
      expect(run.stderr, file).toBe('');
      expect(JSON.parse(run.stdout), file).toEqual(claudeCodeHookOutput(JSON.parse(text)));
      named.add(guideIn(run.stdout));
    }
    // Recognised errors name their guide; the unrecognised ones name none.
    expect([...named]).toEqual(expect.arrayContaining(['rate-limited', 'api-credit-too-low', 'org-spend-limit-reached', 'overloaded', null]));
    const unknown = examples.find(({ file }) => file === 'stop-failure-unknown.json')!;
    const quiet = spawnSync(installed.bin, ['hook', 'claude-code'], { input: unknown.text, encoding: 'utf8', env: isolated });
    expect(guideIn(quiet.stdout)).toBeNull();
    expect(quiet.stdout).not.toContain(defaultSiteUrl);
  });

  test("the plugin's checked-in bin is what `npm run package` builds from the current catalogue, and answers alike", async () => {
    const fresh = join(work, 'fresh-bin.mjs');
    await buildStandaloneBin(packageData('warn'), fresh);
    expect(readFileSync(pluginBin, 'utf8') === readFileSync(fresh, 'utf8'), 'stale plugin bin: run `npm run package` and commit it').toBe(true);
    const example = examples.find(({ file }) => file === 'stop-failure-billing_error.json')!;
    const run = spawnSync(node24, [pluginBin, 'hook', 'claude-code'], { input: example.text, encoding: 'utf8', env: isolated });
    expect(guideIn(run.stdout)).toBe('api-credit-too-low');
  });

  test('`claude plugin validate --strict` accepts the plugin and the marketplace manifest', () => {
    const claude = join(root, 'node_modules', '.bin', 'claude');
    for (const target of [join(root, 'integrations', 'claude-code'), root]) {
      const run = spawnSync(claude, ['plugin', 'validate', '--strict', '--json', target], { encoding: 'utf8', env: isolated, timeout: 120_000 });
      const report = JSON.parse(run.stdout) as { success: boolean; manifest: { type: string; errors: unknown[]; warnings: unknown[] } };
      expect(report.manifest, target).toMatchObject({ errors: [], warnings: [] });
      expect(report.success, run.stdout).toBe(true);
      expect(run.status).toBe(0);
    }
  }, 240_000);
});

describe('the OpenClaw integration', () => {
  test("OpenClaw's own CLI installs and loads the plugin with the packed package, and its hook runner runs it", () => {
    const plugin = join(work, 'openclaw-plugin');
    cpSync(join(root, 'integrations', 'openclaw'), plugin, { recursive: true });
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', installed.tarball], { cwd: plugin, stdio: 'pipe' });
    const openclaw = (args: string[]) =>
      spawnSync(node24, [join(root, 'node_modules', 'openclaw', 'openclaw.mjs'), ...args], { encoding: 'utf8', env: isolated, timeout: 240_000 });
    const install = openclaw(['plugins', 'install', '--link', plugin, '--force', '--accept-capabilities']);
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const inspect = openclaw(['plugins', 'inspect', 'llm-request-rejected-openclaw', '--runtime', '--json']);
    expect(inspect.status, inspect.stderr).toBe(0);
    const report = JSON.parse(inspect.stdout) as {
      plugin: { status: string; source: string; dependencyStatus: { missing: string[]; dependencies: { name: string; resolvedPath: string }[] } };
      typedHooks: { name: string }[];
      diagnostics: unknown[];
    };
    expect(report.plugin.status).toBe('loaded');
    expect(report.plugin.source).toBe(join(plugin, 'index.js'));
    expect(report.typedHooks).toEqual([{ name: 'message_sending' }]);
    expect(report.diagnostics).toEqual([]);
    expect(report.plugin.dependencyStatus.missing).toEqual([]);
    expect(report.plugin.dependencyStatus.dependencies).toEqual([
      expect.objectContaining({ name: 'llm-request-rejected', resolvedPath: join(plugin, 'node_modules', 'llm-request-rejected') }),
    ]);

    // The installed copy (importing the packed package, not the sources) run by OpenClaw's published hook runner.
    const script = `
import { initializeGlobalHookRunner } from 'openclaw/plugin-sdk/hook-runtime';
import { getGlobalHookRunner } from 'openclaw/plugin-sdk/plugin-runtime';
const plugin = (await import(process.env.PLUGIN_ENTRY)).default;
const typedHooks = [];
plugin.register({ on: (hookName, handler, options) => typedHooks.push({ pluginId: plugin.id, hookName, handler, ...options, source: process.env.PLUGIN_ENTRY }) });
initializeGlobalHookRunner({ hooks: [], typedHooks, plugins: [{ id: plugin.id, status: 'loaded' }] });
const runner = getGlobalHookRunner();
const out = [];
for (const content of JSON.parse(process.env.MESSAGES)) out.push((await runner.runMessageSending({ to: 'telegram:42', content }, { channelId: 'telegram' }))?.content ?? null);
console.log(JSON.stringify(out));
`;
    const run = spawnSync(node24, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...isolated, PLUGIN_ENTRY: join(plugin, 'index.js'), MESSAGES: JSON.stringify([outOfExtraUsage, 'Sure, here is the summary.']) },
    });
    expect(run.stderr).toBe('');
    const [error, ordinary] = JSON.parse(run.stdout) as (string | null)[];
    expect(error).toMatch(
      new RegExp(`^${outOfExtraUsage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n.* · you can fix it · ${defaultSiteUrl}/errors/out-of-extra-usage/$`),
    );
    expect(ordinary).toBeNull();
  }, 600_000);
});
