import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'llm-request-rejected',
  family: 'extra-usage',
  title: 'LLM request rejected (the message alone)',
  messages: ['LLM request rejected: <message>'],
  status: 400,
  errorType: 'invalid_request_error',
  summary: "OpenClaw's prefix for any rejected request; the words after the colon say which problem it is.",
  cause:
    'OpenClaw formats every 400 invalid_request_error from the API as "LLM request rejected:" followed by the API\'s own message. The prefix alone says only that the API refused the request. The billing messages that began in April 2026 are the most common reason people see it, but a malformed request gives the same prefix, so the text after the colon decides what to do.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Find the full line: the text after "LLM request rejected:".', detail: "Scroll up in the tool's output or open its log; the prefix is never the whole message." },
    { title: 'Paste the whole line into the box on this site, or find its guide in the table.' },
    { title: 'If it mentions extra usage, a credit or claude.ai/settings/usage, it is a billing message: follow that guide.' },
    { title: 'If it mentions messages, tool_use or a field name, the request itself was malformed: see the invalid request guide.' },
  ],
  related: ['extra-usage-add-more', 'out-of-extra-usage', 'org-credit-claim', 'invalid-request', 'still-rejected'],
  sources: [
    common.email,
    githubIssue('techartdev/OpenClawHomeAssistant#83', 'the prefix on a malformed request'),
    common.apiErrors,
  ],
  reviewed: '2026-11-30',
  change: 'Explains that the prefix alone names no cause and how to find the rest.',
  signals: {
    phrases: [{ phrase: 'llm request rejected', weight: 2 }],
    specificity: 0,
    statuses: [400],
    tool: 'OpenClaw',
  },
} satisfies VariantInput;
