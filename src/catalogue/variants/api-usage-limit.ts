import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const rateLimitsDoc = {
  title: 'Claude API documentation: Rate limits, "Reaching your spend cap" (tier caps, the 429 body, enforced_spend_limit_reached)',
  url: 'https://platform.claude.com/docs/en/api/rate-limits',
  claim: 'the monthly spend cap of each usage tier and its 429 rate_limit_error with error_code enforced_spend_limit_reached and no retry-after',
  read: readOn.factBase,
};

export default {
  id: 'api-usage-limit',
  group: 'account',
  title: 'Console API usage limit reached',
  wordings: [
    {
      text: 'You have reached your specified workspace API usage limits. You will regain access on <date> at 00:00 UTC.',
      surface: 'Anthropic API (400 invalid_request_error): a workspace spend limit set in the Claude Console',
      firstSeen: '2025-05-11',
      lastSeen: '2026-05-04',
      source: githubIssue('anthropics/claude-code#55998', 'the workspace form in the VS Code extension, May 2026'),
    },
    {
      text: 'You have reached your specified API usage limits. You will regain access on <date> at 00:00 UTC.',
      surface: 'Anthropic API (400 invalid_request_error): an organization spend limit set in the Claude Console',
      firstSeen: '2025-06-16',
      lastSeen: '2026-03-27',
      source: githubIssue('continuedev/continue#11934', 'the organization form in Continue, March 2026'),
    },
    {
      text: "You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on <date> at 00:00 UTC.",
      surface: 'Anthropic API (429 rate_limit_error, error_code enforced_spend_limit_reached): the monthly cap of the usage tier',
      firstSeen: '2026-08',
      source: rateLimitsDoc,
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'An API key stopped at a monthly spend limit in the Claude Console: one you set for a workspace or the organization, or your usage tier’s cap.',
  cause:
    'Console organizations can cap their own monthly API spend, for the whole organization or per workspace. When usage reaches such a limit the API answers 400 and names the day access returns, the first of next month at 00:00 UTC. A third kind of stop is the monthly spend cap that comes with the organization’s usage tier: that one arrives as a 429 rate_limit_error without a retry-after header, so retrying does not help. None of this involves a Claude plan or usage credits.',
  audience: 'api-key',
  actor: 'you',
  steps: [
    {
      title: 'Read which limit it names: "workspace", the organization, or the tier threshold.',
    },
    {
      title: 'Organization limit: raise or remove it on the Billing page of the Claude Console.',
      detail: 'A limit you set cannot go above your tier’s monthly cap.',
    },
    {
      title: 'Workspace limit: raise it in that workspace’s limits in the Console, or use a key from another workspace.',
      detail: 'In a shared Console, whoever manages the workspace or billing has to change it.',
    },
    {
      title: 'Tier cap (the 429): request a higher limit or tier, or wait for the date in the message.',
      detail: 'Turn off automatic retries for this case; they fail until access returns.',
    },
    {
      title: 'If you meant to use your Claude subscription, remove the API key from the tool and sign in instead.',
    },
  ],
  related: ['api-credit-too-low', 'rate-limited', 'spend-limit-reached', 'invalid-api-key'],
  sources: [
    cite(common.apiErrors, 'the 400 invalid_request_error and 429 rate_limit_error types these refusals arrive with'),
    rateLimitsDoc,
    githubIssue('anthropics/claude-code#1047', 'the workspace form blocking Claude Code until the first of the next month (2025)'),
    githubIssue('anthropics/claude-code#21484', 'the organization form in Claude Code while the user believed the limit was not reached'),
    githubIssue('anthropics/claude-quickstarts#371', 'workspace spend and rate limits are set in the Console under Settings > Workspaces'),
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide: the workspace and organization 400s and the tier-cap 429.',
  signals: {
    phrases: [
      // The per-user form, in the VS Code extension on a Console account (anthropics/claude-code#56458).
      { phrase: 'reached your specified per-user api usage limits', weight: 3 },
      { phrase: 'reached your specified workspace api usage limits', weight: 3 },
      { phrase: 'reached your specified api usage limits', weight: 3 },
      { phrase: 'you have reached your api usage limits', weight: 3 },
      { phrase: 'crossed its monthly api usage threshold', weight: 3 },
      { phrase: 'you will regain access on', weight: 2 },
      { phrase: 'enforced_spend_limit_reached', weight: 1 },
    ],
    cues: [
      ['api usage', 'limit|limits|threshold'],
      ['regain', 'access'],
    ],
    specificity: 4,
    statuses: [400, 429],
  },
} satisfies VariantInput;
