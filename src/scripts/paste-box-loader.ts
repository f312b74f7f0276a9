// Loads the paste box's reader only when someone reaches for the box (or this tab kept a paste for this page), so
// no page carries it in its first view. The Clear and example buttons work before it arrives.
const events = ['focusin', 'pointerdown', 'dragenter', 'keydown', 'input'] as const;
/** The reader looks at the first and last half MiB of a paste; a bigger paste only slows typing in the box. */
const keptHalf = 512 * 1024;

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
  // A huge paste goes in as its first and last half MiB (what is read), so the box stays quick to type in.
  input?.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= 2 * keptHalf) {
      // Pasting over the whole box replaces a cut paste: the notice goes with it.
      if (input.selectionStart === 0 && input.selectionEnd === input.value.length) delete box.dataset['cut'];
      return;
    }
    event.preventDefault();
    const start = input.selectionStart;
    input.setRangeText(`${text.slice(0, keptHalf)}\n[… ${text.length - 2 * keptHalf} characters left out …]\n${text.slice(-keptHalf)}`, start, input.selectionEnd, 'end');
    box.dataset['cut'] = String(text.length);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
  box.querySelector('[data-example-button]')?.addEventListener('click', () => fill(box.dataset['example'] ?? ''));
  box.querySelector('[data-clear]')?.addEventListener('click', () => fill(''));
  if (kept() || input?.value) load();
  else for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};
