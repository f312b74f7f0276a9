// `llm-request-rejected hook claude-code`: a Claude Code StopFailure hook. It reads the hook's input JSON on stdin and
// answers with a desktop notification (the hook's only voice is `terminalSequence`) naming the error, who can fix it
// and the guide. It never blocks the session: any fault prints nothing and exits 0.
import { explain } from '../toolkit/index.ts';

/** The `error` kinds Claude Code 2.1.332 sends with StopFailure, as its hook input schema lists them. */
export const stopFailureKinds = [
  'authentication_failed',
  'oauth_org_not_allowed',
  'account_on_hold',
  'verification_required',
  'billing_error',
  'rate_limit',
  'overloaded',
  'invalid_request',
  'model_not_found',
  'server_error',
  'unknown',
  'max_output_tokens',
  'cloud_credential_error',
] as const;

/** What the hook may answer; Claude Code ignores every other field of a StopFailure hook's output. */
export interface ClaudeCodeHookOutput {
  terminalSequence?: string;
}

/** The notification escape: OSC 9 or OSC 777, whichever the user's terminal turns into a desktop notification. */
export type NotificationOsc = '9' | '777';

const escape = '\u001b';
const bell = '\u0007';
/** Claude Code drops a sequence over 4096 bytes; a notification is read at a glance anyway. */
const maxBody = 400;

/** Text safe inside an OSC payload: no control characters, on one line, clipped. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const controls = /[\u0000-\u001f\u007f-\u009f]+/g;
  const flat = text.replace(controls, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > maxBody ? `${flat.slice(0, maxBody - 1)}…` : flat;
}

function notification(title: string, body: string, osc: NotificationOsc): string {
  // Claude Code refuses an OSC 9 body that starts with a digit (it would read as a progress report).
  if (osc === '9') return `${escape}]9;${plain(`${title}: ${body}`)}${bell}`;
  return `${escape}]777;notify;${plain(title).replace(/;/g, ',')};${plain(body)}${bell}`;
}

function field(input: Record<string, unknown>, name: string): string | undefined {
  const value = input[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The hook's answer for one StopFailure input; `{}` for anything else. */
export function claudeCodeHookOutput(input: unknown, options: { siteUrl?: string | undefined; osc?: NotificationOsc } = {}): ClaudeCodeHookOutput {
  if (typeof input !== 'object' || input === null) return {};
  const event = input as Record<string, unknown>;
  if (event['hook_event_name'] !== 'StopFailure') return {};
  // The raw API error keeps the details; the last message is what the user saw, read only when it is all there is.
  const text = field(event, 'error_details') ?? field(event, 'last_assistant_message');
  const kind = field(event, 'error') ?? 'unknown';
  const explanation = text === undefined ? null : explain(text, { siteUrl: options.siteUrl });
  const body = explanation ? explanation.line : `an API error (${kind}) that the guide does not know`;
  return { terminalSequence: notification('Claude Code', body, options.osc ?? '9') };
}

/** Stdin as text, stopping after `limit` characters: a hook input is small, and a runaway one is not read whole. */
async function readInput(stdin: AsyncIterable<Buffer | string>, limit: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > limit) break;
  }
  return text + decoder.decode();
}

/** Runs `hook <host> [--osc 9|777]`; always resolves to 0, writing the hook output JSON or nothing. */
export async function runHook(
  argv: readonly string[],
  io: { stdin: AsyncIterable<Buffer | string>; stdout: (text: string) => void; env: Readonly<Record<string, string | undefined>> },
): Promise<number> {
  try {
    const [host, ...rest] = argv;
    if (host !== 'claude-code') return 0;
    const oscAt = rest.indexOf('--osc');
    const osc = oscAt >= 0 && rest[oscAt + 1] === '777' ? '777' : '9';
    const raw = await readInput(io.stdin, 4 * 1024 * 1024);
    const output = claudeCodeHookOutput(JSON.parse(raw) as unknown, { siteUrl: io.env['SITE_URL'] || undefined, osc });
    if (output.terminalSequence !== undefined) io.stdout(`${JSON.stringify(output)}\n`);
  } catch {
    // A hook must never get in the session's way: a bad input or site address prints nothing.
  }
  return 0;
}
