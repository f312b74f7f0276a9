import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

/** The plan whose one-month price each starter credit matched, per the 3 April 2026 email. */
const planByAmount = { 20: 'Pro', 100: 'Max 5x', 200: 'Max 20x' } as const;

/** One starter-credit tier: the three share everything but the amount and the plan it corresponds to. */
export function starterCredit(amount: keyof typeof planByAmount) {
  return {
    id: `starter-credit-${amount}`,
    family: 'extra-usage',
    title: `Starter credit of $${amount} to claim`,
    messages: [
      `Third-party apps now draw from your extra usage, not your plan limits. We've added a $${amount} credit to get you started. Claim it at claude.ai/settings/usage and keep going.`,
    ],
    status: 400,
    errorType: 'invalid_request_error',
    summary: `A third-party app used your Claude login, so the request billed extra usage; a one-time $${amount} credit was offered to start it.`,
    cause: `Since 4 April 2026, requests that an outside app sends with your Claude login are paid from extra usage, a prepaid balance billed at API rates, not from your plan's limits. The $${amount} figure is one month of the ${planByAmount[amount]} plan's price: the one-time credit Anthropic offered when the change began. That offer had to be redeemed by 17 April 2026, and no public source says the date moved, so the credit may no longer be waiting for you.`,
    audience: 'personal',
    actor: 'you',
    steps: [
      { title: 'Open claude.ai/settings/usage while signed in to the account your tool uses.', detail: 'Look for a claim banner and for the extra usage balance.' },
      { title: 'If a claim banner is still there, claim the credit.', detail: 'Then retry the request in your tool.' },
      { title: 'If there is no banner, turn on extra usage and add funds.', detail: 'Set a monthly cap and, if you like, auto-reload so work does not stop again.' },
      {
        title: 'Or stop using your Claude login in this tool.',
        detail: 'Give the tool an API key from the Claude Console (billed per token, separately), or use claude.ai directly, which your plan still covers.',
      },
    ],
    related: ['extra-usage-add-more', 'out-of-extra-usage', 'org-credit-claim', 'still-rejected'],
    sources: [
      common.email,
      common.creditArticle,
      common.usageCreditsArticle,
      githubIssue('anthropics/claude-code#45048', 'the $20 message in a real paste'),
      githubIssue('anthropics/claude-code#45911', 'the $100 message from Claude Code with an appended system prompt'),
    ],
    reviewed: '2026-11-30',
    change: 'Says plainly that the 17 April 2026 claim deadline has passed and lists what still works.',
    signals: {
      phrases: [
        { phrase: 'third-party apps now draw from your extra usage', weight: 3 },
        { phrase: 'credit to get you started', weight: 3 },
        { phrase: 'claim it at claude.ai/settings/usage', weight: 2 },
      ],
      amount,
      specificity: 3,
      statuses: [400],
    },
  } satisfies VariantInput;
}
