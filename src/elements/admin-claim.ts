import { checklistForRequest, checklistKey } from '../admin/checklist.ts';
import { parseClaimCatalogue, type ClaimVariant } from '../admin/claim.ts';
import { guidanceFor, linkParts, type AdminStep } from '../admin/guidance.ts';
import { decodeRequest, doneReply, requestFields, requestHeadline, type AdminRequest } from '../admin/request.ts';
import type { AdminChecklist } from './admin-checklist.ts';
import { guidePath } from '../site.ts';
import { element } from './dom.ts';

/** Step text with the organization usage page as a link; every piece is set as text. */
function withLinks(tag: 'strong' | 'span', className: string, text: string): HTMLElement {
  const node = element(tag, className, '');
  for (const part of linkParts(text)) {
    if (!part.href) {
      node.append(part.text);
      continue;
    }
    const link = element('a', '', part.text);
    link.href = part.href;
    link.rel = 'noopener noreferrer';
    node.append(link);
  }
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

  #find(selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  }

  #render(): void {
    // Only errors an admin can act on are embedded, so any other variant in the link is ignored like an unknown one.
    const request = decodeRequest(location.hash, this.#catalogue.keys());
    const variant = request.variant ? this.#catalogue.get(request.variant) : undefined;
    const hasRequest = requestFields.some((field) => request[field] !== undefined);
    const guidance = guidanceFor(request.variant);

    const headline = this.#find('[data-claim-headline]');
    if (headline) headline.textContent = hasRequest ? requestHeadline(request) : this.#generalHeading;
    this.#toggle('[data-claim-lead]', !hasRequest);
    this.#toggle('[data-claim-lead-request]', hasRequest);

    this.#showRequest(request, variant);
    this.#showError(variant, guidance.meaning);
    this.#showSteps(request.variant ?? 'general', guidance.steps);
    void customElements.whenDefined('admin-checklist').then(() => {
      this.querySelector<AdminChecklist>('admin-checklist')?.show(checklistForRequest(request), checklistKey(request));
    });

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

  #showError(variant: ClaimVariant | undefined, meaning: string | undefined): void {
    this.#toggle('[data-claim-error]', variant !== undefined);
    const title = this.#find('[data-claim-error-title]');
    const messages = this.#find('[data-claim-error-messages]');
    const cause = this.#find('[data-claim-error-meaning]');
    const link = this.querySelector<HTMLAnchorElement>('[data-claim-error-link]');
    if (title) title.textContent = variant?.title ?? '';
    if (cause) {
      cause.textContent = meaning ?? '';
      cause.hidden = !meaning;
    }
    this.#toggle('[data-claim-error-meaning-heading]', meaning !== undefined);
    if (messages) {
      messages.replaceChildren(
        ...(variant?.messages ?? []).map((message) =>
          element('pre', 'mt-2 whitespace-pre-wrap break-words rounded-lg border border-line bg-surface p-3 font-mono text-sm', message),
        ),
      );
    }
    if (link && variant) link.href = guidePath(variant.id);
  }

  #showSteps(guidanceId: string, steps: readonly AdminStep[]): void {
    const list = this.#find('[data-admin-steps]');
    if (!list) return;
    list.dataset['adminSteps'] = guidanceId;
    list.replaceChildren(
      ...steps.map((step) => {
        const item = document.createElement('li');
        item.dataset['step'] = step.id;
        item.append(withLinks('strong', '', step.title));
        if (step.detail) item.append(withLinks('span', 'block text-muted', step.detail));
        return item;
      }),
    );
  }
}

if (!customElements.get('admin-claim-view')) customElements.define('admin-claim-view', AdminClaimView);
