// Which errors a member can send to an admin, and the compact copy of them the claim page embeds. Pure.
import { adminCanAct } from './ask.ts';

/** One catalogue entry as the admin pages need it: enough to name and quote the error; the admin's text is in guidance.ts. */
export interface ClaimVariant {
  id: string;
  title: string;
  group: string;
  messages: string[];
}

/** The variants a member can send: those an admin can act on, in catalogue order, so new ones appear by themselves. */
export function requestableVariants(
  variants: readonly { id: string; title: string; group: string; actor: string; messages: readonly string[] }[],
): ClaimVariant[] {
  return variants.filter(adminCanAct).map(({ id, title, group, messages }) => ({ id, title, group, messages: [...messages] }));
}

/** The embedded list by id; a missing or malformed block gives an empty map, so the page falls back to general steps. */
export function parseClaimCatalogue(json: string | null | undefined): Map<string, ClaimVariant> {
  try {
    const data: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(data)) return new Map();
    const entries = (data as unknown[]).filter((entry): entry is ClaimVariant => {
      if (typeof entry !== 'object' || entry === null) return false;
      const { id, title, group, messages } = entry as Record<string, unknown>;
      return (
        typeof id === 'string' &&
        typeof title === 'string' &&
        typeof group === 'string' &&
        Array.isArray(messages) &&
        (messages as unknown[]).every((message) => typeof message === 'string')
      );
    });
    return new Map(entries.map((entry) => [entry.id, entry]));
  } catch {
    return new Map();
  }
}
