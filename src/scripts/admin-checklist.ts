import { checklistStorageKey, parseChecked, progressText, serializeChecked } from '../admin/checklist.ts';

function readStored(): string | null {
  try {
    return localStorage.getItem(checklistStorageKey);
  } catch {
    return null;
  }
}

/** Stores the ticks; false when the browser refuses storage (private mode, blocked site data). */
function writeStored(value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(checklistStorageKey);
    else localStorage.setItem(checklistStorageKey, value);
    return true;
  } catch {
    return false;
  }
}

/** `<admin-checklist>`: checkboxes whose ticks persist across visits, with a reset and a progress line. */
export class AdminChecklist extends HTMLElement {
  #boxes: HTMLInputElement[] = [];
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#status = this.querySelector<HTMLElement>('[data-checklist-status]');
    const reset = this.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    this.#apply(parseChecked(readStored()));
    this.#showProgress();
    for (const box of this.#boxes) box.addEventListener('change', () => this.#save());
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => {
        for (const box of this.#boxes) box.checked = false;
        const stored = writeStored(null);
        this.#showProgress(stored ? 'Checklist reset.' : undefined);
      });
    }
    // Another tab with the same checklist keeps this one in step.
    window.addEventListener('storage', (event) => {
      if (event.key !== checklistStorageKey && event.key !== null) return;
      this.#apply(parseChecked(readStored()));
      this.#showProgress();
    });
  }

  #checked(): Set<string> {
    return new Set(this.#boxes.filter((box) => box.checked).map((box) => box.value));
  }

  #apply(checked: ReadonlySet<string>): void {
    for (const box of this.#boxes) box.checked = checked.has(box.value);
  }

  #save(): void {
    const stored = writeStored(serializeChecked(this.#checked()));
    this.#showProgress(stored ? undefined : 'This browser does not allow saving, so the ticks last only until you leave the page.');
  }

  #showProgress(extra?: string): void {
    if (!this.#status) return;
    const progress = progressText(this.#checked());
    this.#status.textContent = extra ? `${progress}. ${extra}` : `${progress}.`;
  }
}

if (!customElements.get('admin-checklist')) customElements.define('admin-checklist', AdminChecklist);
