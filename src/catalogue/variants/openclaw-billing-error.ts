import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';
import { openclawCooldownChange, openclawCooldownMerge } from '../world.ts';

export default {
  id: 'openclaw-billing-error',
  group: 'tool',
  title: 'OpenClaw: "returned a billing error" and the billing cooldown',
  wordings: [
    {
      text: "⚠️ API provider returned a billing error — your API key has run out of credits or has an insufficient balance. Check your provider's billing dashboard and top up or switch to a different API key.",
      surface: 'OpenClaw (API-key login, and claude-cli runs whose login type is not passed on)',
      firstSeen: '2026-02-07',
      lastSeen: '2026-09-10',
      source: githubIssue('openclaw/openclaw#143707', 'OpenClaw 2026.9.3 showing this API-key text to a claude-cli subscription user'),
    },
    {
      text: '⚠️ <provider> (<model>) returned a billing error — check your account for subscription or usage limits, then try again.',
      surface: 'OpenClaw (subscription login: OAuth or setup-token)',
      firstSeen: '2026-06-16',
      lastSeen: '2026-07-16',
      source: githubIssue('openclaw/openclaw#93763', 'the merged change that gives subscription logins this wording'),
    },
    {
      text: '⚠️ <provider> (<model>) returned a billing error — your API key has run out of credits or has an insufficient balance. Check your <provider> billing dashboard and top up or switch to a different API key.',
      surface: 'OpenClaw (API-key wording with the provider and model named)',
      firstSeen: '2026-06-16',
      source: githubIssue('openclaw/openclaw#93763', 'this wording as Claude Max users saw it before the change'),
    },
    {
      text: 'Provider anthropic is in cooldown (billing)',
      surface: 'OpenClaw 2026.9.6, while the Anthropic login is disabled for billing',
      firstSeen: '2026-09-24',
      source: cite(common.openclaw2026_9_6, 'the cooldown line of its model fallback, with the billing reason after it'),
    },
    {
      text: 'Provider anthropic is in cooldown (suspending lanes) (billing)',
      surface: 'OpenClaw, older releases, while the Anthropic login is disabled for billing',
      firstSeen: '2026-07-29',
      legacy: true,
      source: githubIssue('openclaw/openclaw#115642', 'every request failing with the cooldown line for hours'),
    },
    {
      text: 'Provider <provider> has billing issue (skipping all models) (billing)',
      surface: 'OpenClaw model fallback, older releases (2026.9.6 prints it only for login failures)',
      firstSeen: '2026-04-21',
      legacy: true,
      source: githubIssue('deadronos/nanogpt-provider-openclaw#85', 'the same line for another provider, with the fallback log around it'),
    },
  ],
  summary: "OpenClaw's own wrapper for a billing-class refusal from the provider; it hides the real message and then pauses that login for a while.",
  cause:
    'OpenClaw replaces any error it classes as billing (a 402, "credit balance is too low", "out of extra usage", some usage-limit 429s) with one fixed sentence that does not say which it was. After the first such error OpenClaw marks the login disabled:billing and fails every request to that provider at once, with the cooldown or "skipping all models" line, across gateway restarts: in older releases 5 hours at first, doubling up to 24 hours; in 2026.9.6 ten minutes, and each new billing failure starts a new ten-minute window.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Read the provider name in the message.',
      detail: "If it names OpenAI, DeepSeek or any provider other than Anthropic, check that provider's account: Claude is not involved.",
    },
    {
      title: "Find the real error behind it: run `openclaw logs --follow`, send one message, and follow the guide for the provider's own text.",
    },
    {
      title: 'Fix that cause: add usage credits or API credit, wait for the plan reset, or change what made the request look third-party.',
    },
    {
      title: 'Check whether the login is still paused: `openclaw models status` or `openclaw doctor` shows disabled:billing and how long is left.',
    },
    {
      title:
        'Clear the pause for a Claude subscription login by signing in again: `openclaw models auth login --provider anthropic --method cli --set-default`.',
      detail: 'It worked in one report; otherwise wait the window out. A gateway restart does not clear it.',
    },
    {
      title: `Update OpenClaw to a release with pull request #136364 (merged ${openclawCooldownMerge}).`,
      detail: 'It starts a billing pause at 10 minutes instead of 5 hours and resets the count once a window expires; 2026.9.6 has it.',
    },
  ],
  related: ['out-of-extra-usage', 'extra-usage-add-more', 'plan-usage-limit', 'api-credit-too-low', 'still-rejected', 'llm-request-rejected'],
  sources: [
    githubIssue('openclaw/openclaw#143707', 'claude-cli subscribers shown the API-key wording in 2026.9.3, and why'),
    githubIssue('openclaw/openclaw#93763', 'the subscription wording for OAuth and token logins (merged; review of 16 June 2026)', {
      claim: 'The merged change that gives subscription logins their own billing wording; its review is dated 16 June 2026.',
      read: '2026-12-04',
    }),
    githubIssue('zacdcook/openclaw-billing-proxy#54', 'the subscription wording from a live OpenClaw, 16 July 2026'),
    githubIssue('openclaw/openclaw#11359', 'a Claude Max user shown the API-key wording in February 2026'),
    githubIssue('openclaw/openclaw#115642', 'an "out of extra usage" refusal turned into a 5-hour cooldown'),
    githubIssue('openclaw/openclaw#92444', 'disabled:billing outlasting restored credit and restarts'),
    githubIssue('openclaw/openclaw#82212', 'signing in again with the cli method clearing disabled:billing'),
    openclawCooldownChange,
    githubIssue('openclaw/openclaw#124268', 'the backoff settings ignored in a 2026.7 beta'),
    githubIssue('openclaw/openclaw#65399', '`openclaw doctor` reporting "disabled:billing (5h)"'),
    cite(
      common.openclaw2026_9_6,
      'its ten-minute billing pause (docs/concepts/model-failover.md), the cooldown line, and the auth.cooldowns settings retired',
    ),
    {
      title: 'OpenClaw docs: Model failover (billing pauses start at 5 hours, double, cap at 24; auth.cooldowns settings)',
      url: 'https://github.com/openclaw/openclaw/blob/bd64650fe327b392905e1caa727e049a5b5bd3a8/docs/concepts/model-failover.md',
      claim: 'billing pauses that start at 5 hours, double and stop at 24, and the auth.cooldowns settings that change them',
      read: readOn.factBase,
    },
  ],
  reviewed: '2026-12-06',
  change: 'Checked against OpenClaw 2026.9.6: its ten-minute pause and its cooldown line; the backoff settings are retired there.',
  signals: {
    phrases: [
      { phrase: 'returned a billing error', weight: 3 },
      { phrase: 'check your account for subscription or usage limits', weight: 1 },
      { phrase: 'your api key has run out of credits or has an insufficient balance', weight: 1 },
      { phrase: 'in cooldown (suspending lanes) (billing)', weight: 3 },
      // OpenClaw 2026.9.6's model fallback: "Provider anthropic is in cooldown" with the reason after it ("(billing)").
      { phrase: 'is in cooldown (billing)', weight: 3 },
      { phrase: 'has billing issue (skipping all models)', weight: 3 },
      { phrase: 'disabled:billing', weight: 2 },
      { phrase: 'the ai service reported a billing problem', weight: 3 },
    ],
    specificity: 1,
    statuses: [402],
  },
} satisfies VariantInput;
