import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'empty-text-block',
  group: 'request',
  title: 'Empty text block in the conversation',
  wordings: [
    {
      text: 'messages: text content blocks must be non-empty',
      surface: 'Anthropic API (shown by Claude Code, the Agent SDK, Bolt and others)',
      firstSeen: '2024-12-27',
      lastSeen: '2026-05-16',
      source: githubIssue('anthropics/claude-code#59812', 'Claude Code 2.1.143 printing it behind "API Error: 400"'),
    },
    {
      text: 'messages: text content blocks must contain non-whitespace text',
      surface: 'Anthropic API',
      firstSeen: '2026-01-17',
      lastSeen: '2026-02-05',
      source: githubIssue('anthropics/claude-code#23440', 'the whitespace-only form in Claude Code'),
    },
    {
      text: 'The content field in the Message object at messages.<n> is empty. Add a ContentBlock object to the content field and try again.',
      surface: 'Amazon Bedrock Converse API (ValidationException)',
      firstSeen: '2026-02-09',
      source: githubIssue('cline/cline#9213', "Bedrock's Converse wording behind Cline, 9 February 2026", {
        claim: "Bedrock's Converse API refused a Claude Opus 4.6 request from Cline with this empty-message wording.",
        read: '2026-12-04',
      }),
    },
    {
      text: 'messages.<n>: all messages must have non-empty content except for the optional final assistant message',
      surface: 'Anthropic API',
      firstSeen: '2025-07-25',
      source: githubIssue('anthropics/claude-code#4416', 'a whole empty message in Claude Code 1.0.60'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The history your tool sent contains a text block (or a whole message) with nothing in it. A bug in the tool, not your account.',
  cause:
    "The API rejects any text block that is empty or holds only spaces and line breaks, and any message with no content except a final assistant turn. Claude Code's changelog names one source, a reply aborted mid-stream that left whitespace beside a thinking block; proxies that translate from another format can copy an empty system or user field. Reporters also suspect empty tool or hook output and compaction. Once a blank block is in the history, it is sent again with every new message.",
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Leave the broken turn behind.',
      detail:
        'Press Esc twice or run /rewind in Claude Code to go back past it; elsewhere start a new session. Sending more messages in the same session repeats the error.',
    },
    {
      title: 'Update the tool, SDK and any proxy.',
      detail:
        'Claude Code 2.1.33 fixed the aborted-reply case. A proxy that translates from OpenAI format has to drop or fill empty text before forwarding.',
    },
    {
      title: 'Report it if it returns.',
      detail: 'Say what happened just before: an interrupted reply, a hook, a compaction, a model switch.',
    },
  ],
  related: ['tool-result-mismatch', 'thinking-blocks', 'invalid-request'],
  sources: [
    cite(common.apiErrors, 'the 400 invalid_request_error that carries these messages'),
    cite(common.claudeCodeChangelog, 'the 2.1.33 fix for a reply aborted mid-stream that left whitespace beside a thinking block'),
    githubIssue('anthropics/claude-code#53473', 'the full JSON body in Claude Code'),
    githubIssue('prateekmedia/claude-agent-sdk-pi#15', 'through the Agent SDK; only restarting the session helped'),
    githubIssue('BiFangKNT/mtga#68', 'a proposed proxy change that fills empty text before forwarding'),
    githubIssue('continuedev/continue#9605', 'the whitespace form from Continue'),
  ],
  reviewed: '2026-12-04',
  change: "Adds Amazon Bedrock's Converse wording of an empty message (February 2026).",
  signals: {
    phrases: [
      // An empty text block with a cache breakpoint (anthropics/claude-code#50082).
      { phrase: 'cache_control cannot be set for empty text blocks', weight: 3 },
      { phrase: 'text content blocks must be non-empty', weight: 3 },
      { phrase: 'text content blocks must contain non-whitespace text', weight: 3 },
      { phrase: 'all messages must have non-empty content', weight: 3 },
      // Amazon Bedrock's Converse API: "The content field in the Message object at messages.45 is empty."
      { phrase: 'add a contentblock object to the content field', weight: 3 },
      // Bedrock's Converse form for a blank text block, any model's: Claude's where Bedrock shows it serving Claude (BerriAI/litellm#7169).
      { phrase: 'the text field in the contentblock object', weight: 3, onCloud: true },
    ],
    cues: [
      ['text content|text block|text blocks|content blocks|content block|content field', 'empty|non empty|non whitespace|blank|whitespace'],
      ['content|message|messages|text', 'must be non empty|must not be empty|cannot be empty|must have non empty'],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
