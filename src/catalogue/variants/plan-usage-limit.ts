import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

export default {
  id: 'plan-usage-limit',
  family: 'plan-limit',
  title: "Plan's usage limit reached",
  messages: [
    "You've hit your limit · resets 3:30am (<time zone>)",
    'Claude AI usage limit reached|<epoch seconds>',
    'Sonnet weekly limit reached · resets <day and time>',
  ],
  summary: "Your plan's own session or weekly allowance is used up; it comes back at the reset time shown.",
  cause:
    "Claude plans include usage that refills on a rolling session window and a weekly one. This message means one of those windows is used up. It is not about extra usage or third-party apps: it comes from Anthropic's own tools running on your plan, and it clears by itself at the reset time.",
  audience: 'personal',
  actor: 'wait',
  steps: [
    { title: 'Read the reset time in the message; the number after "|" is a Unix timestamp in seconds.' },
    { title: 'Wait for the reset, or switch to a smaller model for lighter work.' },
    { title: 'If you cannot wait, turn on extra usage at claude.ai/settings/usage to keep going past the plan.' },
  ],
  related: ['rate-limited', 'out-of-extra-usage', 'long-context-needs-credits'],
  sources: [
    githubIssue('anthropics/claude-code#6119', 'usage limit reached with an epoch time'),
    githubIssue('anthropics/claude-code#24511', "You've hit your limit with a reset time"),
    githubIssue('anthropics/claude-code#22976', 'the weekly limit wording'),
    githubIssue('anthropics/claude-code#12702', 'limit messages in Claude Code'),
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: "you've hit your limit", weight: 3 },
      { phrase: 'usage limit reached', weight: 3 },
      { phrase: 'weekly limit reached', weight: 3 },
      { phrase: 'resets', weight: 1 },
    ],
    specificity: 2,
    statuses: [429],
  },
} satisfies VariantInput;
