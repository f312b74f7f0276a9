import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

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
const oldBundle = {
  title: 'Claude Code 2.1.143 on npm (May 2026): the last release whose /extra-usage request still spoke of extra usage',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code/v/2.1.143',
  read: readOn.factBase,
};

export default {
  id: 'member-spend-limit',
  group: 'organization',
  title: 'Your own spend limit reached (set by your admin)',
  wordings: [
    {
      text: "You've hit your individual spend limit · run /usage-credits to ask your admin for a higher limit",
      surface: 'Claude Code, Team or Enterprise member without billing access',
      firstSeen: '2026-08-20',
      lastSeen: '2026-11',
      source: cite(bundle, 'the member wording that offers /usage-credits to ask the admin for a higher limit'),
    },
    {
      text: "You've hit your individual spend limit · ask your admin for a higher limit",
      surface: 'Claude Code, Team or Enterprise member without billing access',
      firstSeen: '2026-08-20',
      lastSeen: '2026-11',
      source: cite(errorsJa, 'the "ask your admin for a higher limit" form for a member without billing access'),
    },
    {
      text: "You've hit your individual spend limit · run /usage-credits to raise it, or visit claude.ai/admin-settings/usage",
      surface: 'Claude Code, Team or Enterprise member who manages billing',
      firstSeen: '2026-08-05',
      lastSeen: '2026-11',
      source: githubIssue('umputun/ralphex#425', 'the individual limit on a Team plan, in a tool log'),
    },
    {
      text: "You've hit your individual usage limit",
      surface: 'Claude Code, usage-based Enterprise member',
      firstSeen: '2026-09',
      lastSeen: '2026-11',
      source: cite(errorsJa, '"individual usage limit" as the usage-based Enterprise form of the member message'),
    },
    {
      text: 'enforced_spend_limit_reached',
      surface: 'Claude Code, Enterprise per-user cap (error code, as a user reported it)',
      firstSeen: '2026-09-03',
      source: githubIssue('anthropics/claude-code#91928', 'an Enterprise user hits the per-user cap with no warning'),
    },
    {
      text: 'Your usage allocation has been disabled by your admin',
      surface: 'Claude Code, Team or Enterprise member',
      firstSeen: '2026-05-01',
      lastSeen: '2026-11',
      source: githubIssue('umputun/ralphex#317', 'the message on a Team plan, in a tool log'),
    },
    {
      text: "Your seat type doesn't include usage credits",
      surface: 'Claude Code, Team or Enterprise member',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: cite(bundle, 'the refusal for a seat type without usage credits'),
    },
    {
      text: "Your group's usage limit is set to $0",
      surface: 'Claude Code, Enterprise group member',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: cite(bundle, 'the refusal for an Enterprise group whose limit is $0'),
    },
    {
      text: 'Request sent to your admin to increase your usage credit limit.',
      surface: 'Claude Code /usage-credits, 2.1.144 and later',
      firstSeen: '2026-05-19',
      lastSeen: '2026-11',
      source: cite(bundle, 'the reply once a request for a higher limit is sent'),
    },
    {
      text: 'Request sent to your admin to turn on usage credits.',
      surface: 'Claude Code /usage-credits, 2.1.144 and later',
      firstSeen: '2026-05-19',
      lastSeen: '2026-11',
      source: cite(bundle, 'the reply once a request to turn usage credits on is sent'),
    },
    {
      text: 'Request sent to your admin to increase extra usage.',
      surface: 'Claude Code /extra-usage, 2.1.143 and earlier',
      firstSeen: '2026-05',
      lastSeen: '2026-05',
      legacy: true,
      source: cite(oldBundle, 'the 2.1.143 reply to a request for more extra usage, before the rename'),
    },
    {
      text: 'Request sent to your admin to enable extra usage.',
      surface: 'Claude Code /extra-usage, 2.1.143 and earlier',
      firstSeen: '2026-05',
      lastSeen: '2026-05',
      legacy: true,
      source: cite(oldBundle, 'the 2.1.143 reply to a request to enable extra usage, before the rename'),
    },
    {
      text: "You've already sent a usage credit request to your admin.",
      surface: 'Claude Code /usage-credits',
      firstSeen: '2026-06-04',
      lastSeen: '2026-11',
      source: githubIssue('anthropics/claude-code#65444', 'the duplicate-request refusal on a Team or Enterprise account'),
    },
    {
      text: 'Requesting usage credits notifies your organization admins. To review and send the request, run /usage-credits in an interactive Claude Code session.',
      surface: 'Claude Code 2.1.211 and later, in -p or Remote Control',
      firstSeen: '2026-07-15',
      lastSeen: '2026-11',
      source: cite(bundle, 'the note that -p and Remote Control send no request and point to an interactive session'),
    },
  ],
  summary:
    'Your admin set a monthly cap on your own usage credits (or turned them off for you), and you have reached it. The organization may still have money.',
  cause:
    "On Team and Enterprise, Owners and Primary Owners can limit usage credits (formerly called extra usage) per member, per seat tier and, on Enterprise, per group; a member's own limit overrides the group's. Reaching yours stops only you; the organization's balance may be far from empty. The same wall appears when credits are not enabled for you: your allocation is off, your seat type has none, or your group's limit is $0.",
  audience: 'organization',
  actor: 'admin',
  steps: [
    {
      title:
        'If the message offers "run /usage-credits to raise it", you manage billing: raise your own limit there or at claude.ai/admin-settings/usage.',
    },
    {
      title: 'Otherwise run /usage-credits in an interactive Claude Code session and confirm the request.',
      detail: 'In claude.ai, seat-based Enterprise members can use the "Request usage credits" link instead.',
    },
    {
      title: 'The admin raises your limit or turns usage credits on for you at Organization settings > Usage.',
      detail: 'Per member under "Spend limits by user" > "Edit limit", or for your seat tier or group; pending requests are under "Review requests".',
    },
    { title: 'Or wait: a member limit stops your usage credits only until the month ends.' },
  ],
  related: ['org-spend-limit-reached', 'spend-limit-reached', 'org-add-more', 'plan-usage-limit'],
  sources: [
    cite(common.orgUsageCreditsArticle, 'member spend limits, "Request usage credits" and how admins review requests'),
    {
      title: 'Claude Help Center: "Manage groups and group spend limits on Enterprise plans"',
      url: 'https://support.claude.com/en/articles/13799932-manage-groups-and-group-spend-limits-on-enterprise-plans',
      claim: 'group spend limits on Enterprise plans',
      read: readOn.helpCenter,
    },
    {
      title: 'Claude Help Center article 12883420, on Member analytics',
      url: 'https://support.claude.com/en/articles/12883420',
      claim: 'members seeing their own limits in Settings > Usage',
      read: readOn.helpCenter,
    },
    cite(errorsJa, 'the member messages documented for v2.1.281, and a group\'s pooled budget printed as "individual spend limit" before 2.1.268'),
    cite(common.claudeCodeCosts, "/usage-credits sending a member's request to the admins"),
    cite(
      common.claudeCodeChangelog,
      '/usage-credits (2.1.144), confirming before sending (2.1.211), own cap no longer blamed on the org (2.1.221), dismissed requests no longer blocking (2.1.222)',
    ),
    githubIssue('anthropics/claude-code#91928', 'Enterprise per-user caps hit in Claude Code with no warning (feature request)'),
    githubIssue('umputun/ralphex#425', 'a Team member hits the individual limit mid-run (August 2026)'),
    githubIssue('umputun/ralphex#317', "a Team member's allocation disabled by the admin (May 2026)"),
    githubIssue('anthropics/claude-code#65444', 'an earlier request blocking /usage-credits in a new period'),
    cite(bundle, 'the current member messages, and the 2.1.326 fix for "Request sent" on a refused request (embedded changelog)'),
  ],
  reviewed: '2026-12-04',
  change:
    "Dates only Claude Code's rename of extra usage to usage credits (19 May 2026); when the settings page and help center followed is not known.",
  signals: {
    phrases: [
      { phrase: 'hit your individual spend limit', weight: 3 },
      { phrase: 'individual spend limit', weight: 2 },
      { phrase: 'hit your individual usage limit', weight: 3 },
      { phrase: 'enforced_spend_limit_reached', weight: 4 },
      { phrase: 'usage allocation has been disabled by your admin', weight: 3 },
      { phrase: "your seat type doesn't include", weight: 3 },
      { phrase: "your group's usage limit is set to", weight: 3 },
      { phrase: 'request sent to your admin to', weight: 3 },
      { phrase: 'already sent a usage credit request to your admin', weight: 3 },
      { phrase: 'requesting usage credits notifies your organization admins', weight: 3 },
      { phrase: 'ask your admin for a higher limit', weight: 2 },
    ],
    cues: [
      ['individual|per user|member|seat', 'spend|spending|usage', 'limit|cap|allocation'],
      ['request|requested|requesting', 'admin', 'usage credits|extra usage|higher limit'],
    ],
    specificity: 4,
    statuses: [],
  },
} satisfies VariantInput;
