import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';
import { subscriberApiCreditsPage } from '../world.ts';

export default {
  id: 'api-credit-too-low',
  group: 'account',
  title: 'API credit balance too low',
  wordings: [
    {
      text: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      surface: 'Anthropic API (400 invalid_request_error), printed raw by SDKs and most tools',
      firstSeen: '2025-01-09',
      lastSeen: '2026-08-22',
      source: githubIssue('anthropics/claude-code#88711', 'the 400 body in Claude Code 2.1.239, August 2026'),
    },
    {
      text: 'Credit balance too low · Add funds: https://platform.claude.com/settings/billing',
      surface: 'Claude Code, signed in with an API key',
      firstSeen: '2026-04-07',
      lastSeen: '2026-04-10',
      source: githubIssue('anthropics/claude-code#46277', 'the Claude Code line pointing at platform.claude.com'),
    },
    {
      text: 'Credit balance is too low',
      surface: 'Claude Code -p result and the docs’ short form',
      firstSeen: '2025-06-09',
      source: githubIssue('anthropics/claude-code#1826', 'the -p JSON result on a Max account with an API key set'),
    },
    {
      text: 'Credit balance too low · Add funds: https://console.anthropic.com/settings/billing',
      surface: 'Claude Code before the Console moved to platform.claude.com',
      firstSeen: '2025-04-24',
      lastSeen: '2025-11-20',
      legacy: true,
      source: githubIssue('anthropics/claude-code#867', 'the older console.anthropic.com link'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'The request used an API key whose Console organization has no prepaid credit left; often a leftover key that overrides your Claude login.',
  cause:
    'API keys are billed per token from prepaid credit in the Claude Console, apart from any Claude plan and from usage credits. When that credit reaches zero, requests with the key fail with this 400. If you expected your Pro, Max, Team or Enterprise login to pay, a key is winning over it: ANTHROPIC_API_KEY in the environment (always used by claude -p when present) or a primaryApiKey saved in ~/.claude.json by an earlier Console sign-in.',
  audience: 'api-key',
  actor: 'you',
  steps: [
    {
      title: 'In Claude Code, run /status to see whether an API key is the active credential.',
      detail: 'Elsewhere, check ANTHROPIC_API_KEY in the shell that starts the tool, .env files and the tool’s settings.',
    },
    {
      title: 'Meant to use your plan? Unset ANTHROPIC_API_KEY (and remove it from your shell profile), then /login with your Claude account.',
      detail: 'If /status still shows a key, look for primaryApiKey in ~/.claude.json.',
    },
    {
      title: 'Meant to use the key? Add credit at platform.claude.com/settings/billing.',
      detail: 'Auto-reload on the same page refills the balance before it reaches zero.',
    },
  ],
  related: ['api-usage-limit', 'invalid-api-key', 'out-of-extra-usage', 'spend-limit-reached'],
  sources: [
    cite(
      common.claudeCodeErrors,
      'the "Credit balance is too low" entry: a Console organization out of prepaid credit, or an ANTHROPIC_API_KEY or saved Console key used in place of the Claude login',
    ),
    githubIssue('anthropics/claude-code#80713', 'a primaryApiKey in ~/.claude.json silently overriding a Max subscription'),
    githubIssue('anthropics/claude-code#14102', 'ANTHROPIC_API_KEY draining Console credit in -p mode until it was unset'),
    githubIssue('anthropics/claude-code#44559', 'a Max user getting the Claude Code line while sessions billed API credit'),
    githubIssue('anthropics/claude-code#867', 'the message despite money on file, April 2025'),
    subscriberApiCreditsPage,
  ],
  reviewed: '2026-12-04',
  change: 'Adds the monthly API credit that Max, Ultra and Team plans include for a linked Console organization, as Anthropic documents it.',
  signals: {
    phrases: [
      // Claude Code 2.1.337's stop panel for a Console organization's empty balance, where an experiment
      // (tengu_mossy_planet, "stop-link-copy") replaces "Credit balance too low · Add funds" with "Your organization is out
      // of usage credits for Claude Code · Add credits: https://platform.claude.com/settings/billing" (the binary in
      // @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337, npm, 4 December 2026).
      { phrase: 'out of usage credits for claude code', weight: 5 },
      { phrase: 'credit balance too low', weight: 3 },
      { phrase: 'credit balance is too low', weight: 3 },
      { phrase: 'upgrade or purchase credits', weight: 1 },
      { phrase: 'settings/billing', weight: 1 },
    ],
    cues: [
      ['credit|credits', 'balance', 'low|insufficient|exhausted|depleted|zero|negative'],
      ['insufficient|not enough', 'credit|credits|balance'],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
