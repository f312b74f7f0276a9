// The Claude Code StopFailure hook: example inputs of every `error` kind Claude Code sends, in and out of the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { claudeCodeHookOutput, stopFailureKinds } from '../../src/cli/hook.ts';
import { runDiagnose, type CliIo } from '../../src/cli/run.ts';
import { defaultSiteUrl } from '../../src/site.ts';
import { diagnose } from '../../src/toolkit/index.ts';
import { root } from './matcher-helpers.ts';

const examplesFolder = join(root, 'integrations', 'claude-code', 'examples');
const examples = readdirSync(examplesFolder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, input: JSON.parse(readFileSync(join(examplesFolder, file), 'utf8')) as Record<string, string> }));

/**
 * The guide each example must name (null: none). `max_output_tokens` carries only the message Claude Code printed,
 * which the catalogue may or may not know yet ('as-matcher'): there the hook must name what the matcher names for it.
 */
const expected: Record<string, string | null> = {
  'stop-failure-rate_limit.json': 'rate-limited',
  'stop-failure-rate_limit-plan-window.json': 'plan-usage-limit',
  'stop-failure-authentication_failed.json': 'invalid-api-key',
  'stop-failure-billing_error.json': 'api-credit-too-low',
  'stop-failure-billing_error-org-spend-limit.json': 'org-spend-limit-reached',
  'stop-failure-invalid_request.json': 'prompt-too-long',
  'stop-failure-server_error.json': 'internal-server-error',
  'stop-failure-overloaded.json': 'overloaded',
  'stop-failure-model_not_found.json': 'model-not-found',
  'stop-failure-max_output_tokens.json': 'as-matcher',
  'stop-failure-unknown.json': null,
  'stop-failure-oauth_org_not_allowed.json': null,
  'stop-failure-account_on_hold.json': null,
  'stop-failure-verification_required.json': null,
  'stop-failure-cloud_credential_error.json': null,
};

/** The one OSC 9 notification a sequence holds, as Claude Code's allowlist reads it; fails on anything else. */
function notificationBody(sequence: string | undefined): string {
  expect(sequence).toBeDefined();
  // eslint-disable-next-line no-control-regex -- the escape and bell are what is checked
  const match = /^\u001b\]9;([^\u0000-\u001f\u007f-\u009f]*)\u0007$/.exec(sequence!);
  expect(match, JSON.stringify(sequence)).not.toBeNull();
  const body = match![1]!;
  expect(body).not.toMatch(/^\d/);
  expect(Buffer.byteLength(sequence!, 'utf8')).toBeLessThanOrEqual(4096);
  return body;
}

function guideIn(body: string): string | null {
  return /\/errors\/([a-z0-9-]+)\//.exec(body)?.[1] ?? null;
}

async function runHookCli(args: string[], stdin: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    open: () => Promise.reject(new Error('the hook opens nothing')),
    name: 'llm-request-rejected',
  };
  return { status: await runDiagnose(args, io), stdout, stderr };
}

