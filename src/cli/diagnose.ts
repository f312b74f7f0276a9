// The diagnose CLI: the same matcher as the paste box, on the command line.
//   npm run --silent diagnose -- "<text>"      a human summary (or the text on stdin)
//   npm run --silent diagnose -- --json "<text>"  one JSON object
//   npm run --silent diagnose -- --jsonl       {"text": ...} lines on stdin, one JSON line out per input
// Exit status: 0 something matched, 1 nothing matched, 2 bad usage or a bad input line.
import { createInterface } from 'node:readline';
import { rawVariants } from '../catalogue/raw.ts';
import { compileMatcherData, type MatcherData } from '../matcher/compile.ts';
import { diagnose, type Diagnosis } from '../matcher/diagnose.ts';
import { tellingWords } from '../matcher/telling.ts';

const usage = `Usage: npm run --silent diagnose -- [--json] "<error text>"
       npm run --silent diagnose -- [--json] < paste.txt
       npm run --silent diagnose -- --jsonl < pastes.jsonl

Says which known Claude/Anthropic error a paste shows and links its guide.
  --json    print one JSON object instead of a summary
  --jsonl   read {"text": "..."} lines on stdin, write one JSON line per input
  --help    show this help
Exit status: 0 when something matched, 1 when nothing did, 2 on bad usage.`;

const siteUrl = (process.env['SITE_URL'] ?? 'http://localhost:4321').replace(/\/+$/, '');

/** The guide URL for a variant id. */
function guideUrl(id: string): string {
  return `${siteUrl}/errors/${id}/`;
}

/** The JSON shape printed for one paste. */
function toJson(diagnosis: Diagnosis, text: string, data: MatcherData): Record<string, unknown> {
  const variant = data.variants.find((entry) => entry.id === diagnosis.id);
  return {
    id: diagnosis.id,
    confidence: diagnosis.confidence,
    title: variant?.title ?? null,
    url: diagnosis.id ? guideUrl(diagnosis.id) : null,
    evidence: diagnosis.evidence.map((span) => ({ ...span, text: text.slice(span.start, span.end) })),
    facts: diagnosis.facts,
    others: diagnosis.others,
    needsMore: diagnosis.needsMore,
    truncated: diagnosis.truncated,
  };
}

/** One line for a piece of evidence: the words, squashed onto a line and shortened. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 90 ? `${flat.slice(0, 87)}...` : flat);
}

/** The human summary for one paste. */
function toSummary(diagnosis: Diagnosis, text: string, data: MatcherData): string {
  const lines: string[] = [];
  if (diagnosis.truncated) lines.push('Note: the paste is over 1 MiB; only its first 1 MiB was read.');
  if (!diagnosis.id) {
    lines.push('Not recognised: no known Claude or Anthropic error message was found in the text.');
    const words = tellingWords(text);
    lines.push(`Search the guides: ${siteUrl}/search/${words ? `?q=${encodeURIComponent(words)}` : ''}`);
    return lines.join('\n');
  }
  const variant = data.variants.find((entry) => entry.id === diagnosis.id);
  lines.push(`Variant:    ${diagnosis.id}${variant ? ` (${variant.title})` : ''}`);
  lines.push(`Confidence: ${diagnosis.confidence.toFixed(2)}`);
  if (variant) lines.push(`Meaning:    ${variant.summary}`);
  diagnosis.evidence.slice(0, 8).forEach((span, index) => {
    lines.push(`${index === 0 ? 'Evidence:  ' : '           '} ${quote(text.slice(span.start, span.end))} at ${span.start}-${span.end}`);
  });
  const { status, requestId, amount, tool } = diagnosis.facts;
  const facts = [
    status === undefined ? '' : `HTTP ${status}`,
    amount === undefined ? '' : `$${amount}`,
    tool === undefined ? '' : `tool ${tool}`,
    requestId === undefined ? '' : `request ${requestId}`,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`Read off:   ${facts.join(', ')}`);
  if (diagnosis.others.length > 0) lines.push(`Also found: ${diagnosis.others.join(', ')}`);
  if (diagnosis.needsMore) lines.push('This is only the prefix of the message: run again with the text that follows it.');
  lines.push(`Guide:      ${guideUrl(diagnosis.id)}`);
  return lines.join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads {"text": ...} lines and writes one JSON line per input; returns the exit status. */
async function runJsonLines(data: MatcherData): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  let matched = 0;
  let inputs = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    inputs++;
    let text: string | undefined;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string') text = parsed.text;
      else process.stderr.write(`line ${lineNumber}: expected an object with a string "text" field\n`);
    } catch (error) {
      process.stderr.write(`line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
    }
    if (text === undefined) {
      bad++;
      process.stdout.write(`${JSON.stringify({ id: null, confidence: 0, error: `line ${lineNumber} is not a {"text": ...} object` })}\n`);
      continue;
    }
    const diagnosis = diagnose(text, data);
    if (diagnosis.id) matched++;
    process.stdout.write(`${JSON.stringify(toJson(diagnosis, text, data))}\n`);
  }
  if (bad > 0) {
    process.stderr.write(`${bad} of ${inputs} input lines could not be read\n`);
    return 2;
  }
  return matched > 0 ? 0 : 1;
}

async function main(argv: readonly string[]): Promise<number> {
  let json = false;
  let jsonLines = false;
  const words: string[] = [];
  let flagsDone = false;
  for (const arg of argv) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && (arg === '--help' || arg === '-h')) {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else if (!flagsDone && arg === '--json') json = true;
    else if (!flagsDone && arg === '--jsonl') jsonLines = true;
    else if (!flagsDone && arg.startsWith('-') && arg.length > 1) {
      process.stderr.write(`Unknown option ${arg}\n\n${usage}\n`);
      return 2;
    } else words.push(arg);
  }
  if (jsonLines && (json || words.length > 0)) {
    process.stderr.write(`--jsonl reads its inputs from stdin and takes no text or --json\n\n${usage}\n`);
    return 2;
  }
  const data = compileMatcherData(rawVariants);
  if (jsonLines) return runJsonLines(data);
  if (words.length === 0 && process.stdin.isTTY) {
    process.stderr.write(`Give the error text as an argument or on stdin.\n\n${usage}\n`);
    return 2;
  }
  const text = words.length > 0 ? words.join(' ') : await readStdin();
  const diagnosis = diagnose(text, data);
  process.stdout.write(`${json ? JSON.stringify(toJson(diagnosis, text, data)) : toSummary(diagnosis, text, data)}\n`);
  return diagnosis.id ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`diagnose failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
