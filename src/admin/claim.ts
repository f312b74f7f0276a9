// What the admin's page needs beyond the request itself: the embedded catalogue and the choice of steps. Pure.

/** One catalogue entry as the claim page embeds it: enough to explain the error, nothing for the matcher. */
export interface ClaimVariant {
  id: string;
  title: string;
  family: string;
  messages: string[];
  cause: string;
  /** Each step as [title] or [title, detail]. */
  steps: string[][];
}

/** Which list of steps the admin sees: claiming (also with no error named), adding funds, or the error's own guide. */
export function stepsKind(variant: string | undefined): 'claim' | 'add-more' | 'variant' {
  if (!variant || variant === 'org-credit-claim') return 'claim';
  if (variant === 'org-add-more') return 'add-more';
  return 'variant';
}

/** The embedded catalogue by id; a missing or malformed block gives an empty map, so the page falls back to general steps. */
export function parseClaimCatalogue(json: string | null | undefined): Map<string, ClaimVariant> {
  try {
    const data: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(data)) return new Map();
    const entries = data.filter(
      (entry): entry is ClaimVariant =>
        typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.title === 'string' &&
        typeof entry.cause === 'string' && Array.isArray(entry.messages) && Array.isArray(entry.steps),
    );
    return new Map(entries.map((entry) => [entry.id, entry]));
  } catch {
    return new Map();
  }
}
