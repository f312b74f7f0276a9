import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

export default {
  id: 'subscription-access-disabled',
  group: 'account',
  title: 'Claude Code refused your subscription login',
  wordings: [
    {
      text: 'Your organization has disabled Claude subscription access for Claude Code · Use an Anthropic API key instead, or ask your admin to enable access',
      surface: 'Claude Code 2.1.126 and later (error code oauth_org_not_allowed); still the Team and Enterprise text',
      firstSeen: '2026-05-27',
      lastSeen: '2026-09-03',
      source: githubIssue('anthropics/claude-code#62722', 'the message in Claude Code 2.1.152'),
    },
    {
      text: "Claude Code can't use your Claude subscription, usually because a payment is past due · Pay or renew at https://claude.ai/settings/billing (if you just paid, try again shortly), or use an Anthropic API key instead",
      surface: 'Claude Code 2.1.328 and later, Pro and Max accounts',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11-24',
      source: {
        title: 'npm @anthropic-ai/claude-code-linux-x64 2.1.328 (published 18 November 2026): the text is in the binary',
        url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.328',
        claim: 'the Pro and Max wording for a past-due payment, in the binary of 2.1.328',
        read: readOn.binary328,
      },
    },
    {
      text: 'OAuth authentication is currently not allowed for this organization.',
      surface: 'Anthropic API: 403 permission_error since 2026 (a 401 authentication_error in 2025), seen raw in logs and other tools',
      firstSeen: '2025-08-28',
      lastSeen: '2026-06-05',
      source: githubIssue('anthropics/claude-code#63886', 'the 403 permission_error body on a personal Pro account'),
    },
    {
      text: 'Your subscription payment is past due. Please pay your overdue invoice to restore access.',
      surface: 'claude.ai and Claude Desktop',
      firstSeen: '2026-03-10',
      lastSeen: '2026-06-01',
      source: githubIssue('anthropics/claude-code#64480', 'the claude.ai text next to the Claude Code refusal, with the invoice already paid'),
    },
    {
      text: 'Your account does not have access to Claude Code. Please run /login.',
      surface: 'Claude Code, early 2026 versions',
      firstSeen: '2026-03-04',
      lastSeen: '2026-04-09',
      legacy: true,
      source: githubIssue('anthropics/claude-code#30854', 'the older text on a Max account that /login did not fix'),
    },
    {
      text: 'Your subscription is paused. Pay your invoice to restore access.',
      surface: 'claude.ai and Claude Code, after a missed payment',
      firstSeen: '2026-04-08',
      lastSeen: '2026-06-14',
      source: githubIssue('anthropics/claude-code#45186', 'the paused-subscription message after a failed payment'),
    },
  ],
  status: 403,
  errorType: 'permission_error',
  summary:
    'The API will not let your Claude login run Claude Code: on Pro and Max usually an unpaid invoice, on Team and Enterprise an organization setting.',
  cause:
    'The API answers 403 permission_error (oauth_org_not_allowed): the organization behind your login may not use Claude Code with its subscription. Every Pro or Max account has a personal organization, which is why the text talks about an admin even when you are alone. For personal plans the usual trigger is a past-due payment; on Team and Enterprise it is a server-side setting. Logging in again with the same account changes nothing.',
  audience: 'personal',
  actor: 'support',
  actorNote:
    'If a payment is past due, you can pay it yourself at claude.ai/settings/billing; if it is paid and you are still blocked, only Anthropic support can lift it; on a Team or Enterprise seat, an Owner of your organization decides.',
  steps: [
    {
      title: 'Personal Pro or Max: open claude.ai/settings/billing and pay or renew.',
      detail: 'If claude.ai shows "Your subscription payment is past due", that invoice is the block.',
    },
    {
      title: 'Wait a little after paying, then retry.',
      detail: 'The newest Claude Code says to try again shortly after a payment; /login with the same account does not speed it up.',
    },
    {
      title: 'Paid and still refused: contact Anthropic support from support.claude.com.',
      detail: 'Give the account email and the request id (req_…) from the error; several paying users were only unblocked this way.',
    },
    {
      title: 'Team or Enterprise: ask an Owner to enable Claude Code access for the organization.',
      detail: 'An admin who cannot find the option is told by the docs to contact Anthropic support.',
    },
    {
      title: 'Meanwhile, or instead: sign in with a Claude Console API key.',
      detail: 'The key is billed per token to its Console account, separately from the subscription.',
    },
  ],
  related: ['organization-disabled', 'permission-denied', 'api-credit-too-low', 'oauth-token-expired'],
  sources: [
    cite(common.claudeCodeErrors, 'the oauth_org_not_allowed message, and an Owner enabling Claude Code or contacting support'),
    cite(common.claudeCodeChangelog, 'Claude Code showing this guidance instead of the login screen since 2.1.126'),
    githubIssue('anthropics/claude-code#64480', 'a Max invoice marked paid while the account stays past_due and Claude Code stays blocked'),
    githubIssue('anthropics/claude-code#83945', 'a personal Max account with no admin to ask (Claude Code 2.1.221)'),
    githubIssue('anthropics/claude-code#91834', 'a personal Pro account with current billing, still blocked in September 2026', {
      claim: 'A counter-example: on a personal plan the block is usually, not always, a billing problem.',
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#65044', 'a personal Max account blocked on a bare prompt, with no billing problem reported (June 2026)', {
      claim: 'A second counter-example to billing as the only cause on a personal plan.',
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#45186', '"Your subscription is paused. Pay your invoice to restore access." in April 2026', {
      claim: 'The paused-subscription wording of the past-due case, 8 April 2026.',
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#68478', 'the paused-subscription wording again in June 2026', {
      claim: 'The paused-subscription wording still printed on 14 June 2026.',
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#63621', 'access still disabled after an overdue balance was paid'),
    githubIssue('anthropics/claude-code#6752', 'the 2025 form as a 401, answered with "your subscription has lapsed"'),
  ],
  reviewed: '2026-12-04',
  change:
    'On personal plans billing is the usual cause, not nearly the only one (two counter-examples); adds the "subscription is paused" text of the past-due case.',
  signals: {
    phrases: [
      // Claude Code's short status for the same 403 (oauth_org_not_allowed), its 2.1.195 source as restored in
      // Haoping-Xiao/claude-code-sourcemap, src/services/api/errors__m1.ts.
      { phrase: 'org disabled oauth — use api key or ask admin', weight: 3 },
      // The sign-in page for an account whose plan it does not see (anthropics/claude-code#70189).
      { phrase: 'claude max or pro is required to connect to claude code', weight: 3 },
      { phrase: 'disabled claude subscription access', weight: 3 },
      { phrase: "claude code can't use your claude subscription", weight: 3 },
      { phrase: 'oauth authentication is currently not allowed', weight: 3 },
      { phrase: 'oauth_org_not_allowed', weight: 3 },
      { phrase: 'subscription payment is past due', weight: 3 },
      { phrase: 'your account does not have access to claude code', weight: 3 },
      { phrase: 'use an anthropic api key instead', weight: 1 },
      { phrase: 'ask your admin to enable access', weight: 1 },
    ],
    cues: [
      ['subscription', 'past due|paused|disabled|suspended|not allowed|overdue'],
      ['oauth', 'not allowed|not permitted|disabled', 'organization|org'],
    ],
    specificity: 3,
    statuses: [403],
  },
} satisfies VariantInput;
