// The byte budgets, in gzip bytes for a first view (14,600 B: ten TCP packets, the first round trip), for
// check-budgets.mjs (which enforces them) and bench.mjs (which reports against them).
export const budgets = { home: 25_000, guide: 14_600 };
