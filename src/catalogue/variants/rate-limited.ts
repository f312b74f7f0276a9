import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const errorsPage = {
  title:
    'Claude Code docs: Error reference, "Server is temporarily limiting requests" and "Request rejected (429)" (mirrored copy describing v2.1.286)',
  url: 'https://code.claude.com/docs/en/errors#request-rejected-429',
  read: readOn.factBase,
};

export default {
  id: 'rate-limited',
  group: 'service',
  title: 'Rate limited (429)',
  wordings: [
    {
      text: "This request would exceed your account's rate limit. Please try again later.",
      surface: 'Anthropic API (429 rate_limit_error), mostly under a Claude subscription login',
      firstSeen: '2025-11-29',
      lastSeen: '2026-09-12',
      source: githubIssue('anthropics/claude-code#54698', 'the raw 429 body inside a Claude Code error log'),
    },
    {
      text: "This request would exceed your organization's rate limit of <n> input tokens per minute (org: <org id>, model: <model>). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later.",
      surface: 'Anthropic API with an API key (429 rate_limit_error)',
      firstSeen: '2026-02-18',
      lastSeen: '2026-04-30',
      source: githubIssue('anthropics/claude-code#55132', 'the per-minute limit of an API key, shown by Claude Code'),
    },
    {
      text: 'This request would exceed the rate limit for your organization (<org id>) of <n> input tokens per minute.',
      surface: 'Anthropic API with an API key (429 rate_limit_error), older wording',
      firstSeen: '2025-03-03',
      lastSeen: '2026-01-18',
      legacy: true,
      source: githubIssue('OpenHands/OpenHands#9259', 'the older per-minute wording in an OpenHands log'),
    },
    {
      text: 'API Error: Request rejected (429) · <reason>',
      surface: 'Claude Code with an API key, Bedrock or Google Cloud credentials',
      firstSeen: '2026-04-30',
      source: githubIssue('anthropics/claude-code#55132', 'the Claude Code prefix in front of a per-minute limit'),
    },
    {
      text: 'API Error: Server is temporarily limiting requests (not your usage limit)',
      surface: 'Claude Code (a 429 without the plan-quota headers)',
      firstSeen: '2026-08-22',
      source: cite(errorsPage, 'the "Server is temporarily limiting requests" line for a 429 that is not the plan\'s quota'),
    },
    {
      text: 'Too many tokens, please wait before trying again.',
      surface: 'Amazon Bedrock (429 ThrottlingException), through Claude Code, Roo Code and the AWS SDKs',
      firstSeen: '2025-02-25',
      lastSeen: '2025-06-23',
      source: githubIssue('anthropics/claude-code#77', 'Claude Code on Bedrock retrying this 429 ten times, 25 February 2025', {
        claim: 'Claude Code on Amazon Bedrock printed the ThrottlingException "Too many tokens, please wait before trying again." as a 429.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'API Error: Rate limit reached',
      surface: 'Claude Code, older versions (any 429)',
      firstSeen: '2026-02-24',
      lastSeen: '2026-03-30',
      legacy: true,
      source: githubIssue('anthropics/claude-code#23472', 'the short Claude Code text, there hiding a 1M-context refusal'),
    },
  ],
  status: 429,
  errorType: 'rate_limit_error',
  summary: 'A 429 rate_limit_error: a per-minute cap on an API key, or, behind a Claude subscription login, often a plan window that lasts hours.',
  cause:
    'A 429 rate_limit_error says a limit was reached, not which one. With an API key it is a per-minute cap on requests or tokens, and the message names it; those refill within a minute or so. Behind a Claude subscription, the same short body ("would exceed your account\'s rate limit") also comes back when a 5-hour or weekly plan window is used up, and that lasts until the window resets, hours or days away. It is never about an unpaid bill.',
  audience: 'api-key',
  actor: 'wait',
  steps: [
    {
      title: 'Look for a plan message near the raw error.',
      detail: 'Claude Code prints one such as "You\'ve hit your 5-hour limit · resets 5:40pm" above the 429; then wait until that time.',
    },
    {
      title: 'With an API key, read which per-minute limit the message names and retry after a short pause.',
      detail: 'Most SDKs and coding tools already retry 429s with growing pauses; let them.',
    },
    { title: 'Send less at once: fewer parallel agents or sessions, shorter prompts, a lower max_tokens.' },
    {
      title: 'If it happens all day on an API key, check the organization rate limits and tier in the Claude Console.',
      detail: 'Run /status in Claude Code first: a stray ANTHROPIC_API_KEY can route a subscription user through a low-tier key.',
    },
    { title: 'For "Server is temporarily limiting requests", wait briefly and check status.claude.com if it persists.' },
    { title: 'On Bedrock or Vertex AI it is a cloud quota: ask AWS or Google Cloud to raise it.' },
  ],
  related: ['plan-usage-limit', 'model-limit', 'overloaded', 'long-context-needs-credits', 'fast-mode-needs-credits'],
  sources: [
    cite(common.binary337, 'the five_hour window named "5-hour limit" in its messages, as in 2.1.328 and 2.1.332'),
    cite(common.apiErrors, 'the 429 rate_limit_error and its retry-after header'),
    cite(errorsPage, 'the "Request rejected (429)" line for API keys, Bedrock and Google Cloud, as documented for v2.1.286'),
    githubIssue('anthropics/claude-code#12686', 'the same 429 body under a weekly plan limit'),
    githubIssue('anthropics/claude-code#41117', 'the same 429 body behind "You\'ve hit your limit · resets 11pm"'),
    githubIssue('anthropics/claude-code#55132', 'a per-minute API-key limit as Claude Code shows it'),
    githubIssue('RooCodeInc/Roo-Code#5050', 'Bedrock quota', {
      claim: "Bedrock's ThrottlingException suggests asking AWS support for a quota increase.",
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#1440', 'Vertex AI quota', {
      claim: "Vertex AI's quota error for a Claude model asks for a quota increase request.",
      read: '2026-12-04',
    }),
    {
      title:
        'Claude Platform on AWS user guide: Rate limits and quotas (per-minute limits, anthropic-ratelimit-* headers, same schedule as the Claude API)',
      url: 'https://docs.aws.amazon.com/claude-platform/latest/userguide/rate-limits.html',
      claim: 'per-minute limits and anthropic-ratelimit-* headers on the Claude Platform on AWS, on the same schedule as the Claude API',
      read: readOn.factBase,
    },
  ],
  reviewed: '2026-12-06',
  change: 'Its example of a plan line names the 5-hour limit, as Claude Code 2.1.328 and later do.',
  signals: {
    phrases: [
      // The same tool for a rate_limit_error ("The service is currently experiencing high demand."; droid 0.225.2).
      { phrase: 'the service is currently experiencing high demand', weight: 2, onClaude: true },
      // promptfoo's line for the Claude Agent SDK's rate-limit result (promptfoo 0.123.1: "Claude Agent SDK call failed:
      // error_during_execution (rate_limit)").
      { phrase: 'claude agent sdk call failed: error_during_execution (rate_limit)', weight: 3 },
      // Claude Code's /goal paused by a 429 (its 2.1.280 linux-x64 binary on npm: "Goal paused · the request was rate
      // limited · send a message to retry").
      { phrase: 'goal paused · the request was rate limited', weight: 3 },
      // OpenClaw's own copy for any provider's 429 that it cannot tell apart (rate, quota or balance): Claude's 429 where
      // Claude is named, whose guide sorts those out (openclaw 2026.9.6 on npm, published 2026-09-24: its user-copy module).
      { phrase: 'the model provider returned http 429 before replying', weight: 2, onClaude: true },
      // Other tools' own sentences for any provider's 429, Claude's where Claude is named: Roo Code's and Kilo Code's
      // status table (RooCodeInc/Roo-Code's webview-ui/src/i18n/locales/en/chat.json and its es copy), aider's text for
      // LiteLLM's RateLimitError (Aider-AI/aider's aider/exceptions.py), n8n's for an HTTP 429
      // (n8n-io/n8n's packages/workflow/src/errors/node-api.error.ts), Continue's stream error
      // (continuedev/continue's gui/src/pages/gui/StreamError.tsx).
      { phrase: "too many requests. you're being rate-limited by the provider", weight: 2, onClaude: true },
      { phrase: 'demasiadas solicitudes. te estás viendo limitado por el proveedor', weight: 2, onClaude: true },
      { phrase: 'the api provider has rate limited you', weight: 2, onClaude: true },
      { phrase: 'the service is receiving too many requests from you', weight: 2, onClaude: true },
      { phrase: 'usage has been rate limited by the model provider', weight: 2, onClaude: true },
      // The 2023 form, for requests at once (axflow/axflow#33).
      { phrase: 'number of concurrent connections to claude exceeds your rate limit', weight: 3 },
      // Also the body behind plan-window limits: a plan message in the same paste outweighs it.
      { phrase: "would exceed your account's rate limit", weight: 2 },
      { phrase: "would exceed your organization's rate limit", weight: 3 },
      { phrase: 'would exceed the rate limit for your organization', weight: 3 },
      { phrase: 'exceeded your per-minute rate limit', weight: 3 },
      { phrase: 'request rejected (429)', weight: 3 },
      { phrase: 'server is temporarily limiting requests', weight: 3 },
      // Older Claude Code printed this for any 429, including long-context refusals: the body beside it decides.
      { phrase: 'api error: rate limit reached', weight: 2 },
      // The error type of every 429, including long-context, fast-mode and plan refusals: a hint only.
      { phrase: 'rate_limit_error', weight: 1 },
      // A tool's own words for a 429 ("Rate Limited by Anthropic", "rate limit exceeded"), where Claude is named.
      { phrase: 'rate limited', weight: 2, onClaude: true },
      { phrase: 'rate limit exceeded', weight: 2, onClaude: true },
      { phrase: 'rate limit reached', weight: 2, onClaude: true },
      { phrase: 'too many requests', weight: 2, onClaude: true },
      // Amazon Bedrock's ThrottlingException for Claude: "Too many tokens, please wait before trying again." and its siblings.
      { phrase: 'too many tokens, please wait before trying again', weight: 3 },
      { phrase: 'too many requests, please wait before trying again', weight: 3 },
      { phrase: 'too many tokens per day, please wait before trying again', weight: 3 },
      // Bedrock Agents' throttling, which names Bedrock's invocation quotas (aws-samples/amazon-bedrock-agents-healthcare-lifesciences#136).
      { phrase: 'your request rate is too high. reduce the frequency of requests', weight: 3, onCloud: true },
      // The AWS SDK's exception by name alone ("name": "ThrottlingException", "httpStatusCode": 429), where Claude is on Bedrock.
      { phrase: 'throttlingexception', weight: 3, onCloud: true },
      // @anthropic-ai/bedrock-sdk 0.12 to 0.26 throwing Bedrock's stream exception by its name as the SDK's connection error.
      { phrase: 'apiconnectionerror: throttlingexception', weight: 5 },
      // Google Vertex AI's quota for a Claude base model: "Quota exceeded for aiplatform.googleapis.com/… with base model: anthropic-claude-…".
      { phrase: 'with base model: anthropic-claude', weight: 3 },
      { phrase: 'input tokens per minute', weight: 1 },
      { phrase: 'output tokens per minute', weight: 1 },
    ],
    cues: [['rate limit|rate limits|ratelimit', 'exceeded|reached|hit|would exceed']],
    specificity: 2,
    statuses: [429],
  },
} satisfies VariantInput;
