// Reads the API's structured fields off a decoded paste, however a tool wrapped them: `error.type`,
// `error.details.error_code`, and the `anthropic-ratelimit-unified-*` headers in curl dumps, debug logs, Python dicts
// and tuples, JSON maps and proxies' one-line logs. Escapes are already decoded, so JSON in a JSON string reads as JSON.
import type { Reading } from './facts.ts';
import { inRanges } from './spans.ts';

/** The `anthropic-ratelimit-unified-*` headers of the rejected response, by name without the prefix. */
interface LimitHeaders {
  /** Where the rejection was read, in decoded chars: the status header that said `rejected`. */
  at: Reading<string>;
  /** Every header of that response read, by lowercase name without the prefix, `-` for `_` (`representative-claim`, `7d-oi-status`). */
  values: Map<string, Reading<string>>;
}

/** What the structured fields of a paste say. */
export interface Structure {
  /** Every `error_code` value, in order; `named` when read off an SDK class name (`EnforcedSpendLimitReachedError`). */
  codes: (Reading<string> & { named?: true })[];
  /** Every known `error.type` value, in order; `enveloped` when it sits in Anthropic's `{"type":"error","error":{…}}`. */
  types: (Reading<string> & { enveloped: boolean })[];
  /** Where Anthropic-shaped error bodies are, from their start to the end of their body, in decoded chars (may overlap). */
  envelopes: [number, number][];
  /** Where OpenAI-shaped error objects are (`{"error":{…,"param":…}}`, a key Anthropic's errors never have), in decoded chars. */
  foreign: [number, number][];
  /** Where relays' rebuilt envelopes are (`{"error":{…},"type":"error"}`, keys sorted), in decoded chars. */
  sorted: [number, number][];
  /** The headers of the last rejected response, when one is in the paste. */
  limit: LimitHeaders | null;
  /** A request field shown with the value sent above a cap (`max_tokens: 64001 > 64000`), by the field's name. */
  caps: Reading<string>[];
  /**
   * Where another provider's error shows by its form alone (its request id, its bracketed code, its model id), and whose,
   * in decoded chars; `model` where only a model id shows it, which labels what follows it as a name does.
   */
  marks: (Reading<string> & { name: string; model?: boolean })[];
}

const maxReads = 256;
/** Decoded chars around a rejected status within which the other headers belong to the same response. */
const responseReach = 3000;
/** Decoded chars from an envelope's start within which its body ends. */
const bodyReach = 2000;

const classPattern = /\b((?:[A-Z][a-z0-9]+){2,8})Error\b/g;
/** Anthropic's SDKs raise one class per status (`anthropic.RateLimitError`); the prefix tells them from OpenAI's same names. */
const sdkClassPattern = /\banthropic\.([A-Za-z]{3,40}Error)\b/gi;
/** Each SDK status class and the `error.type` the API sends with that status. */
const sdkClassTypes: Record<string, string> = {
  badrequesterror: 'invalid_request_error',
  authenticationerror: 'authentication_error',
  permissiondeniederror: 'permission_error',
  notfounderror: 'not_found_error',
  requesttoolargeerror: 'request_too_large',
  ratelimiterror: 'rate_limit_error',
  internalservererror: 'api_error',
  overloadederror: 'overloaded_error',
};
/** The Messages API's top-level request fields, as its validator names them at the head of a field path. */
const requestFields = [
  'messages',
  'system',
  'tools',
  'tool_choice',
  'max_tokens',
  'thinking',
  'metadata',
  'stop_sequences',
  'temperature',
  'top_p',
  'top_k',
  'model',
  'output_config',
  'output_format',
  'context_management',
  'mcp_servers',
  'container',
  'service_tier',
  'prompt',
].join('|');
/**
 * The API's refusal of a request field, named by its path in the Messages API and worded by its validator
 * ("messages.1.content.0.text: Field required", "max_tokens: Input should be a valid integer"): an
 * `invalid_request_error` in Anthropic's own words, whatever the message goes on to say.
 */
const fieldRefusalPattern = new RegExp(
  String.raw`(?<![\w.-])(?:${requestFields})(?:\s{0,12}\.[A-Za-z0-9_-]{1,40}){0,12}:\s{1,12}(?:Field\s{1,12}required|Input\s{1,12}should|Input\s{1,12}tag|String\s{1,12}should|List\s{1,12}should|Dictionary\s{1,12}should|Value\s{1,12}error)`,
  'g',
);
const fieldRefusalType = 'invalid_request_error';
/**
 * Claude Code's "API Error: 400" with a Messages API field path after it and the refused value, no validator words
 * ("API Error: 400 tools.4.model: anthropic/claude-opus-4-7", maximhq/bifrost#3383): the API refused that field.
 */
