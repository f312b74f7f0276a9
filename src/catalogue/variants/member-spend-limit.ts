import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

const errorsJa = {
  title:
    'Claude Code docs, Japanese error reference: the individual limit messages and older group wording (page mentions v2.1.281, so read after 23 September 2026)',
  url: 'https://code.claude.com/docs/ja/errors#youve-hit-your-monthly-spend-limit',
};
const bundle = {
  title: 'Claude Code 2.1.328 for Linux x64 on npm (18 November 2026): the messages are in its binary',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.328',
};
const oldBundle = {
  title: 'Claude Code 2.1.143 on npm (May 2026): the last release whose /extra-usage request still spoke of extra usage',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code/v/2.1.143',
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
      source: bundle,
    },
    {
      text: "You've hit your individual spend limit · ask your admin for a higher limit",
      surface: 'Claude Code, Team or Enterprise member without billing access',
      firstSeen: '2026-08-20',
      lastSeen: '2026-11',
      source: errorsJa,
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
      source: errorsJa,
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
      source: bundle,
    },
    {
      text: "Your group's usage limit is set to $0",
      surface: 'Claude Code, Enterprise group member',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11',
      source: bundle,
    },
    {
      text: 'Request sent to your admin to increase your usage credit limit.',
      surface: 'Claude Code /usage-credits, 2.1.144 and later',
      firstSeen: '2026-05-19',
      lastSeen: '2026-11',
      source: bundle,
    },
    {
      text: 'Request sent to your admin to turn on usage credits.',
      surface: 'Claude Code /usage-credits, 2.1.144 and later',
      firstSeen: '2026-05-19',
      lastSeen: '2026-11',
      source: bundle,
    },
    {
      text: 'Request sent to your admin to increase extra usage.',
      surface: 'Claude Code /extra-usage, 2.1.143 and earlier',
      firstSeen: '2026-05',
      lastSeen: '2026-05',
      legacy: true,
      source: oldBundle,
    },
    {
      text: 'Request sent to your admin to enable extra usage.',
      surface: 'Claude Code /extra-usage, 2.1.143 and earlier',
      firstSeen: '2026-05',
      lastSeen: '2026-05',
      legacy: true,
      source: oldBundle,
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
      source: bundle,
    },
  ],
  summary:
    'Your admin set a monthly cap on your own usage credits (or turned them off for you), and you have reached it. The organization may still have money.',
  cause:
    "On Team and Enterprise, Owners and Primary Owners can limit usage credits (called extra usage until May 2026) per member, per seat tier and, on Enterprise, per group; a member's own limit overrides the group's. Reaching yours stops only you; the organization's balance may be far from empty. The same wall appears when credits are not enabled for you: your allocation is off, your seat type has none, or your group's limit is $0.",
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
    common.orgUsageCreditsArticle,
    {
      title: 'Claude Help Center: "Manage groups and group spend limits on Enterprise plans"',
      url: 'https://support.claude.com/en/articles/13799932-manage-groups-and-group-spend-limits-on-enterprise-plans',
    },
    {
      title: 'Claude Help Center article 12883420: with Member analytics on, members see their own usage and limits in Settings > Usage',
      url: 'https://support.claude.com/en/articles/12883420',
    },
    errorsJa,
    common.claudeCodeCosts,
    {
      title:
        'Claude Code CHANGELOG: 2.1.211 (confirm before a request is sent), 2.1.221 (own limit no longer blamed on the org), 2.1.222 (dismissed requests stop blocking)',
      url: common.claudeCodeChangelog.url,
    },
    githubIssue('anthropics/claude-code#91928', 'Enterprise per-user caps hit in Claude Code with no warning (feature request)'),
    githubIssue('umputun/ralphex#425', 'a Team member hits the individual limit mid-run (August 2026)'),
    githubIssue('umputun/ralphex#317', "a Team member's allocation disabled by the admin (May 2026)"),
    githubIssue('anthropics/claude-code#65444', 'an earlier request blocking /usage-credits in a new period'),
    bundle,
  ],
  reviewed: '2026-11-30',
  change: 'First version: the member-level cap, credits switched off for one member, and the /usage-credits request texts.',
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
    specificity: 4,
    statuses: [],
  },
} satisfies VariantInput;
