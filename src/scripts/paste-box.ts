// <paste-box>: diagnoses what is pasted into its textarea, as it changes, with the same matcher as the CLI.
// The paste stays in the page: it is only read here and shown back as text nodes.
import type { CompiledVariant, MatcherData } from '../matcher/compile.ts';
import { diagnose, type Diagnosis } from '../matcher/diagnose.ts';
import { tellingWords } from '../matcher/telling.ts';
import { highlightPieces } from './paste-highlight.ts';

/** Pastes longer than this are read after a short pause in typing rather than on the next frame. */
const bigPaste = 100_000;

/** Creates an element with classes and children (strings become text nodes). */
function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = el('a', className, text) as HTMLAnchorElement;
  anchor.href = href;
  return anchor;
}

/** How sure the match is, in words. */
function certainty(confidence: number): string {
  if (confidence >= 0.85) return 'Clear match';
  if (confidence >= 0.6) return 'Likely match';
  return 'Possible match';
}

/** Renders diagnoses into a `<paste-box>`'s result region. */
export class PasteBox extends HTMLElement {
  #variants = new Map<string, CompiledVariant>();
  #data: MatcherData | null = null;
  #input: HTMLTextAreaElement | null = null;
  #result: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #idle: Node[] = [];
  #frame = 0;
  #timer = 0;
  #announced: string | null | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector('textarea');
    this.#result = this.querySelector('[data-result]');
    this.#status = this.querySelector('[data-status]');
    if (!this.#input || !this.#result) return;
    this.#idle = [...this.#result.childNodes];
    this.#input.addEventListener('input', () => this.#schedule());
    void this.#load().then(() => {
      // Text typed while the data loaded, or restored by a back navigation, is read now.
      if (this.#input?.value) this.#schedule();
    });
  }

  /** Reads the compiled catalogue: embedded in the page, or (on guides, loaded on first use) fetched from the site. */
  async #load(): Promise<void> {
    try {
      const embedded = document.getElementById('matcher-data');
      const source = embedded ? embedded.textContent ?? '' : await (await fetch(this.dataset['source'] ?? '/matcher-data.json')).text();
      this.#data = JSON.parse(source) as MatcherData;
      for (const variant of this.#data.variants) this.#variants.set(variant.id, variant);
    } catch {
      this.#result?.replaceChildren(el('p', 'font-semibold', 'The error reader could not load. Find your message in the table of every error instead: '), link('/#diagnosis-table', 'every error'));
    }
  }

  disconnectedCallback(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    const length = this.#input?.value.length ?? 0;
    if (length > bigPaste) this.#timer = window.setTimeout(() => this.#update(), 120);
    else this.#frame = requestAnimationFrame(() => this.#update());
  }

  #update(): void {
    if (!this.#input || !this.#result || !this.#data) return;
    const text = this.#input.value;
    if (text.trim() === '') {
      this.#result.replaceChildren(...this.#idle);
      this.#result.removeAttribute('data-diagnosis');
      this.#announce(undefined, '');
      return;
    }
    const started = performance.now();
    const diagnosis = diagnose(text, this.#data);
    const variant = diagnosis.id ? this.#variants.get(diagnosis.id) : undefined;
    this.#result.replaceChildren(variant ? this.#matched(text, diagnosis, variant) : this.#unknown(text, diagnosis));
    this.#result.dataset['diagnosis'] = variant ? variant.id : '';
    // A User Timing entry, so the cost of reading a paste shows in performance tools (and tests).
    performance.measure('paste-box update', { start: started });
    this.#announce(variant?.id ?? null, variant ? `${certainty(diagnosis.confidence)}: ${variant.title}` : 'Not recognised');
  }

  /** Tells screen readers about a new result only when the answer changes, not on every keystroke. */
  #announce(id: string | null | undefined, message: string): void {
    if (id === this.#announced || !this.#status) return;
    this.#announced = id;
    this.#status.textContent = message;
  }

  #matched(text: string, diagnosis: Diagnosis, variant: CompiledVariant): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const guide = `/errors/${variant.id}/`;
    fragment.append(
      el('p', 'text-sm font-semibold text-muted', `${certainty(diagnosis.confidence)} (${Math.round(diagnosis.confidence * 100)}%)`),
      el('h3', 'text-xl font-bold', link(guide, variant.title)),
      el('p', 'mt-1', variant.summary),
    );
    const badge = el('span', 'badge', variant.actorLabel);
    badge.dataset['actor'] = variant.actor;
    fragment.append(el('p', 'mt-2 flex flex-wrap items-center gap-2', 'Who can fix it:', badge));
    if (diagnosis.needsMore) {
      fragment.append(
        el('p', 'mt-3 font-semibold', 'This is only the start of the message. Paste the rest too (the words after the colon) to see which problem it is.'),
      );
    }
    if (diagnosis.truncated) fragment.append(this.#truncatedNotice());
    fragment.append(...this.#facts(diagnosis));
    if (diagnosis.others.length > 0) {
      const list = el('ul', 'inline');
      diagnosis.others.forEach((id, index) => {
        const other = this.#variants.get(id);
        list.append(el('li', 'inline', index > 0 ? ', ' : '', link(`/errors/${id}/`, other?.title ?? id)));
      });
      fragment.append(el('p', 'mt-3', 'Also in your paste: ', list));
    }
    const actions = el('p', 'mt-4 flex flex-wrap gap-2', link(guide, 'Open the guide', 'button button-primary'));
    if (variant.family === 'organization') {
      const request = new URLSearchParams({ variant: variant.id });
      if (diagnosis.facts.tool) request.set('tool', diagnosis.facts.tool);
      actions.append(link(`/admin/request/#${request}`, 'Ask my admin', 'button'));
    }
    fragment.append(actions, this.#copy(text, diagnosis, 'Matched words in your paste'));
    return fragment;
  }

  #unknown(text: string, diagnosis: Diagnosis): DocumentFragment {
    const fragment = document.createDocumentFragment();
    fragment.append(
      el('h3', 'text-xl font-bold', 'Not recognised'),
      el('p', 'mt-1', 'This does not match any of the errors this site knows, so it is better not to guess.'),
    );
    if (diagnosis.truncated) fragment.append(this.#truncatedNotice());
    const words = tellingWords(text);
    const search = el('p', 'mt-3');
    if (words) search.append(link(`/search/?q=${encodeURIComponent(words)}`, `Search the guides for “${words}”`), ' or look through ');
    else search.append('Look through ');
    search.append(link('/#diagnosis-table', 'every error'), '.');
    fragment.append(search, ...this.#facts(diagnosis));
    return fragment;
  }

  #truncatedNotice(): HTMLElement {
    return el('p', 'mt-3 font-semibold', 'Your paste is longer than 1 MiB, so only its first 1 MiB was read.');
  }

  /** What was read off the paste, as a description list; nothing when nothing was read. */
  #facts(diagnosis: Diagnosis): HTMLElement[] {
    const { status, amount, tool, requestId } = diagnosis.facts;
    const rows: [string, string][] = [];
    if (status !== undefined) rows.push(['HTTP status', String(status)]);
    if (amount !== undefined) rows.push(['Amount', `$${amount}`]);
    if (tool !== undefined) rows.push(['Tool', tool]);
    if (requestId !== undefined) rows.push(['Request id', requestId]);
    if (rows.length === 0) return [];
    const list = el('dl', 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm');
    for (const [term, value] of rows) list.append(el('dt', 'font-semibold', term), el('dd', 'font-mono break-all', value));
    return [el('h4', 'mt-3 text-sm font-bold', 'Read off your paste'), list];
  }

  /** A copy of the paste (or the stretches around the matches) with the matched words marked. */
  #copy(text: string, diagnosis: Diagnosis, caption: string): HTMLElement {
    const pre = el('pre', 'mt-1 whitespace-pre-wrap break-words rounded border border-line bg-page p-2 text-xs [overflow-wrap:anywhere]');
    for (const piece of highlightPieces(text, diagnosis.evidence, 1500, 160)) {
      if (piece.kind === 'mark') pre.append(el('mark', '', piece.text));
      else if (piece.kind === 'gap') pre.append(el('span', 'text-muted', piece.text));
      else pre.append(piece.text);
    }
    return el('figure', 'mt-4', el('figcaption', 'text-sm font-semibold', caption), pre);
  }
}

if (!customElements.get('paste-box')) customElements.define('paste-box', PasteBox);
