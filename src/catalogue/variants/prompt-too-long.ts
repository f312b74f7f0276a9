import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'prompt-too-long',
  group: 'request',
  title: "Prompt too long for the model's context window",
  wordings: [
    {
      text: 'prompt is too long: <n> tokens > <max> maximum',
      surface: 'Anthropic API (and Amazon Bedrock), shown by pi, Bolt, Claude Code logs and others',
      firstSeen: '2024-10-24',
      lastSeen: '2026-03-09',
      source: githubIssue('earendil-works/pi#102', 'the raw 400 from the API with its token counts'),
    },
    {
      text: 'Prompt is too long',
      surface: 'Claude Code',
      firstSeen: '2026-02-07',
      lastSeen: '2026-08',
      source: githubIssue('anthropics/claude-code#46348', 'Claude Code repeating "Prompt is too long" instead of compacting'),
    },
    {
      text: 'Error during compaction: Conversation too long. Press esc twice to go up a few messages and try again.',
      surface: 'Claude Code /compact',
      firstSeen: '2026-02-01',
      lastSeen: '2026-08',
      source: githubIssue('anthropics/claude-code#22418', '/compact itself failing on a full conversation'),
    },
    {
      text: 'input length and `max_tokens` exceed context limit: <input> + <max_tokens> > <limit>, decrease input length or `max_tokens` and try again',
      surface: 'Anthropic API',
      firstSeen: '2025-02-28',
      lastSeen: '2025-10-27',
      source: githubIssue('docker/docker-agent#569', 'the input-plus-max_tokens form and the fix a tool must make'),
    },
    {
      text: 'Input is too long for requested model.',
      surface: 'Amazon Bedrock (400 ValidationException), shown by Claude Code and other tools that call Claude there',
      firstSeen: '2025-04-10',
      source: githubIssue('anthropics/claude-code#760', 'the same refusal from Claude on Amazon Bedrock, April 2025', {
        claim: 'Claude Code on Amazon Bedrock answered a full context with "API Error: 400 Input is too long for requested model." on 10 April 2025.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: "The conversation, files and tool definitions no longer fit the model's context window. Not a billing limit.",
  cause:
    'Every request carries the whole conversation so far, plus the system prompt, tool definitions, memory files and anything attached. When that total passes the model\'s context window (the number after ">" in the API\'s message), the API refuses the request. Tools normally compact or trim the history before that happens; the error means that did not happen in time, or that one turn added more than was left. An older form counts the reserved output (max_tokens) against the same window.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Free up the window: compact or start fresh.',
      detail:
        'In Claude Code run /compact, or /clear to start over (the old conversation stays in /resume). In other tools, start a new conversation or use their summarise command.',
    },
    {
      title: 'If /compact itself fails, step back first.',
      detail: 'Press Esc twice, go up a few messages to drop the latest turns, then run /compact again.',
    },
    {
      title: 'Shrink what every request carries.',
      detail: 'Run /context to see what fills the window; disable MCP servers you are not using (/mcp disable <name>) and trim a large CLAUDE.md.',
    },
    {
      title: 'Point at big files instead of pasting them.',
      detail: 'Give the path so the tool can read the file in parts, rather than pasting the whole text into the prompt.',
    },
  ],
  related: ['request-too-large', 'long-context-needs-credits', 'max-tokens-too-large', 'invalid-request'],
  sources: [
    cite(common.claudeCodeErrors, '/compact, /clear and /context as the ways to free the context window'),
    cite(common.claudeCodeChangelog, 'Claude Code compacting the history before it outgrows the window, and fixes to compaction'),
    githubIssue('earendil-works/pi#102', 'the raw message; the maintainer explains it as running past the context window'),
    githubIssue('anthropics/claude-code#46348', 'Claude Code stuck on "Prompt is too long" until a manual /compact'),
    githubIssue('anthropics/claude-code#22418', '"Error during compaction: Conversation too long" on /compact'),
    githubIssue('docker/docker-agent#569', 'the input-plus-max_tokens form; the fix proposed is sizing max_tokens to the room left'),
  ],
  reviewed: '2026-12-04',
  change: 'Adds Amazon Bedrock\'s wording of the same refusal, "Input is too long for requested model."',
  signals: {
    phrases: [
      // Factory's droid for "prompt is too long" or a 413 from any provider (@factory/cli-linux-x64 0.225.2).
      { phrase: 'context limit exceeded. please remove some context and try again', weight: 2, onClaude: true },
      // Claude Code's line when a reply stopped because the conversation filled the context window (stop reason
      // `model_context_window_exceeded`; its linux-x64 binaries 2.1.190 to 2.1.325: "API Error: The model has reached its
      // context window limit."). The fix is this guide's: compact or clear.
      { phrase: 'the model has reached its context window limit', weight: 3 },
      // Continue's CLI checking the context before it sends, for any provider (@continuedev/cli 1.5.47: "Anthropic: Context
      // length validation failed: Context length exceeded: input (…) + max_tokens (…) + buffer (…) = … > context_limit (…)").
      { phrase: 'context length validation failed', weight: 2, onClaude: true },
      // Claude Code 2.1's own line for "Prompt is too long" (@anthropic-ai/claude-code 2.1.100's cli.js: "Context limit
      // reached · /compact or /clear to continue", or "· /clear to continue" where compacting is off).
      { phrase: 'context limit reached · /compact or /clear to continue', weight: 3 },
      { phrase: 'context limit reached · /clear to continue', weight: 3 },
      // aider's notice when LiteLLM reports the context window exceeded ("Model claude-… has hit a token limit! …
      // possibly exhausted context window!", Aider-AI/aider's aider/coders/base_coder.py).
      { phrase: 'has hit a token limit! token counts below are approximate', weight: 2, onClaude: true },
      { phrase: 'possibly exhausted context window', weight: 2, onClaude: true },
      // Claude Code's /compact that could not get under the window (anthropics/claude-code#73823).
      { phrase: 'conversation could not be reduced below the context limit', weight: 3 },
      // kiro-gateway's wording of the window reached for a Claude model served through Kiro (minpeter/kiro-lb).
      { phrase: 'conversation size exceeds model capacity', weight: 3 },
      // Claude Code's log when too little room is left to answer (anthropics/claude-code#5346), and the Text Completions
      // era's refusal (stanford-crfm/helm's Anthropic client).
      { phrase: 'is less than floor_output_tokens', weight: 3 },
      { phrase: 'prompt length + max_tokens exceeds max', weight: 3 },
      // The Claude apps before sending (dataforseo/mcp-server-typescript#14) and Claude Code's older compaction failure and
      // warning (anthropics/claude-code#6616, #7047).
      { phrase: 'your message will exceed the length limit for this chat', weight: 3 },
      // The same in German (the Help Center's article 12466728 in German, a stored copy read on 6 December 2026: "Ihre
      // Nachricht überschreitet das Längenlimit für diesen Chat."). Its Japanese is in src/catalogue/translations.ts.
      { phrase: 'ihre nachricht überschreitet das längenlimit für diesen chat', weight: 3 },
      { phrase: 'conversation too long. press esc to go up a few messages', weight: 3 },
      { phrase: 'context low · run /compact', weight: 3 },
      // OpenClaw's rewrites of any provider's context overflow (openclaw/openclaw#119487, #6134, #64250).
      { phrase: 'context overflow: prompt too large for the model', weight: 2, onClaude: true },
      // Its earlier copy of the same (openclaw-cn 2026.1.31, OpenClaw 2026.1 with its own defaults: "⚠️ Context overflow —
      // prompt too large for this model").
      { phrase: 'context overflow — prompt too large for this model', weight: 2, onClaude: true },
      { phrase: "context limit exceeded. i've reset our conversation", weight: 2, onClaude: true },
      // Its newer copy for the same overflow, and for a turn that compaction could not save (openclaw 2026.9.6 on npm,
      // published 2026-09-24: its user-copy and reply modules).
      { phrase: 'prompt too large for this model', weight: 2, onClaude: true },
      { phrase: 'this conversation is too large for the model', weight: 2, onClaude: true },
      { phrase: 'context is too large and auto-compaction', weight: 2, onClaude: true },
      { phrase: 'prompt is too long', weight: 3 },
      { phrase: 'prompt_too_long', weight: 2 },
      // The 2025 form, sent with a 413 (anthropics/claude-code#6358).
      { phrase: 'request size exceeds model context window', weight: 3 },
      // A tool's own words for a prompt over the window, where Claude is named.
      { phrase: 'context window exceeded', weight: 2, onClaude: true },
      { phrase: 'exceeds the context window', weight: 2, onClaude: true },
      { phrase: 'maximum context length', weight: 2, onClaude: true },
      { phrase: 'input length and max_tokens exceed context limit', weight: 3 },
      { phrase: 'conversation too long. press esc twice', weight: 3 },
      { phrase: 'input is too long for requested model', weight: 3 },
      // The Claude apps' own line when a conversation fills the window ("Claude hit the maximum length for this
      // conversation. Please start a new conversation…"; pixelsock/directus-mcp#9, Claude Desktop with an MCP server).
      { phrase: 'hit the maximum length for this conversation', weight: 3 },
    ],
    cues: [
      [
        'prompt|input|context|conversation',
        'too long|too large|exceeds|exceed|exceeded',
        'tokens|context window|context limit|context length|maximum',
      ],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
