import {
  claimUrl,
  decodeRequest,
  mailtoUrl,
  requestFields,
  requestMessage,
  requestSubject,
  type AdminRequest,
  type RequestField,
} from '../admin/request.ts';

type FieldElement = HTMLInputElement | HTMLSelectElement;

/** `<admin-request-form>`: turns the member's fields into the admin link, the message and the mailto link, live. */
export class AdminRequestForm extends HTMLElement {
  #fields = new Map<RequestField, FieldElement>();
  #variantTitles = new Map<string, string>();

  connectedCallback(): void {
    for (const field of requestFields) {
      const element = this.querySelector<FieldElement>(`[name="${field}"]`);
      if (element) this.#fields.set(field, element);
    }
    const select = this.#fields.get('variant');
    if (select instanceof HTMLSelectElement) {
      for (const option of select.options) if (option.value) this.#variantTitles.set(option.value, option.text.trim());
    }
    this.querySelector<HTMLElement>('[data-request-needs-script]')?.remove();
    this.#prefill();
    this.#update();
    this.addEventListener('input', () => this.#update());
    this.addEventListener('change', () => this.#update());
    window.addEventListener('hashchange', () => {
      this.#prefill();
      this.#update();
    });
  }

  /** Fills the fields a guide or the paste box put in this page's fragment; the rest keep what was typed. */
  #prefill(): void {
    if (location.hash.length < 2) return;
    const request = decodeRequest(location.hash, this.#variantTitles.keys());
    for (const [field, element] of this.#fields) {
      const value = request[field];
      if (value !== undefined) element.value = value;
    }
  }

  #read(): AdminRequest {
    const request: AdminRequest = {};
    for (const [field, element] of this.#fields) request[field] = element.value;
    return request;
  }

  #update(): void {
    const request = this.#read();
    const link = claimUrl(location.origin, request);
    const variantTitle = request.variant ? this.#variantTitles.get(request.variant) : undefined;
    const message = requestMessage(request, link, variantTitle);
    const linkText = this.querySelector<HTMLElement>('#request-link');
    const preview = this.querySelector<HTMLAnchorElement>('#request-preview');
    const messageText = this.querySelector<HTMLElement>('#request-message');
    const mailto = this.querySelector<HTMLAnchorElement>('#request-mailto');
    if (linkText) linkText.textContent = link;
    if (preview) preview.href = link;
    if (messageText) messageText.textContent = message;
    if (mailto) mailto.href = mailtoUrl(requestSubject(request), message);
  }
}

if (!customElements.get('admin-request-form')) customElements.define('admin-request-form', AdminRequestForm);
