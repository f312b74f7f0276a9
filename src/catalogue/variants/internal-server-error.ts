import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'internal-server-error',
  group: 'service',
  title: 'Internal server error (500) or timeout (504)',
  wordings: [
    {
      text: 'API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.',
      surface: 'Claude Code',
      firstSeen: '2026-06-23',
      lastSeen: '2026-07-20',
      source: githubIssue('anthropics/claude-code#70343', 'this text from Claude Code 2.1.186'),
    },
    {
      text: '500 {"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
      surface: 'Anthropic API (raw body; older Claude Code and SDK logs print it)',
      firstSeen: '2025-11-24',
      lastSeen: '2026-07-20',
      source: githubIssue('anthropics/claude-code#22796', 'the raw 500 body, wrapped across lines, during the 3 February 2026 errors'),
    },
    {
      text: 'API Error: Server error mid-response. The response above may be incomplete.',
      surface: 'Claude Code 2.1.199 and later (a 5xx or overload after part of the answer arrived)',
      firstSeen: '2026-08',
      source: cite(
        common.claudeCodeErrors,
        'the "Server error mid-response" line, which Claude Code prints since 2.1.199 when a 5xx cuts an answer short',
      ),
    },
    {
      text: 'api.anthropic.com | 504: Gateway time-out',
      surface: "Cloudflare's HTML error page in front of the Anthropic API",
      firstSeen: '2025-08-28',
      source: githubIssue('anthropics/claude-code#6781', 'a 504 Gateway time-out page returned for api.anthropic.com'),
    },
  ],
  status: 500,
  errorType: 'api_error',
  summary:
    'Something failed inside the API (500 api_error) or it ran out of time on the request (504 timeout_error). Not your prompt, settings or account: retry.',
  cause:
    "The API's own list of errors defines 500 api_error as an unexpected failure inside Anthropic's systems, and 504 timeout_error as a request that timed out while it was being processed. Neither says anything about your request, plan or balance. They come in bursts during incidents, when many people report the same error within minutes. Claude Code retries them before it shows the message, so what you see is the last attempt. If Claude had already written part of its answer, Claude Code keeps that part and says the response may be incomplete.",
  audience: 'personal',
  actor: 'wait',
  steps: [
    { title: 'Check status.claude.com for an incident.' },
    {
      title: 'Wait a minute and send the message again.',
      detail:
        'In Claude Code the original message is still in the conversation, so typing "try again" is enough. If part of an answer is on screen, reply "continue".',
    },
    {
      title: 'If it persists with no incident posted, run /feedback in Claude Code so Anthropic can look at the request.',
      detail: 'With the API, keep the request id (req_…) from the error body for support.',
    },
    {
      title: 'Calling the API yourself and seeing 504 on long requests: use streaming or split the work.',
      detail: "The API's error reference recommends the streaming Messages API for long-running requests.",
    },
  ],
  related: ['overloaded', 'connection-error', 'rate-limited', 'invalid-request'],
  sources: [
    cite(common.apiErrors, 'the 500 api_error and 504 timeout_error types, and streaming as the advice for long requests'),
    cite(common.claudeCodeErrors, '/feedback as the way to report a 500 that persists with no incident posted'),
    githubIssue('anthropics/claude-code#70343', 'the current Claude Code 500 text (June 2026)'),
    githubIssue('anthropics/claude-code#79255', 'the same text and the raw 500 bodies in the error log (July 2026)'),
    githubIssue('anthropics/claude-code#22796', 'the raw api_error body during the 3 February 2026 burst'),
    githubIssue('anthropics/claude-code#22802', 'other users reporting the same 500 within minutes, across Opus, Sonnet and Haiku'),
    githubIssue('anthropics/claude-code#12264', 'the raw 500 body in November 2025'),
    githubIssue('anthropics/claude-code#6781', 'a Cloudflare 504 Gateway time-out page for api.anthropic.com'),
  ],
  reviewed: '2026-11-30',
  change: 'First version: the 500 and 504 wordings, with the current Claude Code text.',
  signals: {
    phrases: [
      // Factory's droid for an api_error from any provider (@factory/cli-linux-x64 0.225.2).
      { phrase: 'model provider failed with an internal error', weight: 2, onClaude: true },
      // OpenClaw's own copy for a provider's 5xx, whatever the provider: Claude's where Claude is named (openclaw 2026.9.6 on
      // npm, published 2026-09-24: its user-copy module).
      { phrase: 'llm request failed: provider returned an internal error', weight: 2, onClaude: true },
      { phrase: 'the model provider returned a temporary internal error', weight: 2, onClaude: true },
      // Roo Code's and Kilo Code's sentence for any provider's 500 (RooCodeInc/Roo-Code's
      // webview-ui/src/i18n/locales/en/chat.json, and its pt-BR and tr copies).
      { phrase: 'provider server error. something is wrong on the provider side', weight: 2, onClaude: true },
      { phrase: 'erro do servidor do provedor', weight: 2, onClaude: true },
      { phrase: 'sağlayıcı sunucu hatası', weight: 2, onClaude: true },
      // The Claude app's card for a 5xx (Alishahryar1/free-claude-code#1867), and claude.ai's incident banner, where Claude
      // is named (wozulong/fuclaude#7).
      { phrase: 'the server returned an error while handling this message', weight: 3 },
      { phrase: 'we are experiencing technical difficulties. some functionality may be temporarily unavailable', weight: 2, onClaude: true },
      // A Cloudflare 520 with an empty body, as Claude Code retries it (anthropics/claude-code#3469), and Claude Code's auto
      // mode when its safety check cannot be reached (anthropics/claude-code#81865).
      { phrase: '520 status code (no body)', weight: 3 },
      // The AI SDK's Bedrock provider when a stream broke with Bedrock's ModelStreamErrorException and no message of its own
      // (@ai-sdk/amazon-bedrock 5.0.101: "Amazon Bedrock stream failed with modelStreamErrorException (model: …)").
      { phrase: 'bedrock stream failed with modelstreamerrorexception', weight: 3, onCloud: true },
      { phrase: 'so auto mode cannot determine the safety of', weight: 3 },
      // The Claude apps' page for a server-side failure (anthropics/claude-ai-mcp#302) and Claude Code's sign-in answered
      // with a 500 (anthropics/claude-code#20091).
      { phrase: 'is currently experiencing a temporary service disruption', weight: 3 },
      { phrase: 'oauth error: request failed with status code 500', weight: 3 },
      // OpenClaw's words for an HTML page where the API's answer should be, for any provider (its errors.ts).
      { phrase: 'the provider returned an html error page instead of an api response', weight: 2, onClaude: true },
      { phrase: 'api_error message: internal server error', weight: 3 },
      { phrase: 'api error: 500 internal server error', weight: 3 },
      { phrase: 'type: timeout_error', weight: 3 },
      { phrase: '504 timeout_error', weight: 3 },
      { phrase: 'api.anthropic.com | 504', weight: 3 },
      { phrase: 'server error mid-response', weight: 3 },
      { phrase: 'type: api_error', weight: 1 },
      // A tool's own words for a 500, where Claude is named.
      { phrase: '500 internal server error', weight: 2, onClaude: true },
      // A proxy's page in front of the API (Cloudflare's "502 Bad Gateway"), where Claude is named.
      { phrase: '502 bad gateway', weight: 2, onClaude: true },
      // Amazon Bedrock's internalServerException for Claude, also when an SDK calls the stream a connection error.
      { phrase: 'the system encountered an unexpected error during processing', weight: 3, onCloud: true },
      { phrase: 'internalserverexception', weight: 3, onCloud: true },
      // The same runtime's broken stream and its model timeout, by name (@anthropic-ai/bedrock-sdk 0.12.6 to 1.2.1).
      { phrase: 'modelstreamerrorexception', weight: 3, onCloud: true },
      { phrase: 'modeltimeoutexception', weight: 3, onCloud: true },
      // elizaOS's Anthropic plugin retelling a 500, 502 or 503 (@elizaos/plugin-anthropic 2.0.0-alpha.537: "[Anthropic] …
      // failed: Anthropic is temporarily unavailable. Retry in a moment.").
      { phrase: 'anthropic is temporarily unavailable. retry in a moment', weight: 3 },
      // Claude Code's tail on every 5xx since mid-2026 (FACTS §16): a hint of a server error, an overload's words beat it.
      { phrase: 'this is a server-side issue, usually temporary', weight: 2 },
    ],
    specificity: 2,
    statuses: [500, 504],
  },
} satisfies VariantInput;
