import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

export default {
  id: 'oauth-token-expired',
  family: 'account',
  title: 'Login expired (401)',
  messages: [
    'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"OAuth token has expired. Please obtain a new token or refresh your existing token."}} · Please run /login',
  ],
  status: 401,
  errorType: 'authentication_error',
  summary: 'The sign-in the tool holds has expired; log in again.',
  cause:
    'Tools that use your Claude login keep an OAuth token that expires. When it lapses and is not refreshed, requests are refused with a 401 authentication_error until you sign in again. Billing is not involved.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Run /login in Claude Code, or sign in again in your tool.' },
    { title: 'If it keeps expiring, update the tool: older versions refresh tokens less reliably.' },
  ],
  related: ['invalid-api-key', 'still-rejected'],
  sources: [githubIssue('netra-systems/zen#11', 'OAuth token has expired with the /login hint')],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'oauth token has expired', weight: 3 },
      { phrase: 'please run /login', weight: 2 },
      { phrase: 'authentication_error', weight: 1 },
    ],
    specificity: 3,
    statuses: [401],
  },
} satisfies VariantInput;
