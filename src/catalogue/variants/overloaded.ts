import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'overloaded',
  group: 'service',
  title: 'Overloaded (529)',
  wordings: [
    {
      text: 'API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.',
      surface: 'Claude Code',
      firstSeen: '2026-06-30',
      lastSeen: '2026-08-17',
      source: githubIssue('anthropics/claude-code#72390', 'this text from Claude Code 2.1.195'),
    },
    {
      text: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      surface: 'Anthropic API (raw body, as older Claude Code, Cline and the SDKs print it)',
      firstSeen: '2024-08-08',
      lastSeen: '2026-03-18',
      source: githubIssue('anthropics/claude-code#35685', 'the raw 529 body on every request during an outage'),
    },
    {
      text: 'API Error: Repeated 529 Overloaded errors',
      surface: 'Claude Code, after its automatic retries ran out',
      firstSeen: '2025-12-27',
      lastSeen: '2026-01-09',
      source: githubIssue('lbjlaq/Antigravity-Manager#112', 'the line from Claude Code v2.0.76 (through a third-party relay)'),
    },
    {
      text: 'API Error: Repeated 529 Overloaded errors. The API is at capacity — this is usually temporary. Try again in a moment. If it persists, check https://status.claude.com.',
      surface: 'Claude Code (as its error reference documents it)',
      firstSeen: '2026-08',
      source: cite(common.claudeCodeErrors, 'the "Repeated 529 Overloaded errors" line'),
    },
    {
      text: 'API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check status.claude.com.',
      surface: 'Claude Code (spring 2026)',
      firstSeen: '2026-05-15',
      lastSeen: '2026-05-22',
      legacy: true,
      source: githubIssue('anthropics/claude-code#59279', 'the earlier text without https://, wrapped across lines'),
    },
  ],
  status: 529,
  errorType: 'overloaded_error',
  summary:
    "Anthropic's servers are short of capacity for everyone at that moment. Wait and retry; it is not your account and there is nothing to pay.",
  cause:
    'A 529 overloaded_error means the API is at capacity across all users right now. Claude Code retries several times before it shows the message, so by the time you read it the retries have already failed. It is not your usage limit and does not count against it; at some busy moments the same condition has come back as a 500 api_error whose message is "Overloaded".',
  audience: 'personal',
  actor: 'wait',
  steps: [
    { title: 'Wait a few minutes, then send the message again (typing "try again" is enough; the original is still in the conversation).' },
    { title: 'Check status.claude.com for an incident or capacity notice.' },
    {
      title: 'Keep working on another model with /model.',
      detail: 'Capacity is tracked per model; Claude Code may suggest this itself with "<model> is experiencing high load".',
    },
    {
      title: 'In unattended runs, let retries run longer rather than looping by hand.',
      detail: 'Claude Code reads CLAUDE_CODE_MAX_RETRIES; CLAUDE_CODE_RETRY_WATCHDOG=1 keeps retrying 529s in jobs such as CI.',
    },
  ],
  related: ['rate-limited', 'internal-server-error', 'connection-error', 'plan-usage-limit'],
  sources: [
    cite(common.apiErrors, 'the 529 overloaded_error: the API is busy for everyone, not the account'),
    cite(common.claudeCodeErrors, 'automatic retries, CLAUDE_CODE_MAX_RETRIES and status.claude.com for a 529'),
    githubIssue(
      'anthropics/claude-code#39745',
      'the issue Anthropic uses for 529 reports, with the body "Overloaded. https://docs.claude.com/en/api/errors"',
    ),
    githubIssue('anthropics/claude-code#81327', 'the same text ending subagents with "Agent terminated early due to an API error" (July 2026)'),
    githubIssue('anthropics/claude-code#87317', 'the same text in August 2026, closed by a maintainer as a duplicate of #39745'),
    githubIssue('anthropics/claude-code#5184', 'Claude Code retrying 529 overloaded_error up to ten times'),
    githubIssue('anthropics/claude-code#8123', 'a 500 api_error whose message is "Overloaded" during a reported incident'),
    githubIssue('xvirobotics/metabot#192', "the repeated-529 line when the upstream was MiniMax's API, not Anthropic"),
    githubIssue('cline/cline#53', "a 529 overloaded_error in Claude Dev (now Cline), answered with the API docs' definition"),
  ],
  reviewed: '2026-11-30',
  change: 'Adds the current Claude Code wordings and the repeated-529 line; matches only error text, never the bare word "overloaded".',
  signals: {
    phrases: [
      // ax 15 words every Anthropic error body as a refusal (@ax-llm/ax 15.1.1: "AxAIRefusalError: Model refused to fulfill
      // request: Overloaded"); the message after it is the API's.
      { phrase: 'model refused to fulfill request: overloaded', weight: 3 },
      // Task Master's line after an overload its fallback could not absorb (task-master-ai 0.11.1, its task manager).
      { phrase: 'ai model overloaded, and fallback failed or was unavailable', weight: 3 },
      // opencode's and Kilo Code's retry line for any provider's overload (Kilo-Org/kilocode's
      // packages/opencode/src/session/retry.ts), Claude's where Claude is named.
      { phrase: 'provider is overloaded', weight: 2, onClaude: true },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'api overloaded — wait and retry', weight: 3 },
      // Claude Code 1.0's line after repeated 529s on Opus (@anthropic-ai/claude-code 1.0.10 and 1.0.90, their cli.js).
      { phrase: 'repeated server overload with opus model', weight: 3 },
      // Fast mode out of room (@anthropic-ai/claude-code 2.1.100's cli.js: "Fast mode overloaded and is temporarily
      // unavailable · resets in …").
      { phrase: 'fast mode overloaded and is temporarily unavailable', weight: 3 },
      // Its later line for an overloaded model (its 2.1.300 linux-x64 binary on npm: "Opus is experiencing high load. Switch
      // to Sonnet.", the same for Fable).
      { phrase: 'is experiencing high load. switch to sonnet', weight: 3 },
      // Bedrock's 503 when it has no room, as Claude Code retries it (anthropics/claude-code#562).
      { phrase: 'too many connections, please wait before trying again', weight: 3 },
      // claude.ai when demand is over capacity ("Due to unexpected capacity constraints, Claude is unable to respond to your
      // message."; apidog.com's guide to it, and the outage of 2 June 2026).
      { phrase: 'due to unexpected capacity constraints, claude is unable to respond', weight: 3 },
      // Bedrock's throttle behind a 503 for every model it serves (anthropics/claude-code#3544): Claude's where the paste shows
      // Claude on Bedrock.
      { phrase: 'model is getting throttled. try your request again', weight: 3, onCloud: true },
      // Bedrock's 503 with nothing more, for a Claude model in the URL (Aider-AI/aider#2305, #2359).
      { phrase: '503 service unavailable', weight: 3, onCloud: true },
      { phrase: 'serviceunavailableexception', weight: 3, onCloud: true },
      { phrase: 'overloaded_error', weight: 3 },
      // The AI SDK passes on only the body's message, which for a 529 is "Overloaded": "AI_APICallError: Overloaded"
      // (@ai-sdk/anthropic 4.0.112's error handler), "AI_StreamProviderError: Overloaded" once a stream began (ai 7.0.185)
      // and, after its retries, "Failed after 3 attempts. Last error: Overloaded" (ai 4.3.19 and 5.0.277).
      { phrase: 'ai_apicallerror: overloaded', weight: 3 },
      { phrase: 'ai_streamprovidererror: overloaded', weight: 3 },
      { phrase: 'last error: overloaded', weight: 3 },
      // The TypeScript SDK's line for a response with no body (@anthropic-ai/sdk 0.9.1 to 1.17.0, its error.js: "529 status
      // code (no body)"); 529 is the status only Anthropic's API sends, for an overload.
      { phrase: '529 status code (no body)', weight: 3 },
      // A tool's own words for the 529 ("Claude is overloaded", "Provider is overloaded"), where Claude is named.
      { phrase: 'overloaded', weight: 2, onClaude: true },
      { phrase: '529 overloaded', weight: 3 },
      { phrase: 'message: overloaded', weight: 3 },
      // Claude Code's line for the 529 when it prints the body's message alone (anthropics/claude-code#67382).
      { phrase: 'api error: overloaded', weight: 3 },
      { phrase: 'experiencing high load, please use /model', weight: 3 },
      { phrase: 'the api is at capacity', weight: 2 },
      // Zed's line: "Anthropic's API servers are overloaded right now" (zed-industries/zed#34917).
      { phrase: 'api servers are overloaded', weight: 3 },
      { phrase: 'the ai service is temporarily overloaded', weight: 2 },
      // LiteLLM's wrapper around the API's "Overloaded": "litellm.InternalServerError: AnthropicException - Overloaded."
      { phrase: 'anthropicexception - overloaded', weight: 3 },
    ],
    cues: [['overloaded|at capacity|high demand|high load', 'api|server|servers|model|service']],
    specificity: 2,
    statuses: [529],
  },
} satisfies VariantInput;
