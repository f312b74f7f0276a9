import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const bundle = {
  title: 'Claude Code 2.1.328 for Linux x64 on npm (18 November 2026): the message is in its binary',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.328',
  read: readOn.binary328,
};

export default {
  id: 'org-add-more',
  group: 'organization',
  title: 'Organization balance empty: an admin must add funds',
  wordings: [
    {
      text: 'Third-party apps now draw from extra usage, not plan limits. Ask your workspace admin to add more and keep going.',
      surface: 'Anthropic API, to a third-party app signed in with a Team or Enterprise seat',
      firstSeen: '2026-06-17',
      lastSeen: '2026-06-17',
      source: githubIssue('NousResearch/hermes-agent#47723', 'the organization wording in a user report'),
    },
    {
      text: 'Your org is out of usage · add funds to continue',
      surface: 'Claude Code, usage-based Enterprise with its prepaid balance at $0',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: cite(bundle, 'the usage-based Enterprise message when the prepaid balance is at $0, for a member who can add funds'),
    },
    {
      text: 'Your org is out of usage · contact your admin',
      surface: 'Claude Code, usage-based Enterprise with its prepaid balance at $0',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: cite(bundle, 'the same message for a member who has to contact the admin'),
    },
    {
      text: 'Your org is out of extra usage. We let your admin know.',
      surface: 'Claude apps, to a Team or seat-based Enterprise member (quoted by a third-party page)',
      firstSeen: '2026-05',
      source: {
        title: 'fazm.ai: a page on "Your org is out of extra usage. We let your admin know." (verified 17 May 2026)',
        url: 'https://fazm.ai/t/your-org-is-out-of-extra-usage-we-let-your-admin-know',
        claim: 'Quotes the org-level out-of-extra-usage banner a Team or Enterprise member sees, May 2026.',
        read: '2026-12-04',
      },
    },
    {
      text: "You're out of extra usage. Ask your workspace admin to add more so you can keep going.",
      surface: 'Anthropic API (400), to a third-party app signed in with a Team seat',
      firstSeen: '2026-04-08',
      source: githubIssue('anthropics/claude-code#45276', 'the organization form of the out-of-extra-usage body on a Team plan'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    "Your organization's shared balance cannot pay for the request (empty, capped or switched off), and only an Owner, Primary Owner or billing manager can add funds.",
  cause:
    'On Team and seat-based Enterprise plans, usage credits (formerly called extra usage) are one balance for the whole organization: it pays once a seat\'s own limits run out, and since April 2026 it also pays for third-party apps signed in with a work seat. The API sends the first message when that balance cannot cover the request: it is empty, its monthly spend limit is used, or usage credits are off. Usage-based Enterprise has no usage credits at all: every token is billed at API rates, and on a self-serve contract usage stops for everyone when the prepaid balance reaches $0, which is what Claude Code\'s "Your org is out of usage" reports. Members cannot top up the organization, and a personal balance does not count.',
  audience: 'organization',
  actor: 'admin',
  steps: [
    {
      title: 'Send the exact message to an Owner or Primary Owner.',
      detail:
        'On Enterprise, anyone whose custom role has Billing set to "Can manage" can act too. The request-link button on this page drafts the message for you.',
    },
    {
      title: 'The admin opens Organization settings > Usage (claude.ai/admin-settings/usage).',
      detail:
        'There they check that usage credits are turned on and add funds: Team prepays, seat-based Enterprise is billed monthly, usage-based self-serve buys more prepaid balance.',
    },
    {
      title: 'The admin checks the organization monthly spend limit and that usage credits are enabled for you.',
      detail: 'Credits can be on for the organization but off for a member, seat tier or group.',
    },
    {
      title: 'In Claude Code, a member can run /usage-credits to send the request.',
      detail: 'It asks for confirmation first and only works in an interactive session.',
    },
    { title: 'Retry once the admin confirms; restart the tool if it keeps showing the old error.' },
  ],
  related: ['org-credit-claim', 'org-spend-limit-reached', 'member-spend-limit', 'out-of-extra-usage', 'extra-usage-add-more', 'still-rejected'],
  sources: [
    cite(
      common.orgUsageCreditsArticle,
      'Owners and Primary Owners turning usage credits on, adding funds and setting limits at Organization settings > Usage',
    ),
    {
      title: 'Claude Help Center: "How am I billed for my Enterprise plan?" (usage-based billing, prepaid and invoiced)',
      url: 'https://support.claude.com/en/articles/11526368-how-am-i-billed-for-my-enterprise-plan',
      claim: 'usage-based Enterprise billing: prepaid credits that stop everyone at $0, or a monthly invoice',
      read: readOn.helpCenter,
    },
    {
      title: 'Claude Help Center: "Manage custom roles on Enterprise plans" (Billing "Can manage" sets spend limits and usage credits)',
      url: 'https://support.claude.com/en/articles/13930452',
      claim: 'a custom role with Billing "Can manage" setting spend limits and usage credits on Enterprise',
      read: readOn.helpCenter,
    },
    common.emailExtraUsage,
    cite(common.claudeCodeCosts, "/usage-credits sending a member's request to the organization's admins"),
    githubIssue('NousResearch/hermes-agent#47723', 'the organization wording of the third-party refusal (June 2026)'),
    githubIssue('diegosouzapw/OmniRoute#8350', "the organization wording's first sentence through a router (July 2026)"),
    cite(bundle, 'the "Your org is out of usage" messages current in Claude Code 2.1.328'),
  ],
  reviewed: '2026-12-04',
  change:
    'Cites the 3 April 2026 e-mail to the thread that quotes each paragraph; no longer dates the rename of the balance beyond Claude Code\'s; adds the org banner "Your org is out of extra usage" and the Team form of the refusal.',
  signals: {
    phrases: [
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'your organization is out of usage credits', weight: 3 },
      // Claude Code when the organization turned usage credits off for this service (FACTS section 7, bundle 2.1.328; the
      // overage reason org_service_level_disabled, see fields.ts).
      { phrase: 'this service is disabled for your org', weight: 3 },
      { phrase: 'ask your workspace admin to add more', weight: 4 },
      { phrase: 'third-party apps now draw from extra usage, not plan limits', weight: 3 },
      { phrase: 'your org is out of usage', weight: 3 },
    ],
    cues: [
      ['org|organization|organisation|workspace', 'out of', 'usage|extra usage|usage credits|credits'],
      ['workspace admin|your admin', 'add more|add funds|top up'],
    ],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
