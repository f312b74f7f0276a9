import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';
import { fastModeOpus48End } from '../world.ts';

const fastModeDocs = {
  title: 'Claude Code docs: "Speed up responses with fast mode" (requirements and messages; mirrored copy)',
  url: 'https://code.claude.com/docs/en/fast-mode',
  read: readOn.docsMirror,
};
const binary = {
  title: 'Claude Code 2.1.332 on npm (@anthropic-ai/claude-code-linux-x64): fast-mode notices in the binary',
  url: 'https://www.npmjs.com/package/@anthropic-ai/claude-code-linux-x64/v/2.1.332',
  read: readOn.binary332,
};

export default {
  id: 'fast-mode-needs-credits',
  group: 'extra-usage',
  title: 'Fast mode needs usage credits',
  wordings: [
    {
      text: 'Fast mode requires usage credits · /usage-credits to turn them on',
      surface: 'Claude Code /fast on a Pro, Max, Team or Enterprise plan',
      firstSeen: '2026-08-22',
      lastSeen: '2026-11-24',
      source: cite(fastModeDocs, 'the "Fast mode requires usage credits" refusal of /fast on a plan without usage credits'),
    },
    {
      text: 'Fast mode disabled · usage credits exhausted',
      surface: 'Claude Code before 2.1.328, when credits ran out mid-session (also a stream-json and Agent SDK notification)',
      firstSeen: '2026-08-22',
      lastSeen: '2026-09-15',
      legacy: true,
      source: githubIssue('monorepo-labs/dray#188', 'the notice captured as a stream-json notification line'),
    },
    {
      text: 'Fast mode disabled · <reason>',
      surface:
        "Claude Code 2.1.328 to 2.1.337: Out of usage credits / usage credit limit reached / Usage credits turned off by your organization / Usage credits turned off for your account / Usage credits aren't available (for your plan)",
      firstSeen: '2026-11-18',
      source: cite(
        common.binary337,
        'the "Fast mode disabled · <reason>" template that names why a session fell back to standard speed; the same in 2.1.328 and 2.1.332',
      ),
    },
    {
      text: 'Usage credits are required for fast mode.',
      surface: 'Anthropic API (429 rate_limit_error) under a subscription login without credits',
      firstSeen: '2026-08-05',
      lastSeen: '2026-09-05',
      source: githubIssue('damianvtran/local-operator#627', 'the 429 refusal captured from a live fast-mode request'),
    },
    {
      text: 'Fast mode has been disabled by your organization',
      surface: 'Claude Code /fast on Team or Enterprise before an Owner enables it',
      firstSeen: '2026-08-22',
      source: cite(fastModeDocs, 'the notice that an organization has disabled fast mode until an Owner enables it'),
    },
    {
      text: 'Fast mode unavailable during evaluation. Please purchase credits.',
      surface: 'Claude Code /fast with a Claude Console account on the free Evaluation plan',
      firstSeen: '2026-08-22',
      source: cite(fastModeDocs, 'the refusal for a Console account on the free Evaluation plan'),
    },
    {
      text: "You've hit your fast limit · resets in <time>",
      surface: 'Claude Code (the separate fast-mode rate limit)',
      firstSeen: '2026-11-24',
      source: cite(binary, 'the "You\'ve hit your fast limit" template of the separate fast-mode rate limit'),
    },
    {
      text: 'This request would exceed your rate limit of 0 fast mode input tokens per minute (org: <org id>, model: <model>).',
      surface: 'Anthropic API (429) for a Console organization without fast-mode access',
      firstSeen: '2026-09-04',
      source: githubIssue('alemtani/vorpal#76', 'a fast-mode request from an organization with no fast-mode capacity'),
    },
    {
      text: 'Fast mode disabled · extra usage credits exhausted',
      surface: 'Claude Code before the May 2026 rename',
      firstSeen: '2026-03-31',
      legacy: true,
      source: githubIssue('anthropics/claude-code#41605', 'the pre-rename notice on a Max plan with a $0.00 balance'),
    },
    {
      text: 'Fast mode disabled · extra usage temporarily unavailable',
      surface: 'Claude Code, early 2026',
      firstSeen: '2026-02-10',
      legacy: true,
      source: githubIssue('anthropics/claude-code#24836', 'the early notice as the title of a report'),
    },
  ],
  status: 429,
  errorType: 'rate_limit_error',
  summary:
    'On a Claude plan, fast mode is paid only from usage credits, even with plan usage left; with none available, /fast is refused or falls back to standard speed.',
  cause:
    "Fast mode runs Opus on a faster, pricier configuration. On Pro, Max, Team and Enterprise it is never covered by the plan's included usage: every fast request is billed to usage credits (formerly called extra usage). With credits off, empty or at their spend limit, /fast refuses, or a running session drops back to standard speed and says so.",
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Decide whether you need fast mode; if not, run /fast to turn it off.',
      detail:
        'Requests at standard speed stay on your plan. CLAUDE_CODE_DISABLE_FAST_MODE=1 turns it off entirely; "fastMode": true in settings turns it back on in every session.',
    },
    {
      title: 'Still on Opus 4.8 with fast mode on? Switch to a newer Opus or turn fast mode off.',
      detail: 'Fast mode on Opus 4.8 was removed on 30 November 2026; since then the API rejects such requests instead of slowing them down.',
    },
    {
      title:
        'On Pro or Max, turn on or top up usage credits with /usage-credits (Settings > Usage on claude.ai), or raise the monthly spend limit there.',
    },
    {
      title:
        'On Team or Enterprise, ask for it: an Owner enables fast mode at Admin Settings > Claude Code, and Owners or Primary Owners turn on usage credits at claude.ai/admin-settings/usage.',
      detail: 'Run /usage-credits to send your admins the credits request.',
    },
    { title: 'On a Claude Console account, buy credits and get fast-mode access provisioned for the organization.' },
  ],
  related: ['spend-limit-reached', 'out-of-extra-usage', 'long-context-needs-credits', 'rate-limited'],
  sources: [
    cite(fastModeDocs, 'that on paid plans every fast-mode request is billed to usage credits, and what happens when they are off, empty or capped'),
    githubIssue('anthropics/claude-code#92745', 'users quoting the /fast refusal and the mid-session notice'),
    githubIssue('anthropics/claude-code#41605', 'the notice on a Max plan with plan usage left and no credits'),
    githubIssue('anthropics/claude-code#83302', 'a Max user quoting the docs: fast mode is outside plan limits'),
    fastModeOpus48End,
    cite(binary, 'the fast-mode notices Claude Code 2.1.332 holds, current on 24 November 2026'),
  ],
  reviewed: '2026-12-06',
  change: '"Fast mode disabled · usage credits exhausted" is an older wording: Claude Code 2.1.328 and later give the reason instead.',
  signals: {
    phrases: [
      { phrase: 'fast mode requires usage credits', weight: 3 },
      // The pre-rename /fast refusal ("… · /extra-usage to enable"): no attributed public paste, so a phrase only.
      { phrase: 'fast mode requires extra usage billing', weight: 3 },
      { phrase: 'fast mode disabled', weight: 3 },
      { phrase: 'usage credits are required for fast mode', weight: 3 },
      { phrase: 'fast mode has been disabled by your organization', weight: 3 },
      { phrase: 'fast mode unavailable during evaluation', weight: 3 },
      { phrase: "you've hit your fast limit", weight: 3 },
      // Its notice when fast mode's own limit switches it off for a while (@anthropic-ai/claude-code 2.1.100's cli.js:
      // "Fast limit reached and temporarily disabled · resets in …").
      { phrase: 'fast limit reached and temporarily disabled', weight: 3 },
      { phrase: 'fast mode input tokens per minute', weight: 3 },
      { phrase: 'usage credits exhausted', weight: 1 },
    ],
    cues: [['fast mode', 'usage credits|extra usage|credits|disabled|unavailable|not available']],
    specificity: 4,
    statuses: [429],
  },
} satisfies VariantInput;
