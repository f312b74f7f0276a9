import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'long-context-needs-credits',
  family: 'extra-usage',
  title: '1M context needs usage credits',
  messages: [
    'Usage credits required for 1M context · turn on usage credits at claude.ai/settings/usage, or use --model to switch to standard context',
  ],
  summary: 'The 1M-token context models are paid from extra usage; with it off, pick a standard-context model instead.',
  cause:
    'Claude Code prints this when the selected model uses the one-million-token context window and your account has no usage credits switched on. Long-context requests are billed from extra usage rather than from the plan, so the tool refuses until extra usage is on or a standard-context model is chosen.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Decide whether you need the 1M context for this task.' },
    { title: 'If not, switch to a standard-context model with --model (or /model inside Claude Code).' },
    { title: 'If you do, turn on extra usage at claude.ai/settings/usage and add funds.', detail: 'Set a monthly cap first: long contexts use many tokens per request.' },
    { title: 'Start the request again.' },
  ],
  related: ['out-of-extra-usage', 'extra-usage-add-more', 'plan-usage-limit'],
  sources: [githubIssue('anthropics/claude-code#61828', 'the message and the two ways out'), common.usageCreditsArticle],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'usage credits required for 1m context', weight: 3 },
      { phrase: 'switch to standard context', weight: 2 },
      { phrase: 'turn on usage credits', weight: 2 },
    ],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
