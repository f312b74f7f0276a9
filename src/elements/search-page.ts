// The /search/ page: the query and filters live in the URL (?q=…&kind=…&audience=…; the old `family` still reads as `kind`), so a search can be shared.
import { search, searchPageResults, type SearchFilters } from '../search/engine.ts';
import { cleanQuery } from '../search/rank.ts';
import { readSearchParams, searchParams } from '../search/url.ts';
import { capInput, capPastes, moveThroughResults, renderFailure, renderOutcome } from './search-results.ts';

const typingPause = 80;

/** `<search-page>`: revealed by its script (the page says search needs JavaScript until then). */
class SearchPage extends HTMLElement {
  #sequence = 0;
  #timer: number | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const status = this.querySelector<HTMLElement>('[role=status]');
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    if (!form || !input || !status || !list) return;
    document.querySelector('[data-search-no-js]')?.setAttribute('hidden', '');
    this.hidden = false;

    const initial = readSearchParams(window.location.search);
    input.value = initial.query;
    for (const box of this.#boxes()) box.checked = (initial.filters[box.name as keyof SearchFilters] ?? []).includes(box.value);

    const update = (): void => {
      window.clearTimeout(this.#timer);
      const query = searchParams(input.value, this.#filters()).toString();
      history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
      void this.#run(input, status, list);
    };
    capPastes(input);
    input.addEventListener('input', () => {
      capInput(input);
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(update, typingPause);
    });
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    this.addEventListener('keydown', (event) => moveThroughResults(event, input, list));
    void this.#run(input, status, list);
  }

  #boxes(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
  }

  #filters(): SearchFilters {
    const filters: Record<string, string[]> = {};
    for (const box of this.#boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
  }

  async #run(input: HTMLInputElement, status: HTMLElement, list: HTMLElement): Promise<void> {
    const typed = input.value;
    const mine = ++this.#sequence;
    const filters = this.#filters();
    if (!cleanQuery(typed) && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      delete status.dataset['state'];
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await search(typed, filters, searchPageResults);
      if (mine !== this.#sequence) return;
      renderOutcome(list, status, input, outcome, 'search-page-hit');
    } catch {
      if (mine !== this.#sequence) return;
      list.replaceChildren();
      renderFailure(status);
    } finally {
      if (mine === this.#sequence) list.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
