import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'overloaded',
  family: 'service',
  title: 'Overloaded (529)',
  messages: ['529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'],
  status: 529,
  errorType: 'overloaded_error',
  summary: "Anthropic's servers are busy. Wait and retry; it is not your account and there is nothing to pay.",
  cause:
    'A 529 overloaded_error (sometimes a 500 api_error saying "Overloaded") means the service is short of capacity at that moment. Your account, balance and settings are fine; the same request usually succeeds a little later.',
  audience: 'personal',
  actor: 'wait',
  steps: [
    { title: 'Wait a minute and retry; let the tool\'s own retries run.' },
    { title: 'If it lasts, check Anthropic\'s status page for an incident.' },
    { title: 'For urgent work, try a different model for a while.' },
  ],
  related: ['rate-limited', 'invalid-request'],
  sources: [
    githubIssue('anthropics/claude-code#5184', 'repeated 529 overloaded_error with retries'),
    githubIssue('anthropics/claude-code#4250', 'overloaded errors in Claude Code'),
    githubIssue('cline/cline#53', 'a 529 in Cline'),
    common.apiErrors,
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'overloaded_error', weight: 3 },
      { phrase: 'overloaded', weight: 2 },
    ],
    specificity: 2,
    statuses: [529, 500],
  },
} satisfies VariantInput;
