// Loads the paste box's reader only when someone reaches for the box (or this tab kept a paste for this page), so
// no page carries it in its first view. The Clear and example buttons work before it arrives, and a paste made
// before it arrives waits for it (the reader trims huge and control-heavy pastes before they reach the textarea).
import { pasteStorageKey } from './paste-storage.ts';

const events = ['focusin', 'pointerdown', 'dragenter', 'keydown', 'input'] as const;

function kept(): boolean {
  try {
    return Boolean(sessionStorage.getItem(pasteStorageKey(location.pathname)));
  } catch {
    return false;
  }
}

for (const box of document.querySelectorAll<HTMLElement & { insertPaste?: (text: string) => void }>('paste-box')) {
  let loading: Promise<unknown> | undefined;
  const reader = () => (loading ??= import('./paste-box.ts'));
  const load = () => {
    for (const type of events) box.removeEventListener(type, load);
    void reader();
  };
  const input = box.querySelector('textarea');
  const fill = (text: string) => {
    if (!input) return;
    input.value = text;
    input.focus();
    // Read as a paste, so the box brings its answer into view on a small screen.
    box.dataset['pasted'] = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: text ? 'insertFromPaste' : 'deleteContentBackward' }));
  };
  input?.addEventListener('paste', (event) => {
    if (box.insertPaste) return;
    const text = event.clipboardData?.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    load();
    void reader().then(() => box.insertPaste?.(text));
  });
  box.querySelector('[data-example-button]')?.addEventListener('click', () => fill(box.dataset['example'] ?? ''));
  box.querySelector('[data-clear]')?.addEventListener('click', () => fill(''));
  if (kept() || input?.value) load();
  else for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};
