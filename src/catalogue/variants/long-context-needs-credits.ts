import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const errorsPage = {
  title: 'Claude Code docs: Error reference, "Usage credits required for 1M context" (mirrored copy describing v2.1.286)',
  url: 'https://code.claude.com/docs/en/errors#usage-credits-required-for-1m-context',
  read: readOn.factBase,
};
const modelConfig = {
  title: 'Claude Code docs: Model configuration, "Extended context" (plans that include 1M; mirrored copy describing v2.1.288)',
  url: 'https://code.claude.com/docs/en/model-config#extended-context',
  claim: 'Its plan table: on Pro, Opus with 1M context requires usage credits; Max, Team and Enterprise include it.',
  read: '2026-08-22',
};
const contextArticle = {
  title: 'Claude Help Center: article 8606394, the 1M window in Claude Code by model and plan',
  url: 'https://support.claude.com/en/articles/8606394',
  claim:
    'Which models have a 1M window in Claude Code, that Pro users need usage credits for Opus 1M, and that Sonnet 4.6 1M needs them except on usage-based Enterprise.',
  read: '2026-12-04',
};

export default {
  id: 'long-context-needs-credits',
  group: 'extra-usage',
  title: '1M context needs usage credits',
  wordings: [
    {
      text: 'API Error: Usage credits required for 1M context · run /usage-credits to turn them on (they take effect after you restart Claude Code), or /model to switch to standard context',
      surface: 'Claude Code 2.1.268 and later (interactive)',
      firstSeen: '2026-09-10',
      lastSeen: '2026-11-24',
      source: cite(
        errorsPage,
        'the 2.1.268 message saying usage credits take effect after a restart, which replaced the form of 2.1.144 to 2.1.267 (documented for v2.1.286)',
      ),
    },
    {
      text: 'API Error: Usage credits required for 1M context · turn on usage credits at https://claude.ai/settings/usage?from=cc_cli_limit_message (they take effect in a new session), or use --model to switch to standard context',
      surface: 'Claude Code 2.1.328 and later (-p, VS Code, Xcode)',
      firstSeen: '2026-11-18',
      source: cite(
        common.binary337,
        'the form without slash commands, and the hint that names no command or address with Remote Control on or in a hosted session; also in 2.1.328',
      ),
    },
    {
      text: 'API Error: Usage credits required for 1M context · turn on usage credits at claude.ai/settings/usage, or use --model to switch to standard context',
      surface: 'Claude Code (-p, VS Code, Xcode), older versions',
      firstSeen: '2026-05-23',
      lastSeen: '2026-06-17',
      legacy: true,
      source: githubIssue('anthropics/claude-code#64469', 'the message in the VS Code extension on a Max plan'),
    },
    {
      text: 'Usage credits are required for long context requests.',
      surface: 'Anthropic API (429 rate_limit_error)',
      firstSeen: '2026-05-23',
      lastSeen: '2026-08-13',
      source: githubIssue('anthropics/claude-code#61808', 'the renamed API refusal behind Claude Code on a Max plan'),
    },
    {
      text: 'API Error: Usage credits required for 1M context · run /usage-credits to turn them on, or /model to switch to standard context',
      surface: 'Claude Code 2.1.144 to 2.1.267',
      firstSeen: '2026-05-19',
      lastSeen: '2026-09',
      legacy: true,
      source: githubIssue('anthropics/claude-code#61869', 'the message with the opusplan model on 2.1.144'),
    },
    {
      text: 'Extra usage is required for long context requests.',
      surface: 'Anthropic API (429 rate_limit_error), before the May 2026 rename',
      firstSeen: '2026-02-13',
      lastSeen: '2026-05-05',
      legacy: true,
      source: githubIssue('anthropics/claude-code#42616', 'the 429 in a Claude Code debug log on a Max plan'),
    },
    {
      text: 'API Error: Extra usage is required for 1M context · run /extra-usage to enable, or /model to switch to standard context',
      surface: 'Claude Code before 2.1.144 (interactive)',
      firstSeen: '2026-04-12',
      lastSeen: '2026-05-12',
      legacy: true,
      source: githubIssue('anthropics/claude-code#58437', 'the pre-rename message on a Pro plan with extra usage turned on'),
    },
    {
      text: 'API Error: Extra usage is required for 1M context · enable extra usage at claude.ai/settings/usage, or use --model to switch to standard context',
      surface: 'Claude Code before 2.1.144 (VS Code extension)',
      firstSeen: '2026-05-13',
      lastSeen: '2026-05-18',
      legacy: true,
      source: githubIssue('anthropics/claude-code#58730', 'the pre-rename message in the VS Code extension'),
    },
  ],
  status: 429,
  errorType: 'rate_limit_error',
  summary:
    'The model variant you picked uses the 1M-token context window, which your plan only includes through usage credits; pick the standard variant or turn credits on.',
  cause:
    'This is an entitlement check, not a spent quota: it fires while your session and weekly limits still have room. In Claude Code on paid plans, Sonnet 5, Fable 5 and Opus 4.6, 4.7 and 4.8 offer a 1M window. Opus with 1M context is included on Max, Team and Enterprise but needs usage credits on Pro, Opus 4.7 and 4.8 included; Sonnet 4.6 with 1M context needs them on every paid plan except usage-based Enterprise; Sonnet 5 needs none on any plan (Fable itself can still bill credits on some plans). Usage credits were formerly called extra usage.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Run /model and pick the variant without [1m]; from a script, start it with --model and a standard model.',
      detail:
        'If it keeps coming back, a 1M model id is set elsewhere (settings, ANTHROPIC_MODEL); CLAUDE_CODE_DISABLE_1M_CONTEXT=1 removes the 1M variants altogether.',
    },
    {
      title: 'If it appeared mid-conversation because the context grew past 200K tokens, let Claude Code compact it.',
      detail:
        'Since 2.1.172 it compacts back under the standard limit by itself; on older versions run /clear, since even /compact repeated the error.',
    },
    {
      title: 'To keep the 1M context on Pro or Max, turn on usage credits with /usage-credits (Settings > Usage), then restart Claude Code.',
      detail: 'The session stays at the standard limit until you restart or start a new one.',
    },
    {
      title:
        'On Team or Enterprise, run /usage-credits to ask your admins, or ask an Owner or Primary Owner to turn credits on at claude.ai/admin-settings/usage.',
    },
  ],
  related: ['fast-mode-needs-credits', 'model-limit', 'spend-limit-reached', 'rate-limited'],
  sources: [
    cite(errorsPage, 'the 1M-context refusal as an entitlement check, auto-compaction since 2.1.172, and /model or /usage-credits as the ways out'),
    modelConfig,
    contextArticle,
    cite(common.usageCreditsArticle, 'turning usage credits on in Settings > Usage on a Pro or Max plan'),
    cite(common.claudeCodeChangelog, 'the rename to usage credits in 2.1.144 and the auto-compaction back under 200K tokens in 2.1.172'),
    githubIssue('anthropics/claude-code#42616', 'the raw 429 in a debug log'),
    githubIssue('anthropics/claude-code#70609', 'Pro on Opus 4.8 held at 200K', {
      claim: 'Pro without usage credits does not get the 1M window on Opus 4.8.',
      read: '2026-12-04',
    }),
    githubIssue('anthropics/claude-code#86356', 'the refusal on Claude Pro with 43% of the session used'),
    githubIssue('anthropics/claude-code#69154', 'the message in the Xcode agent on a Pro plan bought through Apple'),
  ],
  reviewed: '2026-12-06',
  change: 'Checked against Claude Code 2.1.337: the current form without slash commands, and the hint in desktop and Remote Control sessions.',
  signals: {
    phrases: [
      // Claude Code's own line (its 2.1.190 and 2.1.260 linux-x64 binaries on npm): "Extra usage is required for long
      // context".
      { phrase: 'extra usage is required for long context', weight: 3 },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'usage credits are required for long context', weight: 3 },
      { phrase: 'required for 1m context', weight: 3 },
      // February 2026, before usage credits paid for it: a 1M model picked on a plan without it (anthropics/claude-code#27945,
      // #23822).
      { phrase: 'the long context beta is not yet available for this', weight: 3 },
      { phrase: 'usage credits are required for long context requests', weight: 3 },
      { phrase: 'extra usage is required for long context requests', weight: 3 },
      { phrase: 'for long context requests', weight: 1 },
      { phrase: 'to switch to standard context', weight: 2 },
      { phrase: 'ask your admin to turn on usage credits', weight: 1 },
    ],
    cues: [['1m|1m context|long context|1 million', 'usage credits|extra usage']],
    specificity: 4,
    statuses: [429],
  },
} satisfies VariantInput;
