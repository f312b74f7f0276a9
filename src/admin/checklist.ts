// The admin's checklist: which items a request gets and how their ticks are kept in localStorage. Pure: no DOM.
import { checklistFor, generalGuidance, guidanceFor, type ChecklistItem } from './guidance.ts';
import { encodeRequest, requestFields, sanitizeRequest, type AdminRequest } from './request.ts';

export type { ChecklistItem } from './guidance.ts';

/** The checklist of the admin guide, and of the claim page when the link carries no request. */
export const generalChecklist: readonly ChecklistItem[] = checklistFor(generalGuidance.steps);

/** The checklist for one request, from its variant's steps. */
export function checklistForRequest(request: AdminRequest): ChecklistItem[] {
  return checklistFor(guidanceFor(request.variant).steps);
}

// The version changes only if the stored format does; v1 held one list shared by every request.
const keyPrefix = 'llm-request-rejected:admin-checklist:v2';

/** The key of the admin guide's checklist. */
export const generalChecklistKey = keyPrefix;

/** FNV-1a over UTF-16 code units, as 8 hex digits: short keys, and a member's note is not copied into the key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Where one request's ticks are kept: the variant and a fingerprint of every field, so a different request starts
 * with an empty list while reopening the same link finds its ticks. A link without any field shares the guide's key.
 */
export function checklistKey(request: AdminRequest): string {
  const clean = sanitizeRequest(request);
  if (!requestFields.some((field) => clean[field] !== undefined)) return generalChecklistKey;
  return `${keyPrefix}:${clean.variant ?? 'any'}:${fingerprint(encodeRequest(clean))}`;
}

/** The ticked item ids from a stored value; anything malformed or not in `items` is ignored, never thrown. */
export function parseChecked(stored: string | null, items: readonly ChecklistItem[]): Set<string> {
  if (!stored) return new Set();
  const known = new Set(items.map((item) => item.id));
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((id): id is string => typeof id === 'string' && known.has(id)));
  } catch {
    return new Set();
  }
}

/** The value to store for a set of ticked ids, in checklist order. */
export function serializeChecked(checked: ReadonlySet<string>, items: readonly ChecklistItem[]): string {
  return JSON.stringify(items.map((item) => item.id).filter((id) => checked.has(id)));
}

/** "3 of 6 done", for the progress line. */
export function progressText(checked: ReadonlySet<string>, items: readonly ChecklistItem[]): string {
  const done = items.filter((item) => checked.has(item.id)).length;
  return done === items.length ? `All ${done} done` : `${done} of ${items.length} done`;
}
