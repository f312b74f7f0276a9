import { parseChecked, progressText, serializeChecked, type ChecklistItem } from '../admin/checklist.ts';

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores the ticks; false when the browser refuses storage (private mode, blocked site data). */
function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** One checkbox row, built as text only. */
function row(item: ChecklistItem): HTMLLIElement {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'admin-checklist';
  box.value = item.id;
  box.className = 'mt-1 h-5 w-5 shrink-0 accent-accent';
  const text = document.createElement('span');
  text.textContent = item.label;
  const label = document.createElement('label');
  label.className = 'flex cursor-pointer items-start gap-3';
  label.append(box, text);
  const li = document.createElement('li');
  li.append(label);
  return li;
}

/** `<admin-checklist>`: checkboxes whose ticks persist per storage key, with a reset and a progress line. */
export class AdminChecklist extends HTMLElement {
  #key = '';
  #items: ChecklistItem[] = [];
  #boxes: HTMLInputElement[] = [];
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#key = this.dataset['storageKey'] ?? '';
    this.#status = this.querySelector<HTMLElement>('[data-checklist-status]');
    this.#collect();
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') this.#save();
    });
    const reset = this.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => {
        for (const box of this.#boxes) box.checked = false;
        const stored = writeStored(this.#key, null);
        this.#showProgress(stored ? 'Checklist reset.' : undefined);
      });
    }
    // Another tab with the same checklist keeps this one in step.
    window.addEventListener('storage', (event) => {
      if (event.key !== this.#key && event.key !== null) return;
      this.#restore();
    });
    this.#restore();
  }

  /** Replaces the items and the storage key, as the claim page does for each request it shows. */
  show(items: readonly ChecklistItem[], key: string): void {
    const list = this.querySelector<HTMLElement>('[data-checklist-items]');
    if (!list) return;
    list.replaceChildren(...items.map(row));
    this.#key = key;
    this.dataset['storageKey'] = key;
    this.#collect();
    this.#restore();
  }

  #collect(): void {
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    // `labels` is null on inputs that cannot have one, whatever the lint's view of the DOM types.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    this.#items = this.#boxes.map((box) => ({ id: box.value, label: box.labels?.[0]?.textContent?.trim() ?? box.value }));
  }

  #restore(): void {
    const checked = parseChecked(readStored(this.#key), this.#items);
    for (const box of this.#boxes) box.checked = checked.has(box.value);
    this.#showProgress();
  }

  #checked(): Set<string> {
    return new Set(this.#boxes.filter((box) => box.checked).map((box) => box.value));
  }

  #save(): void {
    const stored = writeStored(this.#key, serializeChecked(this.#checked(), this.#items));
    this.#showProgress(stored ? undefined : 'This browser does not allow saving, so the ticks last only until you leave the page.');
  }

  #showProgress(extra?: string): void {
    if (!this.#status) return;
    const progress = progressText(this.#checked(), this.#items);
    this.#status.textContent = extra ? `${progress}. ${extra}` : `${progress}.`;
  }
}

if (!customElements.get('admin-checklist')) customElements.define('admin-checklist', AdminChecklist);
