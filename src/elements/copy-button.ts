import { copyMessage, copyText } from './copy.ts';

/** `<copy-button for="id">`: copies the text of the element with that id; the status is announced. */
export class CopyButton extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !status) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.#copy(status));
  }

  async #copy(status: HTMLElement): Promise<void> {
    const target = document.getElementById(this.getAttribute('for') ?? '');
    if (!target) return;
    const text = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement ? target.value : target.textContent;
    const outcome = await copyText(text, target);
    status.textContent = copyMessage(outcome);
    this.dataset['state'] = outcome;
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(
      () => {
        status.textContent = '';
        delete this.dataset['state'];
      },
      outcome === 'copied' ? 2500 : 8000,
    );
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
