// The seed articles' cost estimates, kept as data so the page, its tables and the calculator share one copy.
// They are one author's rough figures, not Anthropic's prices: the page says so once, and results say "(estimate)".

/** A dollar range as the seeds give it; `openEnded` marks a top figure written with a "+". */
export interface Range {
  low: number;
  high: number;
  openEnded?: boolean;
}

/** Which end of a range a calculation uses. */
export type Point = 'low' | 'mid' | 'high';

/** The points, in the order a form offers them. */
export const points: readonly Point[] = ['low', 'mid', 'high'];

/** How the form names each point. */
export const pointLabels: Record<Point, string> = {
  low: 'Low end',
  mid: 'Midpoint',
  high: 'High end',
};

/** One of the articles the figures come from: how the page names it, and its address where the article gives one. */
export interface EstimateSource {
  description: string;
  url?: string;
}

/** Who made the estimates: the author of the articles this site began from. */
export const estimateAuthor = 'Matthew Diakonov';

/**
 * His two articles on the Fazm blog. Only the admin one prints its own address; the other is named, not linked,
 * because no public address for it is known here.
 */
export const estimateSources = {
  general: { description: "an article on the error's variants" },
  admin: {
    description: 'an article for workspace admins on the organization credit',
    url: 'https://fazm.ai/blog/llm-request-rejected-organization-credit-workspace-admin',
  },
} satisfies Record<string, EstimateSource>;

/** One tool and way of working, with what the articles' author thinks an hour of it costs at API rates. */
export interface UsagePattern {
  id: string;
  label: string;
  perHour: Range;
}

/** Cost per hour by tool and usage pattern (the variants article, seed 000); its Cursor and Windsurf rows are left out, since neither signs in with a Claude plan. */
export const usagePatterns = [
  { id: 'claude-code', label: 'Claude Code: one agent', perHour: { low: 1, high: 3 } },
  { id: 'parallel-agents', label: 'Claude Code: five or more agents in parallel', perHour: { low: 5, high: 15 } },
  { id: 'vscode-chat', label: 'VS Code extension: chat only', perHour: { low: 0.1, high: 0.3 } },
] as const satisfies readonly UsagePattern[];

export type UsagePatternId = (typeof usagePatterns)[number]['id'];

/** How heavily one developer uses the tools in a day. */
export type Tier = 'light' | 'moderate' | 'heavy';

export const tiers: readonly Tier[] = ['light', 'moderate', 'heavy'];

/** Cost per developer per working day by usage tier (the organization-credit article, seed 004). */
export const perDeveloperDay: Record<Tier, { label: string; example: string; perDay: Range }> = {
  light: { label: 'Light', example: 'autocomplete and the odd chat', perDay: { low: 1, high: 5 } },
  moderate: { label: 'Moderate', example: 'chat through the day, some agent runs', perDay: { low: 5, high: 15 } },
  heavy: { label: 'Heavy', example: 'agent mode, parallel runs, long contexts', perDay: { low: 15, high: 50, openEnded: true } },
};

/** One row of the seeds' auto-reload table: a head-count band and what to reload, at which balance. */
export interface ReloadRow {
  minDevelopers: number;
  maxDevelopers: number;
  reload: Range;
  threshold: number;
}

/** A row's head-count band in words: "one person", "6 to 15 developers", "more than 50 developers". */
export function bandWords(row: ReloadRow): string {
  if (row.maxDevelopers === 1) return 'one person';
  return Number.isFinite(row.maxDevelopers)
    ? `${row.minDevelopers} to ${row.maxDevelopers} developers`
    : `more than ${row.minDevelopers - 1} developers`;
}

/** Auto-reload by team size (the organization-credit article); the 1-person row is the variants article's individual example. */
export const reloadTable: readonly ReloadRow[] = [
  { minDevelopers: 1, maxDevelopers: 1, reload: { low: 10, high: 20 }, threshold: 5 },
  { minDevelopers: 2, maxDevelopers: 5, reload: { low: 50, high: 50 }, threshold: 10 },
  { minDevelopers: 6, maxDevelopers: 15, reload: { low: 100, high: 100 }, threshold: 25 },
  { minDevelopers: 16, maxDevelopers: 50, reload: { low: 250, high: 250 }, threshold: 50 },
  { minDevelopers: 51, maxDevelopers: Number.POSITIVE_INFINITY, reload: { low: 500, high: 500, openEnded: true }, threshold: 100 },
];
