// Loads the paste box's reader only when someone reaches for the box (or this tab kept a paste for this page), so
// no page carries it in its first view. The Clear and example buttons work before it arrives.
const events = ['focusin', 'pointerdown', 'dragenter', 'keydown', 'input'] as const;

function kept(): boolean {
  try {
    return Boolean(sessionStorage.getItem(`paste-box:${location.pathname}`));
  } catch {
    return false;
  }
}

for (const box of document.querySelectorAll<HTMLElement>('paste-box')) {
  const load = () => {
    for (const type of events) box.removeEventListener(type, load);
    void import('./paste-box.ts');
  };
  const input = box.querySelector('textarea');
  const fill = (text: string) => {
    if (!input) return;
    input.value = text;
    input.focus();
    // Read as a paste, so the box brings its answer into view on a small screen.
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: text ? 'insertFromPaste' : 'deleteContentBackward' }));
  };
  box.querySelector('[data-example-button]')?.addEventListener('click', () => fill(box.dataset['example'] ?? ''));
  box.querySelector('[data-clear]')?.addEventListener('click', () => fill(''));
  if (kept() || input?.value) load();
  else for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};
