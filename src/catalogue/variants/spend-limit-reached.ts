import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'spend-limit-reached',
  family: 'extra-usage',
  title: 'Monthly spend limit reached',
  messages: [
    "You've hit your monthly spend limit. /usage-credits to adjust your monthly spend limit.",
    'You have reached your specified workspace API usage limits. You will regain access on <date>',
  ],
  summary: 'A spending cap that you or an admin set has been reached; raise it or wait for the date it resets.',
  cause:
    'Nothing is broken and the balance may not be empty: a monthly limit chosen on purpose has been reached. In Claude Code it is your own extra usage cap; on the API it is a workspace limit set in the Console, which lifts on the date the message gives.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Check which cap it is: the Claude Code wording points at /usage-credits, the API wording at a workspace limit.' },
    { title: 'For your own cap, run /usage-credits in Claude Code or open claude.ai/settings/usage and raise the monthly limit.' },
    { title: 'For a workspace API limit, ask whoever manages the Console workspace to raise it, or wait for the date shown.' },
  ],
  related: ['out-of-extra-usage', 'org-add-more', 'api-credit-too-low'],
  sources: [
    githubIssue('anthropics/claude-code#67579', 'the monthly spend limit message'),
    githubIssue('anthropics/claude-code#1047', 'the workspace API usage limit message'),
    common.usageCreditsArticle,
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: "you've hit your monthly spend limit", weight: 3 },
      { phrase: 'to adjust your monthly spend limit', weight: 2 },
      { phrase: 'reached your specified workspace api usage limits', weight: 3 },
      { phrase: 'you will regain access on', weight: 2 },
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
