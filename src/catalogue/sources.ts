import type { VariantInput } from './schema.ts';

type Source = VariantInput['sources'][number];
/** A source named once and cited for different claims: `cite` adds the claim of each use. */
type SharedSource = Omit<Source, 'claim'>;

/** The days the fact base read each kind of source (FACTS.md, "Source kinds"), named once for every entry that cites one. */
export const readOn = {
  /** GitHub threads, the CHANGELOG, third-party pages and copies read for the fact base as of 30 November 2026. */
  factBase: '2026-11-30',
  /** The capture of the Help Center articles: no earlier than this day (kind SUP). */
  helpCenter: '2026-07-24',
  /** The docs mirror's snapshot (kind DOC). */
  docsMirror: '2026-08-22',
  /** The Claude API errors page. */
  apiErrors: '2026-08-20',
  /** The published Claude Code 2.1.328 binary (kind BIN). */
  binary328: '2026-11-18',
  /** The published Claude Code 2.1.332 binary (kind BIN). */
  binary332: '2026-11-24',
  /** Claude Code 2.1.337 (npm, 4 December 2026), read from its binary on 6 December 2026. */
  binary337: '2026-12-06',
} as const;

/** Sources cited by several guides, named once so their titles, addresses and read dates stay the same everywhere. */
export const common = {
  /** OpenClaw's newest release on npm, read from its installed code and docs. */
  openclaw2026_9_6: {
    title: 'OpenClaw 2026.9.6 on npm (24 September 2026), its newest release: its code and docs',
    url: 'https://www.npmjs.com/package/openclaw/v/2026.9.6',
    read: '2026-12-06',
  },
  /** Claude Code 2.1.337 as the Claude Agent SDK 0.3.337 ships it; each guide cites it with the claim it checks there. */
  binary337: {
    title: 'Claude Code 2.1.337 for Linux x64, inside the Claude Agent SDK 0.3.337 on npm (4 December 2026): its binary',
    url: 'https://www.npmjs.com/package/@anthropic-ai/claude-agent-sdk-linux-x64/v/0.3.337',
    read: readOn.binary337,
  },
  emailExtraUsage: {
    title: 'Anthropic email of 3 April 2026, the paragraph on extra usage (quoted in rynfar/meridian#255)',
    url: 'https://github.com/rynfar/meridian/issues/255',
    claim: 'From 4 April 2026 third-party harnesses draw on extra usage, and the one-time credit and discounted bundles can cover it.',
    read: '2026-12-04',
  },
  emailSubscriptionCovers: {
    title: 'Anthropic email of 3 April 2026, the paragraph on what the subscription still covers (quoted in paperclipai/paperclip#2681)',
    url: 'https://github.com/paperclipai/paperclip/issues/2681',
    claim:
      'Enforcement starts on 4 April with OpenClaw, and the subscription still covers all Claude products, Claude Code and Claude Cowork included.',
    read: '2026-12-04',
  },
  creditArticle: {
    title: 'Claude Help Center: "Extra usage credit for Pro, Max, and Team plans" (the April 2026 one-time credit)',
    url: 'https://support.claude.com/en/articles/14246053-extra-usage-credit-for-pro-max-and-team-plans',
    read: readOn.factBase,
  },
  usageCreditsArticle: {
    title: 'Claude Help Center: "Manage usage credits for paid Claude plans" (formerly "Extra usage for paid Claude plans")',
    url: 'https://support.claude.com/en/articles/12429409-extra-usage-for-paid-claude-plans',
    read: readOn.helpCenter,
  },
  orgUsageCreditsArticle: {
    title: 'Claude Help Center: "Manage usage credits for Team and seat-based Enterprise plans"',
    url: 'https://support.claude.com/en/articles/12005970-manage-usage-credits-for-team-and-seat-based-enterprise-plans',
    read: readOn.helpCenter,
  },
  agentSdkArticle: {
    title: 'Claude Help Center: "Use the Claude Agent SDK with your Claude plan"',
    url: 'https://support.claude.com/en/articles/15036540',
    read: readOn.helpCenter,
  },
  agentSdkPauseEmail: {
    title: 'Anthropic email of 15 June 2026 pausing the Agent SDK change (quoted in griffinmartin/opencode-claude-auth#223)',
    url: 'https://github.com/griffinmartin/opencode-claude-auth/issues/223',
    read: readOn.factBase,
  },
  apiErrors: {
    title: 'Claude API documentation: Errors',
    url: 'https://platform.claude.com/docs/en/api/errors',
    read: readOn.apiErrors,
  },
  claudeCodeErrors: {
    title: 'Claude Code documentation: Error reference',
    url: 'https://code.claude.com/docs/en/errors',
    read: readOn.docsMirror,
  },
  claudeCodeCosts: {
    title: 'Claude Code documentation: Manage costs, usage credits and admin requests',
    url: 'https://code.claude.com/docs/en/costs',
    read: readOn.docsMirror,
  },
  claudeCodeChangelog: {
    title: 'Claude Code CHANGELOG (anthropics/claude-code)',
    url: 'https://github.com/anthropics/claude-code/blob/main/CHANGELOG.md',
    read: readOn.factBase,
  },
} satisfies Record<string, SharedSource | Source>;

/** A shared source as cited for one claim: each use says what it supports there. */
export function cite(source: SharedSource, claim: string): Source {
  return { ...source, claim };
}

/**
 * A GitHub issue or pull request cited as `owner/repo#number`. `about` is what the site cites it for: it becomes the
 * entry's claim, read with the fact base. When the thread is named by its subject and cited for a separate claim, pass
 * `cited`: the title then carries `about` and the claim is `cited.claim`.
 */
export function githubIssue(ref: `${string}/${string}#${number}`, about: string, cited?: { claim: string; read: string }): Source {
  const [repo, number] = ref.split('#') as [string, string];
  const url = `https://github.com/${repo}/issues/${number}`;
  return cited ? { title: `${ref}: ${about}`, url, ...cited } : { title: ref, url, claim: about, read: readOn.factBase };
}

/** Claude's own Telegram channel plugin printing the out-of-extra-usage refusal behind the "LLM request rejected:" prefix. */
export const telegramOutOfExtraUsage = githubIssue(
  'anthropics/claude-code#44702',
  "Claude's Telegram plugin printing the out-of-extra-usage refusal, 7 April 2026",
  {
    claim:
      "Anthropic's own Telegram plugin (anthropics/claude-plugins-official) printed the out-of-extra-usage refusal with the LLM request rejected prefix.",
    read: '2026-12-04',
  },
);

/** The last public sighting of "org's monthly usage limit" printed for a personal plan's own window. */
export const orgUsageLimitOnPersonalPlan = githubIssue(
  'anthropics/claude-code#60563',
  'the org usage-limit text for a personal 5-hour limit (2.1.138, 19 May 2026)',
  {
    claim: 'The April–May 2026 "org\'s monthly usage limit" text stood for a personal plan\'s own window; last seen on 19 May 2026 (2.1.138).',
    read: '2026-12-04',
  },
);
