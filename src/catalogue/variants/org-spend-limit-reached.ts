import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, orgUsageLimitOnPersonalPlan, readOn } from '../sources.ts';

const errorsJa = {
  title: 'Claude Code docs, Japanese error reference (mentions v2.1.281)',
  url: 'https://code.claude.com/docs/ja/errors#youve-hit-your-monthly-spend-limit',
  read: readOn.factBase,
};
const bundle = {
  title: 'Claude Code 2.1.328 for Linux x64 on npm (published 18 November 2026)',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.328',
  read: readOn.binary328,
};

export default {
  id: 'org-spend-limit-reached',
  group: 'organization',
  title: 'Organization, team or channel spend limit reached',
  wordings: [
    {
      text: "You've hit your org's monthly spend limit · visit claude.ai/admin-settings/usage to raise it",
      surface: 'Claude Code, Team or Enterprise (you manage billing)',
      firstSeen: '2026-09',
      lastSeen: '2026-11',
      source: cite(errorsJa, 'the org spend-limit message for a member who manages billing'),
    },
    {
      text: "You've hit your org's monthly spend limit · run /usage-credits to raise it, or visit claude.ai/admin-settings/usage",
      surface: 'Claude Code, Team or Enterprise (you manage billing)',
      firstSeen: '2026-08-13',
      lastSeen: '2026-11',
      source: githubIssue('cheapestinference/claude-auto-retry#71', 'the organization spend-limit banner as a tool captured it'),
    },
    {
      text: "You've hit your org's monthly spend limit · ask your admin to raise it at claude.ai/admin-settings/usage · your session limit resets <time> (<tz>)",
      surface: 'Claude Code 2.1.239 and later, when a plan window is used up as well',
      firstSeen: '2026-08-21',
      lastSeen: '2026-11',
      source: cite(errorsJa, 'the org message with the session reset tail, documented for v2.1.281'),
    },
    {
      text: "You've hit your org's monthly spend limit · ask your admin to raise it at claude.ai/settings/usage",
      surface: 'Claude Code before the admin-settings link (also seen on personal accounts; a later form adds ?from=cc_cli_limit_message)',
      firstSeen: '2026-06-14',
      legacy: true,
      source: githubIssue('vm0-ai/vm0#17624', 'the older organization wording in a production log'),
    },
    {
      text: "You've hit your org's monthly usage limit",
      surface: 'Claude Code: usage-based Enterprise; 2.1.119 to at least 2.1.138 (24 April to 19 May 2026) also Pro, Max and Team',
      firstSeen: '2026-04-24',
      lastSeen: '2026-11',
      source: githubIssue('anthropics/claude-code#52908', 'the usage-limit wording on a Pro account, Claude Code 2.1.119'),
    },
    {
      text: "You've hit your team's pooled group budget · <how to raise it>",
      surface: 'Claude Code, November 2026 releases (2.1.328 has it), Enterprise group with a pooled budget',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: cite(bundle, 'the "team\'s pooled group budget" message that replaced the shared-budget one'),
    },
    {
      text: "You've hit your team's shared budget · ask your admin to raise it at claude.ai/admin-settings/usage",
      surface: 'Claude Code 2.1.268 and later until the pooled-budget wording replaced it, Enterprise group',
      firstSeen: '2026-09-10',
      lastSeen: '2026-11',
      legacy: true,
      source: cite(errorsJa, 'the older "team\'s shared budget" message of an Enterprise group'),
    },
    {
      text: "You've hit your channel's monthly spend limit · an org owner or channel manager can raise it in the channel's Claude settings",
      surface: 'Claude Code session started from a Slack channel (Claude Tag)',
      firstSeen: '2026-09',
      lastSeen: '2026-11',
      source: cite(errorsJa, 'the per-channel (Claude in Slack) spend-limit message'),
    },
    {
      text: 'Your org is out of extra usage for the month. We let your admin know.',
      surface: 'Claude apps, to a Team or seat-based Enterprise member (quoted by a third-party page)',
      firstSeen: '2026-05',
      source: {
        title: 'fazm.ai: a page on "Your org is out of extra usage for the month" (2026)',
        url: 'https://fazm.ai/t/your-org-is-out-of-extra-usage-for-the-month-we-let-your-admin-know',
        claim: 'Quotes the monthly form of the org-level banner, for an organization that spent its monthly budget.',
        read: '2026-12-04',
      },
    },
  ],
  status: 429,
  summary:
    "A monthly cap on shared spending has been reached: your organization's, your group's pooled budget, or a Slack channel's. Someone who manages billing must raise it, or you wait for the month to turn.",
  cause:
    'Owners and Primary Owners can cap the organization\'s monthly usage credits (formerly called extra usage) and, on Enterprise, give a group a pooled budget; Claude Tag caps each Slack channel. The word after "You\'ve hit your" says which: org\'s, team\'s (the message does not name the group, so tell the admin who you are) or channel\'s (the organization may still have plenty). Claude Code shows this when your plan cannot cover a request (a plan window is used up, or the model bills only to usage credits) and that cap is spent. On usage-based Enterprise (no usage credits, every token billed) the messages say "usage limit" instead of "spend limit", and the cap works the same way. That word alone proves nothing: until at least 19 May 2026 Pro, Max and Team also got "org\'s monthly usage limit" for their own plan limit.',
  audience: 'organization',
  actor: 'admin',
  steps: [
    {
      title: 'Read which limit the message names: org, team (group) or channel.',
      detail: 'A tail saying when your session or weekly limit resets means your plan window ran out too: after then you can go on without a raise.',
    },
    {
      title: 'If you manage billing, raise it at Organization settings > Usage (claude.ai/admin-settings/usage) or with /usage-credits.',
    },
    {
      title: 'Otherwise ask an Owner or Primary Owner (on Enterprise, a role with Billing "Can manage") to raise it.',
      detail: 'In an interactive session, /usage-credits sends them the request once you confirm; with -p or Remote Control it sends nothing.',
    },
    {
      title:
        "For a channel limit, ask an org owner or the channel manager to raise it on the organization's usage page, beside the Claude in Slack limit.",
    },
    { title: 'Or wait: the cap resets when the next month or billing period starts.' },
    { title: 'On a personal Pro or Max plan, update Claude Code: current versions name your own spend limit or plan window instead.' },
  ],
  related: ['member-spend-limit', 'spend-limit-reached', 'org-add-more', 'plan-usage-limit', 'still-rejected'],
  sources: [
    cite(errorsJa, 'the org, group and channel messages, and a group\'s budget shown as "individual spend limit" before 2.1.268'),
    cite(common.orgUsageCreditsArticle, 'raising the organization monthly spend limit'),
    {
      title: 'Claude Help Center: "Manage groups and group spend limits on Enterprise plans"',
      url: 'https://support.claude.com/en/articles/13799932-manage-groups-and-group-spend-limits-on-enterprise-plans',
      claim: 'group spend limits on Enterprise plans',
      read: readOn.helpCenter,
    },
    {
      title: 'Claude Tag docs: "Set a spend limit"',
      url: 'https://claude.com/docs/claude-tag/admins/set-spend-limit',
      claim: "per-channel limits, set on the organization's usage page",
      read: readOn.factBase,
    },
    cite(common.claudeCodeChangelog, "the 2.1.221 fix (a member's own cap no longer shown as the org's limit) and the reset tail added in 2.1.239"),
    githubIssue('anthropics/claude-code#52908', 'a Pro user shown the org usage-limit wording (April 2026)'),
    githubIssue('anthropics/claude-code#54603', 'the same on an account with no Team or Enterprise plan'),
    githubIssue('umputun/ralphex#336', 'the org usage-limit wording on a Team plan (May 2026)'),
    orgUsageLimitOnPersonalPlan,
    githubIssue('vm0-ai/vm0#17624', 'the older org wording with claude.ai/settings/usage (June 2026)'),
    githubIssue('cheapestinference/claude-auto-retry#71', 'the org banner without a reset time (August 2026)'),
    cite(bundle, 'the org messages current in 2.1.328'),
  ],
  reviewed: '2026-12-04',
  change:
    '"Org\'s monthly usage limit" alone no longer implies usage-based Enterprise; the reset tail can name the weekly reset; adds the monthly form of the org banner.',
  signals: {
    phrases: [
      // Claude Code's /usage-credits request when the organization's cap stops it (disabled reason org_spend_cap_reached or
      // org_level_disabled_until; its binaries from 2.1.190 to 2.1.337: "Your organization's usage credit cap is reached for
      // this period. Contact your admin to raise it.").
      { phrase: "your organization's usage credit cap is reached", weight: 3 },
      // The same 2.1.181 line when the organization's limit stopped it ("… your monthly limit is reached · ask your admin to
      // raise it, or /model to switch models").
      { phrase: 'and your monthly limit is reached · ask your admin to raise it', weight: 5 },
      { phrase: "hit your org's monthly", weight: 3 },
      // Claude Code Review on GitHub, billed to the organization's usage credits (anthropics/claude-code#39678).
      { phrase: "your organization's overage spend limit has been reached", weight: 3 },
      { phrase: "org's monthly spend limit", weight: 2 },
      { phrase: "hit your team's shared budget", weight: 3 },
      { phrase: "hit your team's pooled group budget", weight: 3 },
      { phrase: "hit your channel's monthly", weight: 3 },
      { phrase: 'channel manager can raise it', weight: 2 },
    ],
    cues: [['org|organization|organisation|team|channel|workspace', 'monthly|spend|spending|overage|budget', 'limit|budget|cap']],
    specificity: 4,
    statuses: [429],
  },
} satisfies VariantInput;
