// The search dialog's bootstrap: small, on every page. The dialog's behaviour and Pagefind load on first open.

/** Whether a key press is aimed at a text field, where `/` and Ctrl+K belong to the person typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(target.type);
}

/** `/`, or Ctrl+K / Cmd+K. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.isComposing) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
}

/** `<search-dialog>`: swaps the /search/ link for a button that opens a modal search; keyboard shortcuts too. */
class SearchDialog extends HTMLElement {
  #enhanced: Promise<unknown> | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const dialog = this.querySelector('dialog');
    if (!button || !dialog) return;
    this.querySelector<HTMLElement>('[data-search-link]')?.setAttribute('hidden', '');
    button.hidden = false;
    button.addEventListener('click', () => this.open(button));
    document.addEventListener('keydown', (event) => {
      if (dialog.open || !isShortcut(event) || isTyping(event.target)) return;
      event.preventDefault();
      this.open(document.activeElement);
    });
  }

  /** Shows the dialog at once (typing is caught while the rest loads) and puts focus back where it was on close. */
  open(opener: Element | null): void {
    const dialog = this.querySelector('dialog');
    const input = dialog?.querySelector('input');
    if (!dialog || !input || dialog.open) return;
    dialog.showModal();
    input.focus();
    input.select();
    // Back to where focus was; after a shortcut pressed with nothing focused, to the search button.
    const back = opener instanceof HTMLElement && opener !== document.body ? opener : this.querySelector('button');
    dialog.addEventListener('close', () => back?.focus(), { once: true });
    if (!this.#enhanced) {
      // Enter pressed before the dialog's code arrives still opens the first result once it does.
      const early = (event: KeyboardEvent): void => {
        if (event.key === 'Enter') dialog.dataset['enter'] = '';
      };
      input.addEventListener('keydown', early);
      this.#enhanced = import('./search-dialog-ui.ts').then((module) => {
        input.removeEventListener('keydown', early);
        module.enhanceDialog(dialog, input);
      });
    }
    this.#enhanced.then(
      () => dialog.dispatchEvent(new Event('search-open')),
      () => {
        this.#enhanced = undefined;
        const status = dialog.querySelector('[role=status]');
        if (status) status.textContent = 'Search could not load. The index of every error at /errors/ still works.';
      },
    );
  }
}

if (!customElements.get('search-dialog')) customElements.define('search-dialog', SearchDialog);
