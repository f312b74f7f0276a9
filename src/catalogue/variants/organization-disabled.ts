import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

export default {
  id: 'organization-disabled',
  group: 'account',
  title: 'Account or organization disabled',
  wordings: [
    {
      text: 'This organization has been disabled.',
      surface:
        'Anthropic API (400 invalid_request_error, shown by Claude Code as "API Error: 400 … This organization has been disabled."), claude.ai, Console',
      firstSeen: '2025-03-14',
      lastSeen: '2026-07-27',
      source: githubIssue('anthropics/claude-code#19028', 'the 400 body in Claude Code 2.1.11'),
    },
    {
      text: "Your account is on hold and can't use Claude Code. View details or appeal: https://claude.ai/restricted",
      surface: 'Claude Code 2.1.235 and later (error code account_on_hold)',
      firstSeen: '2026-08-18',
      lastSeen: '2026-11-24',
      source: {
        title: 'Claude Code docs, Japanese error reference (mentions v2.1.281, so read after 23 September 2026)',
        url: 'https://code.claude.com/docs/ja/errors',
        claim: 'the "account is on hold" message of Claude Code 2.1.235 and later, its error code account_on_hold and the appeal link',
        read: readOn.factBase,
      },
    },
    {
      text: 'Your ANTHROPIC_API_KEY belongs to a disabled organization · Unset the environment variable to use your subscription instead',
      surface: 'Claude Code, when a saved login could take over from the key',
      firstSeen: '2026-08-22',
      lastSeen: '2026-11-24',
      source: cite(
        common.claudeCodeErrors,
        'the message for an ANTHROPIC_API_KEY of a disabled organization, when a subscription login could be used instead',
      ),
    },
    {
      text: 'Your ANTHROPIC_API_KEY belongs to a disabled organization · Update or unset the environment variable',
      surface: 'Claude Code, when the key is the only credential',
      firstSeen: '2026-08-22',
      lastSeen: '2026-11-24',
      source: cite(common.claudeCodeErrors, 'the message for an ANTHROPIC_API_KEY of a disabled organization, when no subscription login is there'),
    },
    {
      text: 'Usage is paused for your organization. For help, please contact support.',
      surface: 'Claude Code 2.1.325 and later, when the organization’s usage is paused (the reason is not documented)',
      firstSeen: '2026-11-13',
      lastSeen: '2026-12-04',
      source: cite(
        common.binary337,
        'the message Claude Code shows when the organization’s usage is paused, which sends the reader to support; also in 2.1.325 and 2.1.328',
      ),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'Anthropic has blocked the account or Console organization behind your login or key; unless a stale API key is to blame, only an appeal or support helps.',
  cause:
    'Anthropic disabled the organization your credential belongs to. For a personal Pro or Max account this is a suspension, usually announced by an email from the Safeguards team with an appeal link; newer Claude Code calls it an account on hold. A Console organization can be disabled too. Since 2.1.325, Claude Code can also say that usage is paused for your organization; it gives no reason and sends you to support. In Claude Code the commonest harmless case is an old ANTHROPIC_API_KEY from a disabled Console organization that overrides a working login. No payment or new login lifts a real suspension.',
  audience: 'personal',
  actor: 'support',
  actorNote:
    'If a stale ANTHROPIC_API_KEY from a disabled Console organization is to blame, unsetting it fixes this at once; a suspended account or a hold can only be lifted by Anthropic, through an appeal or support.',
  steps: [
    {
      title: 'If the message names ANTHROPIC_API_KEY, unset it and remove it from your shell profile or .env file.',
      detail: 'Then start claude again and run /status to check the active credential is your subscription; this case you fix yourself.',
    },
    {
      title: 'Check which account the tool is signed in to.',
      detail: 'A key or login from an old or work account may belong to the disabled organization, not the account you meant to use.',
    },
    {
      title: 'Personal account suspended or on hold: appeal at claude.ai/restricted.',
      detail: 'The same link appears in the on-hold message and in the suspension email.',
    },
    {
      title: 'If the appeal page sends you to claude.ai/new, contact Anthropic support at support.claude.com.',
      detail: 'Several suspended users reported that redirect; quote the request id and the account email.',
    },
    {
      title: 'Need to keep working meanwhile? Use another account or an API key that the block does not cover.',
    },
  ],
  related: ['subscription-access-disabled', 'invalid-api-key', 'oauth-refresh-failed', 'permission-denied'],
  sources: [
    cite(common.claudeCodeErrors, 'a disabled organization or an account on hold, and unsetting a stale ANTHROPIC_API_KEY'),
    githubIssue('anthropics/claude-code#8327', 'a stale ANTHROPIC_API_KEY overriding a Max or Pro login and causing this message'),
    githubIssue('anthropics/claude-code#72668', 'a suspended Pro account: the Safeguards email, and claude.ai/restricted redirecting to /new'),
    githubIssue('anthropics/claude-code#51670', 'the suspension email quoted, and an appeal without an answer for weeks'),
    githubIssue('router-for-me/CLIProxyAPI#3409', 'the 400 reached through a proxy; the maintainer traces it to the upstream account state'),
    githubIssue('CherryHQ/cherry-studio#3340', 'the same 400 in March 2025 through a desktop chat app'),
    cite(common.binary337, 'the paused-usage message of Claude Code 2.1.325 and later, which sends the reader to support'),
  ],
  reviewed: '2026-12-06',
  change: 'Adds Claude Code’s message for an organization whose usage is paused, which sends the reader to support.',
  signals: {
    phrases: [
      // Claude Code 2.1.325 and later when the organization's usage is paused (FACTS section 7, bundle 2.1.328; `dailyCapPaused`
      // in the 2.1.337 binary), also as the reason a /goal stopped ("Goal paused · usage is paused for your organization").
      { phrase: 'usage is paused for your organization', weight: 3 },
      { phrase: 'this organization has been disabled', weight: 3 },
      // Named in prose, without "This" (anthropics/claude-code#5088).
      { phrase: 'organization has been disabled', weight: 3 },
      { phrase: 'belongs to a disabled organization', weight: 3 },
      { phrase: 'your account is on hold', weight: 3 },
      // The same state in Claude Code's OAuth messages (its 2.1.332 binary, npm, 24 November 2026).
      { phrase: 'oauth account is on hold', weight: 3 },
      { phrase: 'account_on_hold', weight: 3 },
      { phrase: 'claude.ai/restricted', weight: 1 },
      // The Safeguards team's e-mail when it suspends an account (anthropics/claude-code#72496).
      { phrase: 'we have revoked your access to claude', weight: 3 },
    ],
    cues: [['organization|organisation|account', 'has been disabled|been suspended|is disabled|is suspended|on hold|been banned|been deactivated']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
