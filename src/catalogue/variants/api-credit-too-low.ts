import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

export default {
  id: 'api-credit-too-low',
  family: 'account',
  title: 'API credit balance too low',
  messages: [
    'Credit balance too low · Add funds: https://console.anthropic.com/settings/billing',
    'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The tool is using an API key whose Console account has no prepaid credit; often a stray ANTHROPIC_API_KEY.',
  cause:
    "This is about an API key, not your Claude plan. API keys are billed per token from prepaid credit in the Claude Console, separately from any subscription and from extra usage. If you meant to use your Claude login, an ANTHROPIC_API_KEY left in your environment or the tool's settings is taking priority.",
  audience: 'api-key',
  actor: 'you',
  steps: [
    { title: 'Check whether an API key is set: run `echo $ANTHROPIC_API_KEY` (or look in the tool\'s settings).' },
    { title: 'If you meant to use your Claude login, remove the key and sign in again.' },
    { title: 'If you meant to use the key, add credit in the Claude Console billing settings.', detail: 'The console is at console.anthropic.com (also reached as platform.claude.com).' },
  ],
  related: ['invalid-api-key', 'spend-limit-reached', 'extra-usage-add-more'],
  sources: [
    githubIssue('anthropics/claude-code#867', 'Credit balance too low with a Console link'),
    githubIssue('anthropics/claude-code#46277', 'the same message pointing at platform.claude.com'),
    githubIssue('anthropics/claude-code#66314', 'a stray API key taking priority over the login'),
  ],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [
      { phrase: 'credit balance too low', weight: 3 },
      { phrase: 'credit balance is too low', weight: 3 },
      { phrase: 'settings/billing', weight: 1 },
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
