import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeBinary, root } from './matcher-helpers.ts';

const cli = join(root, 'src', 'cli', 'diagnose.ts');
const outOfExtraUsage = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(nodeBinary, [cli, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('the diagnose CLI', () => {
  test('prints the variant, confidence, evidence and guide URL for text given as an argument, and exits 0', () => {
    const result = run([outOfExtraUsage], undefined, { SITE_URL: 'https://fix.example' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Variant:    out-of-extra-usage');
    expect(result.stdout).toMatch(/Confidence: 0\.\d\d|Confidence: 1\.00/);
    expect(result.stdout).toContain(`"You're out of extra usage. Add more at claude.ai/settings/usage and keep going" at 15-93`);
    expect(result.stdout).toContain('Guide:      https://fix.example/errors/out-of-extra-usage/');
  });

  test('reads the text from stdin when no argument is given', () => {
    const result = run([], `${outOfExtraUsage}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('out-of-extra-usage');
    expect(result.stdout).toContain('http://localhost:4321/errors/out-of-extra-usage/');
  });

  test('prints one JSON object with --json', () => {
    const result = run(['--json', 'LLM request rejected']);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output['id']).toBe('llm-request-rejected');
    expect(output['needsMore']).toBe(true);
    expect(output['url']).toBe('http://localhost:4321/errors/llm-request-rejected/');
    expect(output['evidence']).toEqual([{ start: 0, end: 20, text: 'LLM request rejected' }]);
  });

  test('exits 1 and offers a search when nothing matched', () => {
    const result = run(['hello world']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Not recognised');
    expect(result.stdout).toContain('/search/?q=hello%20world');
  });

  test('exits 2 on an unknown flag and says why on stderr', () => {
    const result = run(['--frobnicate', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown option --frobnicate');
    expect(result.stdout).toBe('');
  });

  test('exits 2 when --jsonl is given text as well', () => {
    expect(run(['--jsonl', 'x']).status).toBe(2);
  });

  test('with --jsonl answers every good line in order, names each bad line on stderr and exits 2 at the end', () => {
    const input = ['{"text":"LLM request rejected"}', 'not json', '', '{"txt":"x"}', '{"text":"hello"}'].join('\n');
    const result = run(['--jsonl'], input);
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string | null; confidence: number });
    expect(lines.map((line) => line.id)).toEqual(['llm-request-rejected', null, null, null]);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: expected an object with a string "text" field');
  });

  test('with --jsonl exits 1 when no input matched', () => {
    const result = run(['--jsonl'], '{"text":"hello"}\n');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: null, confidence: 0 });
  });

  test('runs through npm as the README says', () => {
    const result = spawnSync('npm', ['run', '--silent', 'diagnose', '--', '--json', outOfExtraUsage], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }).id).toBe('out-of-extra-usage');
  });
});
