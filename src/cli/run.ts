// The diagnose CLI's logic, behind `npm run diagnose` and the package's bin alike: arguments in, exit status out.
// Only `diagnose.ts` touches the process; everything here goes through `CliIo`, so tests run it in-process.
import { createInterface } from 'node:readline';
import { runHook } from './hook.ts';
import { actorLabels } from '../catalogue/labels.ts';
import type { Actor } from '../catalogue/schema.ts';
import { tellingWords } from '../matcher/telling.ts';
import { searchUrl, siteBase } from '../site.ts';
import { dataVersion, diagnose, getVariant, maxInputLength, version, type DiagnosisResult } from '../toolkit/index.ts';
import type { DiagnosisBasis } from '../toolkit/types.ts';

/** What the CLI reads and writes. */
export interface CliIo {
  /** The text on stdin; `isTTY` when it is a terminal rather than a pipe or file. */
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean | undefined };
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Opens an address in the user's browser; rejects when it cannot. */
  open: (url: string) => Promise<void>;
  /** How the command is called, for the usage text. */
  name: string;
}

/** Exit statuses: something matched, nothing did, bad usage or unreadable input. */
const exitStatus = { matched: 0, unmatched: 1, usage: 2 } as const;

function usage(name: string): string {
  return `Usage: ${name} [--json] [--open] "<error text>"
       ${name} [--json] [--open] [-] < paste.txt
       some-tool 2>&1 | ${name}
       ${name} --jsonl < pastes.jsonl
       ${name} hook claude-code [--osc 9|777] < hook-input.json

Says which known Claude error a paste shows and links its guide.
  --json     print one JSON object instead of a summary
  --jsonl    read {"text": "..."} lines on stdin, write one JSON line per input
  --open     open the guide (or the search page) in the browser as well
  -          read the text from stdin (the default when no text is given)
  --         end of options: everything after it is text, even when it starts with "-"
  --version  print the package and data versions
  --help     show this help
hook claude-code: a Claude Code StopFailure hook (input JSON on stdin, output JSON on
stdout, always exit 0): a desktop notification naming the error, who can fix it and its guide.
Input over 1 MiB is read as its first and last half MiB.
Guide links point at ${siteBase().origin}; set SITE_URL to link elsewhere.
Exit status: 0 something matched, 1 nothing did, 2 bad usage or empty input
(--jsonl: 0 when any line matched, 1 when none did, 2 when a line was not a {"text": ...} object).`;
}

/** An argument that looks like an option; anything else starting with "-" (a pasted "- bullet") is text. */
const optionShape = /^--?[A-Za-z][\w-]*$/;

interface Options {
  json: boolean;
  jsonLines: boolean;
  open: boolean;
  help: boolean;
  version: boolean;
  stdin: boolean;
  words: string[];
}

/** Reads the arguments; a string is the reason they are bad usage. */
export function parseArguments(argv: readonly string[]): Options | string {
  const options: Options = { json: false, jsonLines: false, open: false, help: false, version: false, stdin: false, words: [] };
  let optionsDone = false;
  for (const arg of argv) {
    if (optionsDone) options.words.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '-') options.stdin = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--version' || arg === '-v') options.version = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--jsonl') options.jsonLines = true;
    else if (arg === '--open') options.open = true;
    else if (optionShape.test(arg)) return `Unknown option ${arg} (put -- before text that starts with "-")`;
    else options.words.push(arg);
  }
  if (options.jsonLines && (options.json || options.open || options.words.length > 0))
    return '--jsonl reads its inputs from stdin and takes no text, --json or --open';
  if (options.stdin && options.words.length > 0) return 'Give the text either as arguments or on stdin with -, not both';
  return options;
}

