// The admin's checklist: its items and how their ticks are kept in localStorage. Pure: no DOM.

/** One thing the admin does, with a stable id so stored ticks survive a reworded label. */
export interface ChecklistItem {
  id: string;
  label: string;
}

/** The admin's checklist, in the order the work is done. */
export const checklistItems: readonly ChecklistItem[] = [
  { id: 'claim', label: 'Claim the organization credit at claude.ai/settings/usage, signed in with the workspace account' },
  { id: 'balance', label: "Check that the organization's extra usage balance is above $0" },
  { id: 'auto-reload', label: 'Turn on auto-reload with an amount and threshold that suit the team' },
  { id: 'cap', label: 'Set a monthly spending cap' },
  { id: 'tell-team', label: 'Tell the team to retry (and restart their tools if needed)' },
  { id: 'monitor', label: 'Plan a weekly look at usage per member on the same page' },
];

/** The localStorage key; the version changes only if the stored format does. */
export const checklistStorageKey = 'llm-request-rejected:admin-checklist:v1';

const knownIds = new Set(checklistItems.map((item) => item.id));

/** The ticked item ids from a stored value; anything malformed or unknown is ignored, never thrown. */
export function parseChecked(stored: string | null): Set<string> {
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((id): id is string => typeof id === 'string' && knownIds.has(id)));
  } catch {
    return new Set();
  }
}

/** The value to store for a set of ticked ids, in checklist order. */
export function serializeChecked(checked: ReadonlySet<string>): string {
  return JSON.stringify(checklistItems.map((item) => item.id).filter((id) => checked.has(id)));
}

/** "3 of 6 done", for the progress line. */
export function progressText(checked: ReadonlySet<string>): string {
  const done = checklistItems.filter((item) => checked.has(item.id)).length;
  return done === checklistItems.length ? `All ${done} done` : `${done} of ${checklistItems.length} done`;
}
