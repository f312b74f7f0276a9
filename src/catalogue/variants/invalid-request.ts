import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'invalid-request',
  family: 'request',
  title: 'Malformed request (400)',
  messages: [
    'messages.169: tool_use ids were found without tool_result blocks immediately after: <id>. Each tool_use block must have a corresponding tool_result block in the next message.',
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The request itself broke an API rule (e.g. a tool call without its result); a tool bug, not billing.',
  cause:
    'Any 400 invalid_request_error that is not a billing message means the tool built a request the API will not take: a tool_use without its tool_result, a field out of range, a conversation in the wrong shape. Money and plans have nothing to do with it; the fix is in the tool or the conversation it kept.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    { title: 'Start a new session: a damaged conversation history is the usual cause.' },
    { title: 'Update the tool or its plugin to the latest version.' },
    { title: 'If it persists, report it to the tool\'s maintainer with the full message and request id.' },
  ],
  related: ['llm-request-rejected', 'still-rejected', 'overloaded'],
  sources: [githubIssue('techartdev/OpenClawHomeAssistant#83', 'tool_use ids without tool_result blocks'), common.apiErrors],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'tool_use ids were found without tool_result blocks', weight: 3 },
      { phrase: 'must have a corresponding tool_result block', weight: 2 },
      { phrase: 'llm request rejected: <message>', weight: 2 },
      { phrase: 'invalid_request_error', weight: 2 },
    ],
    specificity: 1,
    statuses: [400],
  },
} satisfies VariantInput;
