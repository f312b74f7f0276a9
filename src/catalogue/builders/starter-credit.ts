import type { VariantInput } from '../schema.ts';
import { longDate } from '../dates.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

type Source = VariantInput['sources'][number];

/** What sets one tier apart: the plan whose month it matched, and the dated public paste of its wording. */
interface Tier {
  plan: string;
  firstSeen: string;
  lastSeen: string;
  source: Source;
  /** A later dated paste, when the last sighting is not the first one's source. */
  lastSource?: Source;
}

/** The three tiers; the dates are the first and last dated public pastes of each amount. */
const tiers = {
  20: {
    plan: 'Pro',
    firstSeen: '2026-04-08',
    lastSeen: '2026-04-11',
    source: githubIssue('anthropics/claude-code#45048', 'the $20 wording from Claude Code on 8 April 2026, with extra usage switched on and funded'),
    lastSource: githubIssue('Wei-Shaw/sub2api#1574', 'the $20 wording still arriving on 11 April 2026', {
      claim: 'The latest dated paste of the $20 starter-credit wording: 11 April 2026.',
      read: '2026-12-04',
    }),
  },
  100: {
    plan: 'Max 5x',
    firstSeen: '2026-04-09',
    lastSeen: '2026-04-14',
    source: githubIssue('anthropics/claude-code#45911', 'the $100 wording from Claude Code on 9 April 2026, caused by an appended system prompt'),
  },
  200: {
    plan: 'Max 20x',
    firstSeen: '2026-04-08',
    lastSeen: '2026-04-14',
    source: githubIssue('ianjwhite99/opencode-with-claude#91', 'the $200 wording from an OpenCode plugin on 8 April 2026'),
  },
} satisfies Record<number, Tier>;

/** Third-party summaries of the offer's terms (the help-center article itself could not be read). */
const offerTerms: Source = {
  title: 'smolkin.org, "How to claim the Claude Max credit" (April 2026): claim by 17 April 2026, valid 90 days after claiming',
  url: 'https://www.smolkin.org/blog/2026/04/how-to-claim-claude-max-credit.html',
  claim: "the offer's terms: claim by 17 April 2026, valid 90 days after claiming",
  read: readOn.factBase,
};
const offerAmounts: Source = {
  title:
    'the KodeLab, "Claude Extra Usage Credit" (April 2026): one month of the plan per tier, extra usage had to be on, Enterprise and Console excluded',
  url: 'https://thekodelab.com/en/posts/claude-extra-usage-credit/',
  claim: 'the amounts (one month of the plan: Pro $20, Max 5x $100, Max 20x $200), extra usage switched on, Enterprise and Console excluded',
  read: readOn.factBase,
};

/** One starter-credit tier: the three share everything but the amount and the plan it matched. */
export function starterCredit(amount: keyof typeof tiers) {
  const tier: Tier = tiers[amount];
  return {
    id: `starter-credit-${amount}`,
    group: 'extra-usage',
    title: `$${amount} starter-credit message (offer closed April 2026)`,
    wordings: [
      {
        text: `Third-party apps now draw from your extra usage, not your plan limits. We've added a $${amount} credit to get you started. Claim it at claude.ai/settings/usage and keep going.`,
        surface: 'Anthropic API, for a subscription login classed as a third-party app (shown by Claude Code, OpenCode plugins, pi and others)',
        firstSeen: tier.firstSeen,
        lastSeen: tier.lastSeen,
        legacy: true,
        source: tier.source,
      },
    ],
    status: 400,
    errorType: 'invalid_request_error',
    summary: `An April 2026 refusal that offered a one-time $${amount} credit. The offer closed on 17 April 2026; the same request now needs usage credits, an API key or claude.ai.`,
    cause: `From 4 April 2026 Anthropic stopped paying for requests that outside apps send with a Claude subscription login from the plan's limits and billed them to extra usage instead, the balance now called usage credits. For a short while the API's refusal also offered a one-time credit worth a month of the ${tier.plan} plan, $${amount}. It had to be claimed by 17 April 2026 and lapsed 90 days after it was claimed, so nothing of it can be spent today. The $${amount} wording was last seen on ${longDate(tier.lastSeen)}: a copy met now comes from an old log or thread, or from a tool still showing the reply it stored back then.`,
    audience: 'personal',
    actor: 'you',
    steps: [
      {
        title: 'Check whether the message is current.',
        detail:
          'Run the request again in a restarted tool. A live refusal today reads "Add more at claude.ai/settings/usage" instead of offering a credit.',
      },
      {
        title: 'Open claude.ai/settings/usage, signed in to the account the tool uses, and turn on usage credits.',
        detail: 'Usage credits is the new name of extra usage. There is no credit banner to look for any more.',
      },
      {
        title: 'Add funds and set a monthly spend limit.',
        detail: 'Auto-reload is optional: it tops the balance up when it falls below an amount you pick.',
      },
      {
        title: 'Or give the tool an Anthropic API key instead of your Claude login.',
        detail: 'Keys from the Claude Console are billed per token on their own account, outside your plan.',
      },
      { title: 'Or do the work in claude.ai or Claude Code, which the subscription still covers.' },
    ],
    related: ['extra-usage-add-more', 'out-of-extra-usage', 'org-credit-claim', 'still-rejected'],
    sources: [
      common.emailExtraUsage,
      common.emailSubscriptionCovers,
      cite(
        common.creditArticle,
        "the help center's own page on the one-time credit; its text could not be read, so the terms come from the two summaries cited here",
      ),
      offerTerms,
      offerAmounts,
      cite(common.usageCreditsArticle, 'turning usage credits on, adding funds, a monthly spend limit and auto-reload in Settings > Usage'),
      cite(common.claudeCodeChangelog, 'the rename of extra usage to usage credits in Claude Code 2.1.144 (19 May 2026)'),
      tier.source,
      ...(tier.lastSource ? [tier.lastSource] : []),
      githubIssue('griffinmartin/opencode-claude-auth#145', 'the $100 and $200 wordings still arriving on 14 April 2026, the last dated sightings'),
    ],
    reviewed: '2026-12-04',
    change: `Cites each paragraph of the 3 April 2026 e-mail to the thread that quotes it${tier.lastSource ? `, and dates the last $${amount} wording to ${longDate(tier.lastSeen)}` : ''}.`,
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
