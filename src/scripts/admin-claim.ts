import { parseClaimCatalogue, stepsKind, type ClaimVariant } from '../admin/claim.ts';
import { decodeRequest, doneReply, requestFields, requestHeadline, type AdminRequest } from '../admin/request.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** `<admin-claim-view>`: fills the admin's page from the request in the URL fragment, as text only. */
export class AdminClaimView extends HTMLElement {
  #catalogue = new Map<string, ClaimVariant>();
  #generalHeading = '';
  #generalReply = '';

  connectedCallback(): void {
    this.#catalogue = parseClaimCatalogue(this.querySelector('#claim-catalogue')?.textContent);
    this.#generalHeading = this.#find('[data-claim-headline]')?.textContent ?? '';
    this.#generalReply = this.#find('#claim-done-reply')?.textContent ?? '';
    this.#render();
    window.addEventListener('hashchange', () => this.#render());
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #render(): void {
    const request = decodeRequest(location.hash, this.#catalogue.keys());
    const variant = request.variant ? this.#catalogue.get(request.variant) : undefined;
    const hasRequest = requestFields.some((field) => request[field] !== undefined);

    const headline = this.#find('[data-claim-headline]');
    if (headline) headline.textContent = hasRequest ? requestHeadline(request) : this.#generalHeading;
    this.#toggle('[data-claim-lead]', !hasRequest);
    this.#toggle('[data-claim-lead-request]', hasRequest);

    this.#showRequest(request, variant);
    this.#showError(variant);
    this.#showSteps(request.variant, variant);

    const reply = this.#find('#claim-done-reply');
    if (reply) reply.textContent = hasRequest ? doneReply(request) : this.#generalReply;
  }

  #toggle(selector: string, visible: boolean): void {
    const target = this.#find(selector);
    if (target) target.hidden = !visible;
  }

  #showRequest(request: AdminRequest, variant: ClaimVariant | undefined): void {
    const shown = { ...request, variant: variant?.title };
    let any = false;
    for (const field of requestFields) {
      const value = shown[field];
      const cell = this.#find(`[data-claim-value="${field}"]`);
      if (cell) cell.textContent = value ?? '';
      this.#toggle(`[data-claim-row="${field}"]`, value !== undefined);
      any ||= value !== undefined;
    }
    this.#toggle('[data-claim-request]', any);
  }

  #showError(variant: ClaimVariant | undefined): void {
    this.#toggle('[data-claim-error]', variant !== undefined);
    const title = this.#find('[data-claim-error-title]');
    const messages = this.#find('[data-claim-error-messages]');
    const cause = this.#find('[data-claim-error-cause]');
    const link = this.#find<HTMLAnchorElement>('[data-claim-error-link]');
    if (title) title.textContent = variant?.title ?? '';
    if (cause) cause.textContent = variant?.cause ?? '';
    if (messages) {
      messages.replaceChildren(
        ...(variant?.messages ?? []).map((message) =>
          element('pre', 'mt-2 whitespace-pre-wrap break-words rounded-lg border border-line bg-surface p-3 font-mono text-sm', message),
        ),
      );
    }
    if (link && variant) link.href = `/errors/${encodeURIComponent(variant.id)}/`;
  }

  #showSteps(id: string | undefined, variant: ClaimVariant | undefined): void {
    const kind = variant ? stepsKind(id) : 'claim';
    this.#toggle('[data-admin-steps="claim"]', kind === 'claim');
    this.#toggle('[data-admin-steps="add-more"]', kind === 'add-more');
    this.#toggle('[data-claim-variant-steps]', kind === 'variant');
    const list = this.#find('[data-claim-variant-step-list]');
    if (!list) return;
    const steps = kind === 'variant' && variant ? variant.steps : [];
    list.replaceChildren(
      ...steps.map(([title = '', detail]) => {
        const item = document.createElement('li');
        item.append(element('strong', '', title));
        if (detail) item.append(element('span', 'block text-muted', detail));
        return item;
      }),
    );
  }
}

if (!customElements.get('admin-claim-view')) customElements.define('admin-claim-view', AdminClaimView);
