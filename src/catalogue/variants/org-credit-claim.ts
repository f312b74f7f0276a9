import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'org-credit-claim',
  group: 'organization',
  title: 'Organization credit message (April 2026 offer, now over)',
  wordings: [
    {
      text: "Third-party apps now draw from extra usage, not plan limits. We've added a credit to your organization to get you started. Ask your workspace admin to claim it and keep going.",
      surface: 'Anthropic API, to a third-party app signed in with a Team seat',
      firstSeen: '2026-04-09',
      lastSeen: '2026-04-09',
      legacy: true,
      source: githubIssue('lehdqlsl/opencode-claude-auth-sync#11', 'the organization credit message pasted by a user on 9 April 2026'),
    },
  ],
  status: 400,
  summary:
    'An April 2026 refusal that pointed at a one-time credit for your organization. The claim window closed on 17 April 2026, so nothing is left to claim.',
  cause:
    "When third-party apps were moved off plan limits on 4 April 2026, their requests from a Team seat began to be paid from the organization's extra usage (now called usage credits). Eligible organizations were offered a one-time credit at the same time, and this refusal told members to have an admin accept it. The credit had to be claimed by 17 April 2026 and lapsed 90 days after it was claimed, so it no longer exists. A fresh sighting today means an old log or an outdated tool; the organization's real need is usage credits that are switched on and funded.",
  audience: 'organization',
  actor: 'admin',
  steps: [
    {
      title: 'Check the date on the log or screenshot that shows the message.',
      detail: 'If it is from April 2026, it is history: run the tool again and look up the error it prints now.',
    },
    {
      title: 'Update the app, plugin or proxy, restart it and retry.',
      detail: 'Read the new message. "Ask your workspace admin to add more" means the organization balance guide.',
    },
    {
      title: 'Ask an Owner or Primary Owner to turn on usage credits and add funds.',
      detail:
        'They do it at Organization settings > Usage (claude.ai/admin-settings/usage). On Enterprise, a custom role with Billing set to "Can manage" can do it too.',
    },
    { title: 'If the balance is funded and requests still fail, read the still-rejected guide.' },
  ],
  related: ['org-add-more', 'member-spend-limit', 'starter-credit-20', 'still-rejected'],
  sources: [
    common.emailExtraUsage,
    cite(
      common.creditArticle,
      "the help center's own page on the April 2026 one-time credit for Pro, Max and Team; its text could not be read, so its terms come from summaries",
    ),
    cite(common.orgUsageCreditsArticle, 'Owners and Primary Owners turning usage credits on and adding funds for a Team organization today'),
    githubIssue('lehdqlsl/opencode-claude-auth-sync#11', 'a Team user meets the organization credit message (9 April 2026)'),
  ],
  reviewed: '2026-12-04',
  change: "Cites the 3 April 2026 e-mail to the thread that quotes each paragraph; dates only Claude Code's rename of the balance.",
  signals: {
    phrases: [
      { phrase: 'third-party apps now draw from extra usage, not plan limits', weight: 2 },
      { phrase: 'credit to your organization', weight: 3 },
      { phrase: 'ask your workspace admin to claim it', weight: 3 },
    ],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
