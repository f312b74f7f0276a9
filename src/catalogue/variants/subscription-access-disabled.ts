import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

export default {
  id: 'subscription-access-disabled',
  family: 'account',
  title: 'Subscription access turned off by your organization',
  messages: [
    'Your organization has disabled Claude subscription access for Claude Code · Use an Anthropic API key instead, or ask your admin to enable access',
  ],
  summary: 'An admin policy blocks using the team subscription in Claude Code; use an API key or ask the admin.',
  cause:
    "Your workspace's admins have switched off subscription sign-in for Claude Code. It is a deliberate setting, not a balance problem, so no top-up changes it.",
  audience: 'organization',
  actor: 'admin',
  steps: [
    { title: 'Ask your workspace admin whether Claude Code should use the subscription, and to enable it if so.' },
    { title: 'Or use an Anthropic API key, as the message suggests, billed to the Console account.' },
  ],
  related: ['organization-disabled', 'org-credit-claim'],
  sources: [githubIssue('anthropics/claude-code#83901', 'the subscription-access message')],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'disabled claude subscription access', weight: 3 },
      { phrase: 'use an anthropic api key instead', weight: 2 },
      { phrase: 'ask your admin to enable access', weight: 2 },
    ],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
