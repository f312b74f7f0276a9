import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'rate-limited',
  family: 'service',
  title: 'Rate limited (429)',
  messages: ["This request would exceed your account's rate limit. Please try again later."],
  status: 429,
  errorType: 'rate_limit_error',
  summary: 'Too many requests or tokens per minute; slow down and retry. Nothing to pay.',
  cause:
    'The API caps how many requests and tokens an account may send per minute. A 429 rate_limit_error means this request would cross that line. It passes on its own once the minute rolls over, and it has nothing to do with credit or extra usage.',
  audience: 'api-key',
  actor: 'wait',
  steps: [
    { title: 'Wait a minute and retry; most tools retry with a back-off on their own.' },
    { title: 'Run fewer agents or parallel sessions at once.' },
    { title: "If it happens all day on an API key, check your account's rate limits in the Claude Console." },
  ],
  related: ['overloaded', 'plan-usage-limit'],
  sources: [githubIssue('anthropics/claude-code#54698', 'a 429 rate_limit_error inside a stack trace'), common.apiErrors],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'rate_limit_error', weight: 3 },
      { phrase: "would exceed your account's rate limit", weight: 3 },
      { phrase: 'too many requests', weight: 1 },
    ],
    specificity: 2,
    statuses: [429],
  },
} satisfies VariantInput;
