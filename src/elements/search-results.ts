// Shows search results and states, shared by the search dialog and the /search/ page.
// Titles, who acts and queries are text (textContent); only Pagefind's excerpt is read as HTML, and of it only text and <mark> are kept.
import { actorLabels } from '../catalogue/labels.ts';
import { element, link } from './dom.ts';
import type { Actor } from '../catalogue/schema.ts';
import type { SearchOutcome } from '../search/engine.ts';
import { cleanQuery, maxQueryLength, shortQuery } from '../search/rank.ts';
import { guidesIndexPath } from '../site.ts';

const actorByLabel = new Map(Object.entries(actorLabels).map(([actor, label]) => [label, actor as Actor]));

/** Records on the status line what it now shows and for which query (read by tests and styles). */
function markState(status: HTMLElement, state: 'results' | 'empty' | 'error', query: string): void {
  status.dataset['state'] = state;
  status.dataset['query'] = query;
}

/** Pagefind's excerpt as nodes: its text (entities decoded) and its <mark> highlights, nothing else. */
function excerptNodes(excerpt: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') fragment.append(element('mark', '', node.textContent ?? ''));
    else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

/** Renders the hits as a list of links, each with who acts and the highlighted excerpt. */
function renderHits(list: HTMLElement, outcome: SearchOutcome, idPrefix: string): void {
  const items = outcome.hits.map((hit, index) => {
    const id = `${idPrefix}-${index}`;
    const item = element('li', '');
    const anchor = link(hit.url, '');
    anchor.className = 'block rounded-lg border border-line p-3 text-ink no-underline hover:border-accent focus-visible:border-accent';
    anchor.dataset['searchHit'] = '';
    anchor.setAttribute('aria-labelledby', `${id}-title`);
    const described: string[] = [];
    if (hit.matched) {
      anchor.dataset['matched'] = '';
      anchor.append(element('span', 'block text-xs font-bold uppercase tracking-wide text-you', 'Matches your error'));
    }
    anchor.append(element('span', 'block font-semibold text-accent underline', hit.title));
    anchor.lastElementChild?.setAttribute('id', `${id}-title`);
    if (hit.actor) {
      const badge = element('span', 'badge mt-1', hit.actor);
      badge.id = `${id}-actor`;
      const actor = actorByLabel.get(hit.actor);
      if (actor) badge.dataset['actor'] = actor;
      badge.prepend(element('span', 'sr-only', 'Who can fix it: '));
      anchor.append(' ', badge);
      described.push(badge.id);
    }
    if (hit.excerpt || hit.summary) {
      const excerpt = element('span', 'mt-1 block text-sm text-muted [&_mark]:rounded-sm [&_mark]:px-0.5 [&_mark]:text-ink');
      excerpt.id = `${id}-excerpt`;
      if (hit.excerpt) excerpt.append(excerptNodes(hit.excerpt));
      else excerpt.textContent = hit.summary ?? '';
      anchor.append(excerpt);
      described.push(excerpt.id);
    }
    if (described.length > 0) anchor.setAttribute('aria-describedby', described.join(' '));
    item.append(anchor);
    return item;
  });
  list.replaceChildren(...items);
}

/**
 * Cuts a box's text to the searched length the moment it grows past it, before the browser lays out
 * a pasted log of megabytes; marks the box so the count can say so.
 */
export function capInput(input: HTMLInputElement): void {
  if (input.value.length > maxQueryLength) {
    input.value = cleanQuery(input.value);
    input.dataset['cut'] = '';
  } else if (input.value.length < maxQueryLength) {
    delete input.dataset['cut'];
  }
}

/** Pastes longer than the searched length are cut before the browser inserts them (a 5 MB log would stall it). */
export function capPastes(input: HTMLInputElement): void {
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= maxQueryLength) return;
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    input.setRangeText(text.slice(0, maxQueryLength + 1), start, input.selectionEnd ?? start, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The sentence under the box: how many pages match, and whether the query was cut. */
function countText(outcome: SearchOutcome, input: HTMLInputElement): string {
  const { total } = outcome;
  const count = outcome.loose
    ? total === 1
      ? '1 page has some of them.'
      : `${total} pages have some of them.`
    : outcome.query
      ? total === 1
        ? '1 page matches.'
        : `${total} pages match.`
      : total === 1
        ? '1 page in the chosen groups.'
        : `${total} pages in the chosen groups.`;
  const shown = total > outcome.hits.length ? ` Showing the best ${outcome.hits.length}.` : '';
  const cut = input.dataset['cut'] === undefined ? '' : ` Only the first ${maxQueryLength} characters were searched.`;
  return `${count}${shown}${cut}`;
}

/** The no-results state: says so, and points to the closest guides, the paste box and the index. */
function renderNoResults(status: HTMLElement, query: string, closest: readonly SearchOutcome['hits'][number][] = []): void {
  markState(status, 'empty', query);
  const near: (Node | string)[] = [];
  closest.forEach((hit, index) => near.push(index === 0 ? '' : index === closest.length - 1 ? ' or ' : ', ', link(hit.url, hit.title)));
  status.replaceChildren(
    query ? `No page matches “${shortQuery(query)}”. ` : 'No page is in all the chosen groups. ',
    ...(near.length > 0 ? ['The closest guides by their words: ', ...near, '. Or paste '] : ['Paste ']),
    'the whole error into the box on the ',
    link('/', 'home page'),
    ' to have it recognised, or look it up in the ',
    link(guidesIndexPath, 'index of every error'),
    '.',
  );
}

/** Shows a finished search in a result list and its status line: the hits, or the no-results message. */
export function renderOutcome(list: HTMLElement, status: HTMLElement, input: HTMLInputElement, outcome: SearchOutcome, idPrefix: string): void {
  if (outcome.hits.length === 0) {
    list.replaceChildren();
    renderNoResults(status, outcome.query, outcome.closest);
    return;
  }
  renderHits(list, outcome, idPrefix);
  markState(status, 'results', outcome.query);
  const corrected = outcome.corrected ? `Did you mean “${shortQuery(outcome.corrected)}”? Showing its results. ` : '';
  const loose = outcome.loose ? 'No page has every word you typed; these have the most telling ones. ' : '';
  status.textContent = `${corrected}${loose}${countText(outcome, input)}`;
  if (outcome.corrected) status.dataset['corrected'] = outcome.corrected;
  else delete status.dataset['corrected'];
  if (outcome.loose) status.dataset['loose'] = '';
  else delete status.dataset['loose'];
}

/** The failure state: the index did not load (or, in `astro dev`, does not exist yet). */
export function renderFailure(status: HTMLElement): void {
  markState(status, 'error', '');
  if (import.meta.env.DEV) {
    status.replaceChildren(
      'No search index in development: Pagefind builds it at the end of ',
      element('code', '', 'npm run build'),
      '. Run that, then ',
      element('code', '', 'npm run preview'),
      ', to try search here.',
    );
    return;
  }
  status.replaceChildren(
    'Search could not load its index, so it cannot answer right now. The ',
    link(guidesIndexPath, 'index of every error'),
    ' still works, and so does the paste box on the ',
    link('/', 'home page'),
    '.',
  );
}

/** Arrow keys between the box and the results: Down/Up move, Up from the first result returns to the box. */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const hits = Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]'));
  if (hits.length === 0) return;
  const current = hits.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? (current === -1 ? 0 : Math.min(current + 1, hits.length - 1)) : current - 1;
  if (document.activeElement !== input && current === -1) return;
  event.preventDefault();
  if (next < 0) input.focus();
  else hits[next]?.focus();
}