const statusFieldPattern = new RegExp(String.raw`\bAPI Error:\s{1,4}400\s{1,4}(?:${requestFields})(?:\.[A-Za-z0-9_-]{1,40}){1,12}:\s`, 'g');
/** The key before a type word that makes it a client's category, not the API's type (`"subtype": "api_error"`). */
const subtypeBefore = /subtype['"]?\s{0,4}[:=]\s{0,4}['"]?$/;
/**
 * An API key's per-minute limits, in the headers of every response (`anthropic-ratelimit-requests-remaining: 0`; the API's
 * rate-limits page): one spent to 0 is the 429 `rate_limit_error`, however the dump prints it.
 */
const spentHeaderPattern =
  /\banthropic[-_]ratelimit[-_](?:requests|tokens|input[-_]tokens|output[-_]tokens)[-_]remaining['"]?(?:\s{0,40}[:=]\s{0,4}|['"]?\s{0,2},\s{0,4}b?)['"]?0(?![0-9.])/gi;
const spentType = 'rate_limit_error';
/**
 * `<field>: <sent> > <cap>`, the head of the API's refusal of a value over the model's cap: found from its `:` (a scan
 * for one char stays fast on a megabyte of words), then the field's name is read just before it.
 */
const capPattern = /:\s{0,4}(\d{1,12})\s{0,4}>\s{0,4}(\d{1,12})(?![\d.])/g;
const capFieldBefore = /(?<![\w.-])[a-z][a-z0-9_]{2,40}$/;
const codePattern = /\berror_code\b['"]?\s{0,4}[:=]\s{0,4}['"]?([a-z][a-z0-9_]{2,63})/gi;
// `name: value`, `name = value`, `"name": "value"`, `('name', 'value')` and httpx's `(b'name', b'value')`.
const headerPattern =
  /\banthropic[-_]ratelimit[-_]unified[-_]([a-z0-9_-]{1,40}?)['"]?(?:\s{0,40}[:=]\s{0,4}|['"]?\s{0,2},\s{0,4}b?)['"]?([a-z0-9_.-]{1,40})/gi;
// `{"type":"error","error":{"type":"…"`, also with other keys first (Python's `'details': None`).
// The older and SDK form `{"error":{"type":"…"`: Anthropic puts the type first, OpenAI-shaped errors put the message first.
const typeFirstPattern = /['"]error['"]\s{0,4}:\s{0,4}\{\s{0,4}['"]type['"]\s{0,4}:\s{0,4}['"]([a-z_]{3,40})['"]/gi;
const openerPattern = /\{\s{0,40}['"]error['"]\s{0,4}:\s{0,4}\{/g;
// Keys of an OpenAI-shaped error object; Anthropic's has `type`, `message` and, since 2026, `details`.
const paramPattern = /['"](?:param|code)['"]\s{0,4}:/g;
/** The same keys, tested once inside one object (no `g` flag, so no `lastIndex` carried between tests). */
const foreignKey = new RegExp(paramPattern.source);
/** Decoded chars from an OpenAI-shaped error's opening brace within which its `param` key is looked for, and after it. */
const foreignReach = 2000;
const foreignTail = 160;
/**
 * `{"error":{…},"type":"error"}`: Anthropic's envelope with its keys sorted, as relays that rebuild the body write it (a Go
 * map is printed in key order); the API itself puts `"type":"error"` first. A message the catalogue knows inside one is
 * the upstream's, passed on; its type alone is the relay's word, not Anthropic's.
 */
const sortedEnvelopePattern = /['"]error['"]\s{0,4}:\s{0,4}\{[^{}]{0,2000}\}\s{0,4},\s{0,4}['"]type['"]\s{0,4}:\s{0,4}['"]error['"]\s{0,4}\}/g;
/**
 * The end of such an envelope, `…,"type":"overloaded_error"},"type":"error"}`, where its body holds braces of its own (the
 * upstream's error, passed on inside the relay's message) and so the whole cannot be read: its type is still the relay's.
 */
const sortedTailPattern = /['"]type['"]\s{0,4}:\s{0,4}['"][a-z_]{3,40}['"]\s{0,4}\}\s{0,4},\s{0,4}['"]type['"]\s{0,4}:\s{0,4}['"]error['"]\s{0,4}\}/g;
/**
 * axios's own message for any failed response ("Request failed with status code 400") as an envelope's message: a relay
 * rebuilt the body from its HTTP client's exception, and the type it chose beside that message is its word, not the API's.
 */
const clientMessagePattern = /['"]message['"]\s{0,12}:\s{0,12}['"]Request\s{1,12}failed\s{1,12}with\s{1,12}status\s{1,12}code\s{1,12}\d{3}['"]/g;
/**
 * An envelope's message whose first letter is Chinese, Japanese or Korean ("此 API Key 无权访问 Claude 服务"): the API words
 * its messages in English only, so a relay wrote it, and the type beside it is the relay's word too
 * (Wei-Shaw/claude-relay-service#848, ding113/claude-code-hub#409, MartialBE/one-hub#788).
 */
const localisedMessagePattern =
  /['"]message['"]\s{0,12}:\s{0,12}['"][^A-Za-z'"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{0,12}[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/**
 * Zhipu's GLM API (Z.ai, open.bigmodel.cn), which Claude Code is often pointed at, answers in Anthropic's shape with its own
 * codes: its request id is a timestamp and hex (`"request_id":"202510091744123546de24396949b8"`), and Claude Code prints its
 * errors as `[1305][<message>][<request id>]` (zai-org/feedback#789, fancy1108/Clutch#19). Anthropic's ids start `req_`.
 */
const zhipuPattern =
  /\[1[0-9]{3}\]\[[^\]\n]{1,300}\]\[20[0-9]{12}[0-9a-f]{8,24}\]|['"]request_id['"]\s{0,4}:\s{0,4}['"]20[0-9]{12}[0-9a-f]{8,24}['"]/g;
const zhipu = 'Zhipu (GLM)';
/**
 * Kiro's own throttle, in Bedrock's words with Kiro's request id after them: `Too many requests, please wait before trying
 * again. (Request ID: 40259f19-…)` (kirodotdev/Kiro#9191, #9193, #9819). Bedrock's own answer for Claude has no such id, and
 * Anthropic's ids start `req_`, so only the UUID in brackets marks it.
 */
const kiroPattern = /please\s{1,12}wait\s{1,12}before\s{1,12}trying\s{1,12}again\.?\s{0,12}\(Request\s{1,12}ID:\s{0,12}[0-9a-f]{8}-[0-9a-f]{4}-/gi;
const kiro = 'Kiro';
/**
 * Another provider's model id, as its API and the tools in front of it print it (`gpt-4o`, `gemini-2.5-pro`,
 * `deepseek-chat`, `glm-4.6`, `llama-3.1-8b-instant`): an error that names one is that provider's. Each family's name
 * must be followed by its own version or kind, so a relay's name for a Claude model (`gemini-claude-opus-4-5-thinking`)
 * marks nothing. Amazon Bedrock's ids for other providers' models (`amazon.nova-sonic-v1:0`, `us.meta.llama3-70b-…`)
 * mark those providers: Bedrock words its errors alike for every model (BerriAI/litellm#42053).
 */
const modelPattern =
  /(?<![\w.-])(gpt-(?:3\.5|4|5)[\w.-]*|o[134]-(?:mini|pro)|gemini-(?:\d|pro|flash|exp)[\w.-]*|deepseek-(?:chat|reasoner|coder|v\d|r1)[\w.-]*|qwen(?:\d|-max|-plus|-turbo|-coder)[\w.-]*|glm-\d[\w.-]*|kimi-(?:k\d|latest)[\w.-]*|moonshot-v1[\w-]*|grok-(?:\d|beta|code)[\w.-]*|llama-?\d[\w.-]*|(?:mistral|codestral|devstral)-(?:large|medium|small|latest)[\w.-]*|mixtral-[\w.-]+|minimax-m\d[\w.-]*|(?:(?:us|eu|apac|global)\.)?(?:amazon\.(?:nova|titan)|meta\.llama|cohere\.command|ai21\.jamba|stability\.(?:sd|stable)|mistral\.(?:mistral|mixtral|pixtral))[\w.:-]*)(?![\w])/gi;
const modelOwners: readonly [RegExp, string][] = [
  [/^(?:gpt|o\d)/i, 'OpenAI'],
  [/^(?:[a-z]+\.)?amazon\./i, 'Amazon (Nova, Titan)'],
  [/^(?:[a-z]+\.)?meta\./i, 'a Llama model host'],
  [/^(?:[a-z]+\.)?cohere\./i, 'Cohere'],
  [/^(?:[a-z]+\.)?ai21\./i, 'AI21 Labs'],
  [/^(?:[a-z]+\.)?stability\./i, 'Stability AI'],
  [/^(?:[a-z]+\.)?mistral\./i, 'Mistral'],
  [/^gemini/i, 'Google Gemini'],
  [/^deepseek/i, 'DeepSeek'],
  [/^qwen/i, 'Alibaba (Qwen)'],
  [/^glm/i, 'Zhipu (GLM)'],
  [/^(?:kimi|moonshot)/i, 'Moonshot (Kimi)'],
  [/^grok/i, 'xAI (Grok)'],
  [/^llama/i, 'a Llama model host'],
  [/^(?:mistral|codestral|devstral|mixtral)/i, 'Mistral'],
  [/^minimax/i, 'MiniMax'],
];
const envelopePattern =
  /['"]type['"]\s{0,4}:\s{0,4}['"]error['"]\s{0,4},\s{0,4}['"]error['"]\s{0,4}:\s{0,4}\{[^{}]{0,200}?['"]type['"]\s{0,4}:\s{0,4}['"]([a-z_]{3,40})['"]/gi;

function each(plain: string, pattern: RegExp, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  let count = 0;
  for (let match = pattern.exec(plain); match && count < maxReads * 4; match = pattern.exec(plain), count++) visit(match);
}

const typePatterns = new Map<string, RegExp>();

/** A pattern for the known error types as whole words, built once per list. */
function typePattern(types: readonly string[]): RegExp | null {
  if (types.length === 0) return null;
  const key = types.join('|');
  let pattern = typePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9_])(?:${key})(?![A-Za-z0-9_])`, 'g');
    typePatterns.set(key, pattern);
  }
  return pattern;
}

/** Reads the structured fields; `types` are the error types worth reporting. Linear in the paste; never throws on text. */
export function readStructure(plain: string, types: readonly string[]): Structure {
  const codes: (Reading<string> & { named?: true })[] = [];
  each(plain, codePattern, (match) => {
    if (codes.length < maxReads) codes.push({ value: match[1]!.toLowerCase(), index: match.index, end: match.index + match[0].length });
  });
  // The SDKs raise a class per code (Python's `EnforcedSpendLimitReachedError`): its name, in snake case, is the code.
  each(plain, classPattern, (match) => {
    if (codes.length >= maxReads) return;
    const value = match[1]!.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase();
    codes.push({ value, index: match.index, end: match.index + match[0].length, named: true });
  });
  codes.sort((a, b) => a.index - b.index);

  const caps: Reading<string>[] = [];
  each(plain, capPattern, (match) => {
    if (caps.length >= maxReads || Number(match[1]) <= Number(match[2])) return;
    const from = Math.max(0, match.index - 42);
    const field = capFieldBefore.exec(plain.slice(from, match.index));
    if (field) caps.push({ value: field[0], index: from + field.index, end: match.index + match[0].length });
  });

  const sorted: [number, number][] = [];
  each(plain, sortedEnvelopePattern, (match) => {
    if (sorted.length < maxReads) sorted.push([match.index, match.index + match[0].length]);
  });
  each(plain, sortedTailPattern, (match) => {
    if (sorted.length < maxReads && !inRanges(sorted, match.index)) sorted.push([match.index, match.index + match[0].length]);
  });
  const envelopes: [number, number][] = [];
  // Anthropic's shape with a `code` or `param` key inside: OpenAI's, whose Responses API streams its errors in that shape.
  const lookalikes: [number, number][] = [];
  const envelopeAt = (match: RegExpExecArray, keyed: boolean) => {
    if (envelopes.length >= maxReads) return;
    const start = match.index;
    if (keyed && inRanges(sorted, start)) return;
    const close = plain.indexOf('}', start + match[0].length);
    const end = close >= 0 && close - start <= bodyReach ? close + 1 : Math.min(plain.length, start + bodyReach);
    // A `code` or `param` key beside the type: an OpenAI-shaped error that orders its keys so, or OpenAI's Responses API,
    // which streams its errors in Anthropic's whole shape (m1guelpf/swift-openai-responses#7).
    if (foreignKey.test(plain.slice(start + match[0].length, end))) {
      if (lookalikes.length < maxReads) lookalikes.push([start, end]);
      return;
    }
    envelopes.push([start, end]);
  };
  each(plain, envelopePattern, (match) => envelopeAt(match, false));
  each(plain, typeFirstPattern, (match) => envelopeAt(match, true));
  const rebuilt = (match: RegExpExecArray) => {
    const around = envelopes.find(([start, end]) => start <= match.index && match.index < end);
    if (around && sorted.length < maxReads && !inRanges(sorted, match.index)) sorted.push(around);
  };
  each(plain, clientMessagePattern, rebuilt);
  each(plain, localisedMessagePattern, rebuilt);

  const openers: number[] = [];
  each(plain, openerPattern, (match) => {
    if (openers.length < maxReads) openers.push(match.index);
  });
  const foreign: [number, number][] = [];
  let opener = 0;
  each(plain, paramPattern, (match) => {
    while (opener + 1 < openers.length && openers[opener + 1]! < match.index) opener++;
    const start = openers[opener];
    if (start === undefined || start > match.index || match.index - start > foreignReach) return;
    // One run per object: a second key of the same object (`param`, then `code`) carries its run on.
    const last = foreign[foreign.length - 1];
    if (last && last[0] === start) last[1] = match.index + foreignTail;
    else if (foreign.length < maxReads) foreign.push([start, match.index + foreignTail]);
  });
  for (const range of lookalikes) if (foreign.length < maxReads && !inRanges(foreign, range[0])) foreign.push(range);

  const typeList: (Reading<string> & { enveloped: boolean })[] = [];
  const known = typePattern(types);
  if (known) {
    each(plain, known, (match) => {
      if (typeList.length >= maxReads) return;
      const index = match.index;
      // Claude Code's stream output files any failed call under `"subtype": "api_error"`, whatever its cause: not a type.
      if (subtypeBefore.test(plain.slice(Math.max(0, index - 16), index))) return;
      const enveloped = inRanges(envelopes, index);
      typeList.push({ value: match[0], index, end: index + match[0].length, enveloped });
    });
  }

  // An SDK class stands for its type where no body says more; it is Anthropic's by its prefix.
  each(plain, sdkClassPattern, (match) => {
    const value = sdkClassTypes[match[1]!.toLowerCase()];
    if (value === undefined || !types.includes(value) || typeList.length >= maxReads) return;
    typeList.push({ value, index: match.index, end: match.index + match[0].length, enveloped: true });
  });
  // A field refused in the validator's words is a bad request, where no body names its type; so is a field path right after
  // Claude Code's "API Error: 400".
  if (types.includes(fieldRefusalType)) {
    const refused = (match: RegExpExecArray) => {
      if (typeList.length >= maxReads) return;
      typeList.push({ value: fieldRefusalType, index: match.index, end: match.index + match[0].length, enveloped: true });
    };
    each(plain, fieldRefusalPattern, refused);
    each(plain, statusFieldPattern, refused);
  }
  if (types.includes(spentType)) {
    each(plain, spentHeaderPattern, (match) => {
      if (typeList.length >= maxReads) return;
      typeList.push({ value: spentType, index: match.index, end: match.index + match[0].length, enveloped: true });
    });
  }
  typeList.sort((a, b) => a.index - b.index);

  const headers: Reading<string>[] = [];
  const names: string[] = [];
  let lastRejected = -1;
  each(plain, headerPattern, (match) => {
    if (headers.length >= maxReads) return;
    // One spelling for `7d_oi-status`, `7d-oi-status` and `representative_claim`.
    const name = match[1]!.toLowerCase().replace(/_/g, '-');
    const value = match[2]!.toLowerCase();
    headers.push({ value, index: match.index, end: match.index + match[0].length });
    names.push(name);
    if (value === 'rejected' && (name === 'status' || /^\d+[a-z](?:-[a-z]+)?-status$/.test(name))) lastRejected = headers.length - 1;
  });

  let limit: LimitHeaders | null = null;
  if (lastRejected >= 0) {
    const at = headers[lastRejected]!;
    const values = new Map<string, Reading<string>>();
    headers.forEach((reading, k) => {
      if (Math.abs(reading.index - at.index) > responseReach) return;
      const seen = values.get(names[k]!);
      if (!seen || Math.abs(reading.index - at.index) < Math.abs(seen.index - at.index)) values.set(names[k]!, reading);
    });
    limit = { at, values };
  }
  const marks: (Reading<string> & { name: string; model?: boolean })[] = [];
  const mark = (pattern: RegExp, name: string) =>
    each(plain, pattern, (match) => {
      if (marks.length < maxReads) marks.push({ name, value: match[0], index: match.index, end: match.index + match[0].length });
    });
  mark(zhipuPattern, zhipu);
  mark(kiroPattern, kiro);
  each(plain, modelPattern, (match) => {
    const id = match[1]!;
    if (marks.length >= maxReads) return;
    const owner = modelOwners.find(([prefix]) => prefix.test(id));
    if (owner) marks.push({ name: owner[1], value: id, index: match.index, end: match.index + id.length, model: true });
  });
  return { codes, types: typeList, envelopes, foreign, sorted, limit, caps, marks };
}