/** Stdin as text, keeping at most `keep` UTF-16 units from each end: enough for the matcher, whatever a log weighs. */
export async function readBounded(
  input: AsyncIterable<Buffer | string>,
  keep: number,
): Promise<{ text: string; headLength: number; skipped: number }> {
  const decoder = new TextDecoder();
  let head = '';
  const tail: string[] = [];
  let tailLength = 0;
  let total = 0;
  const add = (piece: string) => {
    total += piece.length;
    if (head.length < keep) {
      const room = keep - head.length;
      head += piece.slice(0, room);
      piece = piece.slice(room);
    }
    if (piece === '') return;
    tail.push(piece);
    tailLength += piece.length;
    while (tail.length > 1 && tailLength - tail[0]!.length >= keep) tailLength -= tail.shift()!.length;
  };
  for await (const chunk of input) add(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  add(decoder.decode());
  const rest = tail.join('');
  if (total <= 2 * keep) return { text: head + rest, headLength: head.length, skipped: 0 };
  return { text: head + rest.slice(rest.length - keep), headLength: head.length, skipped: total - 2 * keep };
}

/** The matcher's answer for stdin read by `readBounded`, with offsets into the whole input. */
function diagnoseRead(read: { text: string; headLength: number; skipped: number }, siteUrl: string | undefined): DiagnosisResult {
  const result = diagnose(read.text, { siteUrl });
  if (read.skipped === 0) return result;
  const shift = (span: DiagnosisResult['evidence'][number]) =>
    span.start >= read.headLength ? { ...span, start: span.start + read.skipped, end: span.end + read.skipped } : span;
  return { ...result, truncated: true, evidence: result.evidence.map(shift) };
}

/** One line for a piece of evidence: the words, squashed onto a line and shortened. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 90 ? `${flat.slice(0, 87)}...` : flat);
}

/** What decided the answer, in words. */
const basisWords: Record<DiagnosisBasis, string> = {
  code: 'from the error code',
  headers: 'from the rate-limit headers',
  message: 'from the message',
  family:
    'family match: the kind of error only (its status and type, its key words, or words any tool prints); the message itself is not a known one',
};

/** The human summary for one paste. */
function summary(result: DiagnosisResult, text: string, siteUrl: string | undefined): string {
  const lines: string[] = [];
  if (result.truncated) lines.push('Note: the paste is over 1 MiB; only its first and last half MiB were read.');
  const { status, requestId, amount, tool, reset, vendor, errorType, errorCode, limit, overageReason } = result.facts;
  if (result.id === null) {
    lines.push(
      vendor
        ? `This looks like ${vendor}'s error, not Claude's: its balance, limits and keys are set on ${vendor}'s side.`
        : 'Not recognised: no known Claude or Anthropic error message was found in the text.',
    );
    lines.push(`Search the guides: ${searchUrl(tellingWords(text), siteUrl)}`);
    return lines.join('\n');
  }
  const variant = getVariant(result.id);
  lines.push(`Variant:    ${result.id}${result.title ? ` (${result.title})` : ''}`);
  lines.push(`Confidence: ${result.confidence.toFixed(2)}${result.basis ? ` (${basisWords[result.basis]})` : ''}`);
  if (variant) {
    lines.push(`Meaning:    ${variant.summary}`);
    lines.push(`Who fixes:  ${(actorLabels[variant.actor as Actor] as string | undefined) ?? variant.actor}`);
  }
  result.evidence.slice(0, 8).forEach((span, index) => {
    lines.push(`${index === 0 ? 'Evidence:  ' : '           '} ${quote(span.text)} at ${span.start}-${span.end}`);
  });
  const facts = [
    status === undefined ? '' : `HTTP ${status}`,
    errorType === undefined ? '' : `type ${errorType}`,
    errorCode === undefined ? '' : `code ${errorCode}`,
    limit === undefined ? '' : `limit ${limit}`,
    overageReason === undefined ? '' : `usage credits off: ${overageReason}`,
    amount === undefined ? '' : `$${amount}`,
    tool === undefined ? '' : `tool ${tool}`,
    requestId === undefined ? '' : `request ${requestId}`,
    reset === undefined ? '' : `resets ${reset.text}`,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`Read off:   ${facts.join(', ')}`);
  if (result.others.length > 0) lines.push(`Also found: ${result.others.join(', ')}`);
  if (result.needsMore) lines.push('This is only the prefix of the message: run again with the text that follows it.');
  lines.push(`Guide:      ${result.url}`);
  return lines.join('\n');
}

/** Reads {"text": ...} lines and writes one JSON line per input; returns the exit status. */
async function runJsonLines(io: CliIo, siteUrl: string | undefined): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  let matched = 0;
  let inputs = 0;
  for await (const line of createInterface({ input: io.stdin as NodeJS.ReadableStream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    inputs++;
    let text: string | undefined;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string') text = parsed.text;
      else io.stderr(`line ${lineNumber}: expected an object with a string "text" field\n`);
    } catch (error) {
      io.stderr(`line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
    }
    if (text === undefined) {
      bad++;
      io.stdout(`${JSON.stringify({ id: null, confidence: 0, error: `line ${lineNumber} is not a {"text": ...} object` })}\n`);
      continue;
    }
    const result = diagnose(text, { siteUrl });
    if (result.id !== null) matched++;
    io.stdout(`${JSON.stringify(result)}\n`);
  }
  if (inputs === 0) {
    io.stderr(`--jsonl found no {"text": ...} lines on stdin.\n\n${usage(io.name)}\n`);
    return exitStatus.usage;
  }
  if (bad > 0) {
    io.stderr(`${bad} of ${inputs} input lines could not be read\n`);
    return exitStatus.usage;
  }
  return matched > 0 ? exitStatus.matched : exitStatus.unmatched;
}

/** Runs the CLI with these arguments; resolves to the exit status. */
export async function runDiagnose(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'hook') return runHook(argv.slice(1), io);
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    io.stderr(`${options}\n\n${usage(io.name)}\n`);
    return exitStatus.usage;
  }
  if (options.help) {
    io.stdout(`${usage(io.name)}\n`);
    return exitStatus.matched;
  }
  if (options.version) {
    io.stdout(`${version} (data ${dataVersion})\n`);
    return exitStatus.matched;
  }
  const siteUrl = io.env['SITE_URL'] || undefined;
  try {
    siteBase(siteUrl);
  } catch (error) {
    io.stderr(`SITE_URL: ${(error as Error).message}\n`);
    return exitStatus.usage;
  }
  if (options.jsonLines) return runJsonLines(io, siteUrl);
  if (options.words.length === 0 && !options.stdin && io.stdin.isTTY) {
    io.stderr(`Give the error text as an argument or on stdin.\n\n${usage(io.name)}\n`);
    return exitStatus.usage;
  }
  const read =
    options.words.length > 0 ? { text: options.words.join(' '), headLength: 0, skipped: 0 } : await readBounded(io.stdin, maxInputLength / 2 + 2);
  if (read.text.trim() === '') {
    io.stderr(`The error text is empty.\n\n${usage(io.name)}\n`);
    return exitStatus.usage;
  }
  const result = diagnoseRead(read, siteUrl);
  io.stdout(`${options.json ? JSON.stringify(result) : summary(result, read.text, siteUrl)}\n`);
  if (options.open) {
    const target = result.url ?? searchUrl(tellingWords(read.text), siteUrl);
    await io.open(target).catch((error: unknown) => io.stderr(`Could not open a browser (${(error as Error).message}): ${target}\n`));
  }
  return result.id === null ? exitStatus.unmatched : exitStatus.matched;
}
