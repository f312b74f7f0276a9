// Loads the paste box's reader only when someone reaches for the box (or this tab kept a paste for this page), so
// no page carries it in its first view. The Clear and example buttons work before it arrives.
const events = ['focusin', 'pointerdown', 'dragenter', 'keydown', 'input'] as const;
/** The reader looks at the first and last half MiB of a paste; a bigger paste only slows typing in the box. */
const keptHalf = 512 * 1024;

/**
 * Control characters other than tabs and line breaks: terminal colours and titles (ESC sequences), NUL bytes.
 * The browser's own text layout slows down more than linearly with them (in Chromium 25,000 in a textarea take
 * about 0.4 s, 100,000 almost three minutes), so a paste with many loses them; a few are kept as typed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** ANSI escape sequences: CSI (colours, cursor), OSC with its terminator (titles, links) and two-character escapes. */
// eslint-disable-next-line no-control-regex -- as above
const escapeSequence = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
/** More control characters than this in the box and they are taken out. */
const manyControls = 1000;

/** The text without escape sequences, other control characters turned into spaces. */
function withoutControls(text: string): string {
  return text.replace(escapeSequence, '').replace(control, ' ');
}

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
    input.setRangeText(
      `${text.slice(0, keptHalf)}\n[… ${text.length - 2 * keptHalf} characters left out …]\n${text.slice(-keptHalf)}`,
      start,
      input.selectionEnd,
      'end',
    );
    box.dataset['cut'] = String(text.length);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
  // Runs before the reader's own input listener, so it reads (and lays out) the cleaned text only.
  input?.addEventListener('input', (event) => {
    const type = event.inputType;
    // A paste or drop brings the answer into view on a small screen; marked here, as the first one usually comes
    // before the reader has loaded.
    if (type === 'insertFromPaste' || type === 'insertFromDrop') box.dataset['pasted'] = '';
    if (type && type !== 'insertFromPaste' && type !== 'insertFromDrop' && type !== 'insertReplacementText') return;
    const value = input.value;
    const count = value.match(control)?.length ?? 0;
    if (count <= manyControls) {
      if (count === 0) delete box.dataset['controls'];
      return;
    }
    const caret = input.selectionEnd;
    const before = withoutControls(value.slice(0, caret));
    input.value = before + withoutControls(value.slice(caret));
    input.setSelectionRange(before.length, before.length);
    box.dataset['controls'] = String(count);
  });
  box.querySelector('[data-example-button]')?.addEventListener('click', () => fill(box.dataset['example'] ?? ''));
  box.querySelector('[data-clear]')?.addEventListener('click', () => fill(''));
  if (kept() || input?.value) load();
  else for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};
