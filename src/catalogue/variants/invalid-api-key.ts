import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'invalid-api-key',
  family: 'account',
  title: 'Invalid API key (401)',
  messages: ['401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}'],
  status: 401,
  errorType: 'authentication_error',
  summary: 'The API key sent is wrong, revoked, or not the one you think; fix the key, not the balance.',
  cause:
    'The API did not accept the key in the x-api-key header. It may be mistyped, cut short when pasted, revoked in the Console, or overridden by a different key set somewhere else (an environment variable, a shell profile, a project file).',
  audience: 'api-key',
  actor: 'you',
  steps: [
    { title: 'Find which key the tool really sends: check ANTHROPIC_API_KEY and the tool\'s own settings.' },
    { title: 'Compare it with an active key in the Claude Console; create a new one if in doubt.' },
    { title: 'Paste it again in full, restart the tool, and retry.' },
    { title: 'If you meant to use your Claude login instead, remove the key and sign in.' },
  ],
  related: ['oauth-token-expired', 'api-credit-too-low'],
  sources: [
    githubIssue('cline/cline#12', 'invalid x-api-key in Cline'),
    githubIssue('anthropics/claude-code#9694', 'invalid x-api-key in Claude Code logs'),
    common.apiErrors,
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'invalid x-api-key', weight: 3 },
      { phrase: 'authentication_error', weight: 1 },
    ],
    specificity: 3,
    statuses: [401],
  },
} satisfies VariantInput;
