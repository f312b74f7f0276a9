import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'credential-only-for-claude-code',
  group: 'account',
  title: 'Login token only authorized for Claude Code (old refusal)',
  wordings: [
    {
      text: 'This credential is only authorized for use with Claude Code and cannot be used for other API requests.',
      surface: 'Anthropic API (400 invalid_request_error), printed by Claude Code, Roo Code, OpenCode plugins and proxies',
      firstSeen: '2025-09-23',
      lastSeen: '2026-02-10',
      legacy: true,
      source: githubIssue('anthropics/claude-code#8046', 'the 400 body in Claude Code 1.0.120'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'The refusal a Claude subscription token got outside Claude Code until early 2026; since April 2026 such requests get the extra-usage messages instead.',
  cause:
    'A Pro or Max login gives an OAuth token meant for Claude Code. Until early 2026 the API turned that token away with this 400 whenever it judged a request was not Claude Code. From 4 April 2026 Anthropic bills such third-party use to extra usage (since renamed usage credits) and answers with different messages. The last public paste of this one is from 10 February 2026.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Update the tool, plugin or proxy that printed it.',
      detail: 'Seeing this text today usually means an old client, or an old log being re-read.',
    },
    {
      title: 'If the tool keeps failing after the update, read the message it prints now.',
      detail: 'Current refusals for the same situation talk about extra usage or usage credits and have their own guides.',
    },
    {
      title: 'For a tool that is not Claude Code, an Anthropic API key is the supported route.',
      detail: 'It is billed per token from Console credit, with no login involved.',
    },
  ],
  related: ['extra-usage-add-more', 'out-of-extra-usage', 'still-rejected', 'invalid-api-key'],
  sources: [
    common.emailExtraUsage,
    githubIssue('anthropics/claude-code#24690', 'the refusal inside Claude Code on 10 February 2026, the last dated paste found'),
    githubIssue('RooCodeInc/Roo-Code#10566', 'the refusal in Roo Code with a Max plan, January 2026'),
    githubIssue('craft-ai-agents/craft-agents-oss#222', 'a third-party agent app hitting it with a Pro/Max login, February 2026'),
    githubIssue('anthropics/claude-code#8052', 'the first reports from Claude Code users in September 2025'),
  ],
  reviewed: '2026-12-04',
  change: "Cites the 3 April 2026 e-mail to the thread that quotes each paragraph; dates only Claude Code's rename of the balance.",
  signals: {
    phrases: [
      // The API's 401 for a Claude login token sent where only an API key is taken (anthropics/anthropic-sdk-python#988,
      // anthropics/claude-code#45783).
      { phrase: 'oauth authentication is currently not supported', weight: 3 },
      { phrase: 'only authorized for use with claude code', weight: 3 },
      { phrase: 'cannot be used for other api requests', weight: 2 },
    ],
    cues: [['credential|token|oauth', 'only', 'claude code']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
