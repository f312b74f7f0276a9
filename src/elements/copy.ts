/** How a copy attempt ended: written to the clipboard, or left selected for the person to copy by hand. */
export type CopyOutcome = 'copied' | 'selected';

function selectContents(element: HTMLElement): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies text with the Clipboard API; where that is missing or refused, selects `fallback` so Ctrl+C works. */
export async function copyText(text: string, fallback: HTMLElement): Promise<CopyOutcome> {
  try {
    // Absent outside secure contexts, whatever the DOM types say.
    if (!('clipboard' in navigator)) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectContents(fallback);
    return 'selected';
  }
}

/** The words a copy button shows and announces after an attempt. */
export function copyMessage(outcome: CopyOutcome): string {
  const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
  return outcome === 'copied' ? 'Copied' : `Selected: press ${key} to copy`;
}
