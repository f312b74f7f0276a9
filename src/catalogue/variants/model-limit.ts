import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const errorsPage = {
  title: 'Claude Code docs: Error reference, Opus and Sonnet limits and the unanswered prompt (mirrored copy describing v2.1.286)',
  url: 'https://code.claude.com/docs/en/errors#the-prompt-to-confirm-went-unanswered',
  read: readOn.factBase,
};
const binary = {
  title: 'Claude Code 2.1.328 on npm (@anthropic-ai/claude-code-linux-x64): model-limit templates in the binary',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.328',
  read: readOn.binary328,
};

export default {
  id: 'model-limit',
  group: 'plan-limit',
  title: 'Model limit reached or model needs usage credits',
  wordings: [
    {
      text: "You've hit your Opus limit · resets <time>",
      surface: 'Claude Code (Max plans: the Opus-only weekly cap)',
      firstSeen: '2026-08-22',
      lastSeen: '2026-11-24',
      source: cite(errorsPage, 'the Opus weekly cap message on Max plans'),
    },
    {
      text: "You've hit your Sonnet limit · resets <time>",
      surface: 'Claude Code (Max plans: the Sonnet-only weekly cap)',
      firstSeen: '2026-09-23',
      lastSeen: '2026-11-24',
      source: cite(errorsPage, 'the Sonnet weekly cap message on Max plans'),
    },
    {
      text: "You've hit your Fable limit · resets <time>. Run /usage-credits to continue or switch models with /model.",
      surface: 'Claude Code 2.1.328 and later (the Fable share of weekly limits is spent)',
      firstSeen: '2026-11-18',
      source: cite(common.binary337, 'the Fable limit line, its limit name and its /usage-credits tail; the same in 2.1.328 and 2.1.332'),
    },
    {
      text: "You've reached your Fable limit. Run /usage-credits to continue or switch models with /model.",
      surface: 'Claude Code 2.1.260 (transcripts of September 2026)',
      firstSeen: '2026-09-10',
      lastSeen: '2026-10',
      legacy: true,
      source: cite(
        binary,
        'the /usage-credits tail of the Fable limit line of 2.1.257 and later (2.1.260 transcripts show this form); "You\'ve reached your Fable limit" is now a dialog title',
      ),
    },
    {
      text: "You've reached your Fable 5 limit. Run /usage-credits to continue or switch models with /model.",
      surface: 'Claude Code before 2.1.257',
      firstSeen: '2026-07-03',
      legacy: true,
      source: githubIssue('anthropics/claude-code#73870', 'the Fable 5 limit line, shown while working on Opus'),
    },
    {
      text: '<Model> requires usage credits. Run /usage-credits to continue or switch models with /model.',
      surface: 'Claude Code (a model your plan runs only on usage credits)',
      firstSeen: '2026-11-18',
      lastSeen: '2026-11-24',
      source: cite(binary, 'the refusal for a model the plan runs only on usage credits'),
    },
    {
      text: 'Switched to <model> for this session · <Model> requires usage credits · /model to change',
      surface: 'Claude Code, after the usage-credits prompt is declined or cannot be shown',
      firstSeen: '2026-07-20',
      lastSeen: '2026-08-02',
      source: githubIssue('anthropics/claude-code#83242', 'the consent dialog for Fable 5 and the switch notice after it'),
    },
    {
      text: "You're out of usage credits. Run /usage-credits to keep using <Model> or /model to switch models.",
      surface: 'Claude Code (a credits-only model with an empty balance)',
      firstSeen: '2026-11-18',
      source: cite(binary, 'the refusal for a credits-only model with an empty balance'),
    },
    {
      text: '<Model> now uses usage credits · the prompt to confirm went unanswered — nothing was sent · answer it where this session is running, or /model to change',
      surface: 'Claude Code in Remote Control, background and teammate sessions',
      firstSeen: '2026-08-22',
      source: cite(errorsPage, 'the unanswered usage-credits prompt in Remote Control, background and teammate sessions'),
    },
    {
      text: 'Fable limit reached · continuing on <Model> uses usage credits, and the prompt to confirm went unanswered — nothing was sent · answer it where this session is running, or /model to change',
      surface: 'Claude Code 2.1.257 and later, unattended sessions (before 2.1.257 it began "Fable 5 limit reached")',
      firstSeen: '2026-09',
      source: cite(errorsPage, 'the Fable form of the unanswered prompt in unattended sessions'),
    },
    {
      text: 'Opus weekly limit reached ∙ resets <date, time>',
      surface: 'Claude Code 2.0',
      firstSeen: '2025-10-25',
      legacy: true,
      source: githubIssue('anthropics/claude-code#10333', 'the 2.0-era Opus weekly wording on a Max 20x plan'),
    },
    {
      text: 'Usage credits are required for this model.',
      surface: 'Claude Code',
      firstSeen: '2026-07-17',
      source: githubIssue('anthropics/claude-code#78623', 'the refusal for a model that needs usage credits'),
    },
    {
      text: "You don't have usage credits yet. Set up usage credits on claude.ai to use this model.",
      surface: 'Claude Code',
      firstSeen: '2026-07-23',
      source: githubIssue('anthropics/claude-code#80484', 'the prompt to set up usage credits for a model'),
    },
    {
      text: "<Model> runs on usage credits, purchased separately from your plan. You don't have usage credits yet.",
      surface: 'Claude Code /model',
      firstSeen: '2026-08',
      lastSeen: '2026-09',
      source: githubIssue('anthropics/claude-code#83242', 'the notice that a model runs on usage credits'),
    },
    {
      text: 'Usage credits are turned off. Re-enable to use <Model>.',
      surface: 'Claude Code',
      firstSeen: '2026-09-09',
      source: githubIssue('anthropics/claude-code#79412', 'the notice after usage credits were turned off'),
    },
  ],
  summary:
    'One model family has used its own share of your plan, or the model you picked runs only on usage credits; another model, or usage credits, keeps you working.',
  cause:
    'Besides the session and weekly windows that every model shares, some plans give single model families their own cap: Max plans have Opus-only and Sonnet-only weekly limits, and since 20 July 2026 Max, Team Premium and seat-based Enterprise Premium may spend up to half of their weekly limits on Fable 5. Pro, Team Standard and seat-based Enterprise Standard run Fable 5 on usage credits only. Usage credits were formerly called extra usage. Claude Code asks before it bills them, and stops with one of these lines when the cap is spent, no credits are available, or nobody answers that question.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Switch to a model outside the capped family with /model.',
      detail:
        'The Opus, Sonnet and Fable caps cover only that family, so another model keeps working until the shared window runs out. The next request re-reads the whole conversation without cache hits.',
    },
    {
      title: 'Or keep the model by turning on usage credits with /usage-credits.',
      detail: 'On Pro and Max it opens Settings > Usage on claude.ai; on Team and Enterprise it sends your admins a request.',
    },
    {
      title: 'If the prompt to confirm went unanswered, answer it where the session runs.',
      detail:
        'Send another message at the terminal (attach to a background session first) and answer the prompt when it comes back; a Remote Control client cannot show it.',
    },
    { title: 'Otherwise wait for the reset time in the message; /usage shows each window.' },
  ],
  related: ['plan-usage-limit', 'spend-limit-reached', 'out-of-extra-usage', 'model-not-available'],
  sources: [
    cite(errorsPage, 'Opus and Sonnet caps beside the shared session and weekly limits, and /model as the way to keep working (v2.1.286)'),
    {
      title: 'Claude Code docs: Model configuration, "Fable and usage credits" (mirrored copy describing v2.1.288)',
      url: 'https://code.claude.com/docs/en/model-config#fable-and-usage-credits',
      claim: 'Fable drawing on usage credits once its share of the weekly limits is spent (v2.1.288)',
      read: readOn.factBase,
    },
    {
      title: 'Claude Help Center: "Claude Fable 5 on your plan" (the 50% share and the credits-only plans from 20 July 2026)',
      url: 'https://support.claude.com/en/articles/15424964',
      claim: 'the 50% Fable share of weekly limits and the plans that run Fable on usage credits only from 20 July 2026',
      read: readOn.helpCenter,
    },
    githubIssue('anthropics/claude-code#12487', 'a maintainer on shared windows versus the Opus-only cap'),
    githubIssue('anthropics/claude-code#79576', 'a Max plan switched off Fable 5 while its Fable share showed 3% used'),
    cite(binary, 'the model-limit templates current in 2.1.328, from 18 November 2026'),
  ],
  reviewed: '2026-12-06',
  change: 'Adds the Fable limit line of Claude Code 2.1.328 and later ("You\'ve hit your Fable limit · resets …"), and its warnings before the cap.',
  signals: {
    phrases: [
      // Claude Code's other lines for Fable 5 on usage credits, read from its binaries: 2.1.170 ("Fable 5 is now consuming
      // usage credits instead of your plan limits"), 2.1.181 (its consent dialog and the way to turn them on) and 2.1.240 to
      // 2.1.250 (Fable as the advisor).
      { phrase: 'is now consuming usage credits instead of your plan limits', weight: 3 },
      { phrase: 'draws from usage credits instead of plan limits', weight: 3 },
      { phrase: 'to turn on usage credits. once enabled, run /model to switch to', weight: 3 },
      { phrase: 'as the advisor bills to usage credits', weight: 3 },
      { phrase: "you've hit your opus limit", weight: 3 },
      // Claude Code 2.0's line for the Opus window without a reset time ("Opus limit reached ∙ contact an admin to keep
      // working"; @anthropic-ai/claude-code 2.0.10's cli.js).
      { phrase: 'opus limit reached', weight: 3 },
      { phrase: "you've hit your sonnet limit", weight: 3 },
      { phrase: "you've hit your fable limit", weight: 3 },
      { phrase: 'reached your fable limit', weight: 3 },
      { phrase: 'reached your fable 5 limit', weight: 3 },
      { phrase: 'fable limit reached', weight: 3 },
      { phrase: 'fable 5 limit reached', weight: 3 },
      { phrase: 'opus weekly limit reached', weight: 3 },
      // Claude Code of 2025 switched models itself: "Claude Opus 4 limit reached, now using Sonnet 4" (claude-code#1700).
      { phrase: 'limit reached, now using', weight: 3 },
      { phrase: 'approaching opus usage limit', weight: 3 },
      // The same warnings for a model's own weekly cap in 2.1.328 to 2.1.337 ("Over 90% of your Fable limit used",
      // "You've used 90% of your Opus limit · resets …", "Approaching Sonnet limit"; the 2.1.337 binary).
      { phrase: 'of your opus limit used', weight: 3 },
      { phrase: 'of your sonnet limit used', weight: 3 },
      { phrase: 'of your fable limit used', weight: 3 },
      { phrase: 'of your opus limit · resets', weight: 3 },
      { phrase: 'of your sonnet limit · resets', weight: 3 },
      { phrase: 'of your fable limit · resets', weight: 3 },
      { phrase: 'approaching opus limit', weight: 3 },
      { phrase: 'approaching sonnet limit', weight: 3 },
      { phrase: 'approaching fable limit', weight: 3 },
      // Its lines contain the plan-limit words ("weekly limit reached", "resets"): these keep the model reading ahead.
      { phrase: 'opus weekly limit', weight: 2 },
      { phrase: 'sonnet weekly limit reached', weight: 5 },
      { phrase: 'sonnet weekly limit', weight: 2 },
      { phrase: 'resets', weight: 1 },
      { phrase: 'requires usage credits. run /usage-credits to continue', weight: 3 },
      // Chroxy's chat sentence for that line (blamechris/chroxy, its claude-tui usage-limit reader, October 2026).
      { phrase: 'cannot run this model without usage credits', weight: 3 },
      { phrase: 'requires usage credits · /model to change', weight: 3 },
      { phrase: 'run /usage-credits to keep using', weight: 3 },
      { phrase: 'the prompt to confirm went unanswered', weight: 3 },
      { phrase: 'now uses usage credits', weight: 2 },
      { phrase: 'runs on usage credits', weight: 2 },
      // Claude Code's line when /model opens the usage-credits page for a model that needs them (anthropics/claude-code#80836).
      { phrase: 'once topped up, run /model to switch to', weight: 3 },
      // Claude Code's /model picker on a model that needs usage credits: "1. Manage usage credits on claude.ai ❯ 2. No, keep
      // my current model" (anthropics/claude-code#82429, 2026-07-29, v2.1.220; #83242, #92578).
      { phrase: 'no, keep my current model', weight: 3 },
      { phrase: 'to continue or switch models with /model', weight: 2 },
      { phrase: 'or /model to switch models', weight: 2 },
    ],
    cues: [
      ['opus|sonnet|fable', 'limit', 'reached|hit|exceeded|resets'],
      ['opus|sonnet|fable|model', 'usage credits|extra usage', 'requires|required|uses|runs on|needs'],
    ],
    specificity: 4,
    statuses: [429],
  },
} satisfies VariantInput;