describe('the Claude Code StopFailure hook', () => {
  test('has an example input for every error kind Claude Code sends, and an expectation for each example', () => {
    expect(new Set(examples.map(({ input }) => input['error']))).toEqual(new Set(stopFailureKinds));
    expect(examples.map(({ file }) => file).sort()).toEqual(Object.keys(expected).sort());
    for (const { input } of examples) expect(input['hook_event_name']).toBe('StopFailure');
  });

  test.each(examples)('$file: a notification naming the right guide, or none', ({ file, input }) => {
    const body = notificationBody(claudeCodeHookOutput(input).terminalSequence);
    const want = expected[file];
    const id = want === 'as-matcher' ? diagnose(input['error_details'] ?? input['last_assistant_message'] ?? '').id : want;
    expect(guideIn(body), body).toBe(id ?? null);
    if (id) {
      expect(body).toContain(`${defaultSiteUrl}/errors/${id}/`);
      expect(body).toMatch(
        / · (you|your organization's Owner|the tool's maintainer|only Anthropic support) can fix it · | · it clears by itself: wait · /,
      );
    } else {
      expect(body).toContain(`(${input['error']})`);
      expect(body).not.toContain('http');
    }
  });

  test('reads error_details before the last message, and the last message only when there are no details', () => {
    const details =
      '429 {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account\'s rate limit. Please try again later."}}';
    const lastMessage = "You've hit your org's monthly spend limit · visit claude.ai/admin-settings/usage to raise it";
    const both = claudeCodeHookOutput({
      hook_event_name: 'StopFailure',
      error: 'rate_limit',
      error_details: details,
      last_assistant_message: lastMessage,
    });
    expect(guideIn(notificationBody(both.terminalSequence))).toBe('rate-limited');
    const onlyLast = claudeCodeHookOutput({
      hook_event_name: 'StopFailure',
      error: 'billing_error',
      error_details: ' ',
      last_assistant_message: lastMessage,
    });
    expect(guideIn(notificationBody(onlyLast.terminalSequence))).toBe('org-spend-limit-reached');
  });

  test('says the reset time the message gives', () => {
    const input = examples.find(({ file }) => file === 'stop-failure-rate_limit-plan-window.json')!.input;
    expect(notificationBody(claudeCodeHookOutput(input).terminalSequence)).toContain('resets 3:45pm (Europe/Lisbon)');
  });

  test('lets no escape or control character of the error through', () => {
    const hostile = "You're out of extra usage. Add more at claude.ai/settings/usage\u0007\u001b]0;pwned\u001b\\\u001b[2J and keep going.";
    const output = claudeCodeHookOutput({ hook_event_name: 'StopFailure', error: 'invalid_request', error_details: hostile });
    expect(guideIn(notificationBody(output.terminalSequence))).toBe('out-of-extra-usage');
    const unknown = claudeCodeHookOutput({ hook_event_name: 'StopFailure', error: 'unknown\u0007\u001b]0;x', error_details: 'nothing known' });
    notificationBody(unknown.terminalSequence);
  });

  test('answers OSC 777 when asked, with the guide in the body', () => {
    const input = examples.find(({ file }) => file === 'stop-failure-overloaded.json')!.input;
    const sequence = claudeCodeHookOutput(input, { osc: '777' }).terminalSequence ?? '';
    // eslint-disable-next-line no-control-regex -- the escape and bell are what is checked
    expect(sequence).toMatch(/^\u001b\]777;notify;Claude Code;Overloaded[^\u0000-\u001f]*\/errors\/overloaded\/\u0007$/);
  });

  test('stays quiet on other events and on input that is not an object', () => {
    expect(claudeCodeHookOutput({ hook_event_name: 'Stop', error_details: 'Overloaded' })).toEqual({});
    expect(claudeCodeHookOutput(null)).toEqual({});
    expect(claudeCodeHookOutput('StopFailure')).toEqual({});
  });

  test('`hook claude-code` writes the hook output JSON and exits 0; broken input writes nothing and exits 0', async () => {
    const { file, input } = examples.find(({ file }) => file === 'stop-failure-billing_error.json')!;
    const run = await runHookCli(['hook', 'claude-code'], JSON.stringify(input), { SITE_URL: 'https://mirror.example' });
    expect(run.status, file).toBe(0);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { terminalSequence: string };
    expect(Object.keys(output)).toEqual(['terminalSequence']);
    expect(notificationBody(output.terminalSequence)).toContain('https://mirror.example/errors/api-credit-too-low/');
    for (const [args, stdin, env] of [
      [['hook', 'claude-code'], '{"hook_event_name": "StopFailure", "error_details": ', {}],
      [['hook', 'claude-code'], '', {}],
      [['hook', 'claude-code'], JSON.stringify(input), { SITE_URL: 'ftp://nope' }],
      [['hook', 'other-host'], JSON.stringify(input), {}],
    ] as const) {
      const quiet = await runHookCli([...args], stdin, { ...env });
      expect(quiet, `${args.join(' ')} ${stdin.slice(0, 40)}`).toEqual({ status: 0, stdout: '', stderr: '' });
    }
  });
});
