import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { parseArguments, readBounded, runDiagnose, type CliIo } from '../../src/cli/run.ts';
import { variants } from '../../src/catalogue/index.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { GET as matcherDataRoute } from '../../src/pages/matcher-data.json.ts';
import { defaultSiteUrl } from '../../src/site.ts';
import { data } from '../../src/toolkit/data.ts';
import { diagnose, maxInputLength } from '../../src/toolkit/index.ts';
import { nodeBinary, root } from './matcher-helpers.ts';

const cli = join(root, 'src', 'cli', 'diagnose.ts');
const outOfExtraUsage = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

/** Runs the CLI in this process with `stdin` as its input; collects what it writes and the addresses it opens. */
async function runIn(args: string[], stdin: string | Buffer[] | null = '', env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const opened: string[] = [];
  const input =
    stdin === null ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from(typeof stdin === 'string' ? [Buffer.from(stdin)] : stdin);
  const io: CliIo = {
    stdin: input,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    open: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    name: 'diagnose',
  };
  const status = await runDiagnose(args, io);
  return { status, stdout, stderr, opened };
}

/** Runs the CLI as a process, as `npm run diagnose` does. */
function run(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(nodeBinary, [cli, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, SITE_URL: '', ...env } });
}

describe('the diagnose CLI', () => {
  test('prints the variant, confidence, meaning, evidence and guide URL for text given as an argument, and exits 0', async () => {
    const result = await runIn([outOfExtraUsage], '', { SITE_URL: 'https://fix.example' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Variant:    out-of-extra-usage');
    expect(result.stdout).toMatch(/Confidence: 0\.\d\d|Confidence: 1\.00/);
    expect(result.stdout).toContain('Who fixes:  You');
    expect(result.stdout).toContain(`"You're out of extra usage. Add more at claude.ai/settings/usage and keep going" at 15-93`);
    expect(result.stdout).toContain('Guide:      https://fix.example/errors/out-of-extra-usage/');
  });

  test('says what decided the answer: a family match for a new message, the headers for a rejected response', async () => {
    const family = await runIn(['API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"Zebras are not allowed here"}}']);
    expect(family.stdout).toContain('Variant:    model-not-found');
    expect(family.stdout).toMatch(/Confidence: 0\.\d\d \(family match: the kind of error only \(its status and type/);
    expect(family.stdout).toContain('type not_found_error');
    const headers = await runIn([
      '< anthropic-ratelimit-unified-status: rejected\n< anthropic-ratelimit-unified-representative-claim: seven_day\n< anthropic-ratelimit-unified-reset: 1767283200',
    ]);
    expect(headers.stdout).toContain('Variant:    plan-usage-limit');
    expect(headers.stdout).toContain('(from the rate-limit headers)');
    expect(headers.stdout).toContain('limit seven_day, resets 2026-01-01 16:00 UTC');
    const json = JSON.parse(
      (await runIn(['--json', 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Zebras"}}'])).stdout,
    ) as {
      basis: string;
    };
    expect(json.basis).toBe('family');
  });

  test('reads the text from stdin when no argument is given, and links the public site by default', async () => {
    const result = await runIn([], `${outOfExtraUsage}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('out-of-extra-usage');
    expect(result.stdout).toContain(`Guide:      ${defaultSiteUrl}/errors/out-of-extra-usage/`);
  });

  test('reads stdin when given -, even from a terminal', async () => {
    const piped = await runIn(['-'], outOfExtraUsage);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('Variant:    out-of-extra-usage');
    const fromTerminal = await runIn(['-'], null);
    expect(fromTerminal.status).toBe(2);
    expect(fromTerminal.stderr).toContain('The error text is empty');
  });

  test('prints one JSON object with --json: the package API result', async () => {
    const result = await runIn(['--json', 'LLM request rejected']);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output['id']).toBe('llm-request-rejected');
    expect(output['needsMore']).toBe(true);
    expect(output['url']).toBe(`${defaultSiteUrl}/errors/llm-request-rejected/`);
    expect(output['evidence']).toEqual([{ start: 0, end: 20, text: 'LLM request rejected' }]);
    expect(output).toEqual(diagnose('LLM request rejected'));
  });

  test('takes everything after -- as text, and text starting with "-" that is not an option, such as a pasted bullet', async () => {
    const bullet = `- ${outOfExtraUsage}`;
    const afterDashes = await runIn(['--json', '--', '--json', bullet]);
    expect(afterDashes.status).toBe(0);
    expect(JSON.parse(afterDashes.stdout)).toMatchObject({ id: 'out-of-extra-usage' });
    const bare = await runIn(['--json', bullet]);
    expect(bare.status).toBe(0);
    expect(JSON.parse(bare.stdout)).toMatchObject({ id: 'out-of-extra-usage', evidence: [{ start: 17, end: 95 }] });
    expect(parseArguments(['--', '-'])).toMatchObject({ stdin: false, words: ['-'] });
    expect(parseArguments(['-> overloaded_error'])).toMatchObject({ words: ['-> overloaded_error'] });
  });

  test('exits 2 with the usage on empty input: no text, blank text or blank stdin', async () => {
    for (const [args, stdin] of [
      [[''], ''],
      [['  ', '\n'], ''],
      [[], ' \n\t\n'],
      [[], null],
    ] as const) {
      const result = await runIn([...args], stdin);
      expect(result.status, JSON.stringify({ args, stdin })).toBe(2);
      expect(result.stderr).toContain('Usage: diagnose');
      expect(result.stdout).toBe('');
    }
  });

  test('exits 1 and offers a search on the site when nothing matched', async () => {
    const result = await runIn(['hello world']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Not recognised');
    expect(result.stdout).toContain(`${defaultSiteUrl}/search/?q=hello+world`);
  });

  test('exits 2 on an unknown option, on text with -, and on a SITE_URL that is not a URL, saying why on stderr', async () => {
    const unknown = await runIn(['--frobnicate', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --frobnicate');
    expect(unknown.stdout).toBe('');
    expect((await runIn(['-', 'x'])).status).toBe(2);
    const site = await runIn([outOfExtraUsage], '', { SITE_URL: 'not a url' });
    expect(site.status).toBe(2);
    expect(site.stderr).toContain('SITE_URL');
  });

  test('with --open opens the guide, or the search page when nothing matched', async () => {
    expect((await runIn(['--open', outOfExtraUsage])).opened).toEqual([`${defaultSiteUrl}/errors/out-of-extra-usage/`]);
    expect((await runIn(['--open', 'hello world'])).opened).toEqual([`${defaultSiteUrl}/search/?q=hello+world`]);
  });

  test('prints the package version and the data version', async () => {
    const result = await runIn(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${data.version} (data ${data.dataVersion})\n`);
  });

  test('exits 2 when --jsonl is given text, --json or --open as well', async () => {
    for (const args of [
      ['--jsonl', 'x'],
      ['--jsonl', '--json'],
      ['--jsonl', '--open'],
    ])
      expect((await runIn(args)).status).toBe(2);
  });

  test('with --jsonl answers every good line in order, names each bad line on stderr and exits 2 at the end', async () => {
    const input = ['{"text":"LLM request rejected"}', 'not json', '', '{"txt":"x"}', '{"text":"hello"}'].join('\n');
    const result = await runIn(['--jsonl'], input);
    expect(result.status).toBe(2);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; confidence: number });
    expect(lines.map((line) => line.id)).toEqual(['llm-request-rejected', null, null, null]);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: expected an object with a string "text" field');
  });

  test('with --jsonl exits 1 when no input matched, 0 when one did, and 2 when stdin held no lines', async () => {
    const none = await runIn(['--jsonl'], '{"text":"hello"}\n');
    expect(none.status).toBe(1);
    expect(JSON.parse(none.stdout)).toMatchObject({ id: null, confidence: 0 });
    expect((await runIn(['--jsonl'], `{"text":"hello"}\n${JSON.stringify({ text: outOfExtraUsage })}\n`)).status).toBe(0);
    expect((await runIn(['--jsonl'], '\n\n')).status).toBe(2);
  });

  test('reads a stdin far over 1 MiB keeping only its two ends, and answers as for the whole text', async () => {
    const filler = 'x'.repeat(1000) + '\n';
    const whole = `${outOfExtraUsage}\n${filler.repeat(3000)}overloaded_error: Overloaded\n`;
    const chunks = Array.from({ length: Math.ceil(whole.length / 65_536) }, (_, k) => Buffer.from(whole.slice(k * 65_536, (k + 1) * 65_536)));
    const result = await runIn(['--json'], chunks);
    expect(JSON.parse(result.stdout)).toEqual(diagnose(whole));
    expect(JSON.parse(result.stdout)).toMatchObject({ truncated: true });
  });

  test('readBounded keeps short input whole and splits multi-byte characters across chunks correctly', async () => {
    const text = 'é€😀 LLM request rejected';
    const bytes = Buffer.from(text);
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect(await readBounded(Readable.from(chunks), maxInputLength / 2)).toEqual({ text, headLength: text.length, skipped: 0 });
  });

  test("uses the same compiled catalogue as the site's paste box", async () => {
    const served = JSON.parse(await (await matcherDataRoute({} as never)).text()) as unknown;
    expect(data.matcher).toEqual(served);
    expect(data.matcher).toEqual(JSON.parse(JSON.stringify(compileMatcherData(variants))));
  });
});

describe('the diagnose CLI as a process', () => {
  const work = mkdtempSync(join(tmpdir(), 'diagnose-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('writes its answer and exit status through npm as the README says', () => {
    const result = spawnSync('npm', ['run', '--silent', 'diagnose', '--', '--json', outOfExtraUsage], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: '', PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }).id).toBe('out-of-extra-usage');
  });

  test('reads a pipe, exits 1 when nothing matched and 2 on empty input', () => {
    expect(run([], `${outOfExtraUsage}\n`).status).toBe(0);
    expect(run(['-'], 'hello world').status).toBe(1);
    const empty = run([], '');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('Usage: npm run --silent diagnose --');
  });

  test('with --open starts $BROWSER with the guide address', () => {
    const log = join(work, 'opened.txt');
    const browser = join(work, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`);
    chmodSync(browser, 0o755);
    const result = run(['--open', outOfExtraUsage], '', { BROWSER: browser });
    expect(result.status).toBe(0);
    return expect.poll(() => (existsSync(log) ? readFileSync(log, 'utf8') : '')).toBe(`${defaultSiteUrl}/errors/out-of-extra-usage/`);
  });
});
