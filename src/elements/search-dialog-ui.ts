// The search dialog's behaviour, loaded on its first open: live results, arrow keys, Enter, the full-page link.
import { loadPagefind, preload, search } from '../search/engine.ts';
import { cleanQuery } from '../search/rank.ts';
import { searchPageHref } from '../search/url.ts';
import { capInput, capPastes, moveThroughResults, renderFailure, renderOutcome } from './search-results.ts';

/** How long typing may pause before the index is asked; preloading starts on every key. */
const typingPause = 50;

/** Wires the dialog's box to the index; `search-open` fires on every open. */
export function enhanceDialog(dialog: HTMLDialogElement, input: HTMLInputElement): void {
  const status = dialog.querySelector<HTMLElement>('[role=status]');
  const list = dialog.querySelector<HTMLElement>('[data-search-results]');
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page]');
  if (!status || !list) return;
  let sequence = 0;
  let timer: number | undefined;
  let latest: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    window.clearTimeout(timer);
    timer = undefined;
    const typed = input.value;
    const mine = ++sequence;
    const query = cleanQuery(typed);
    if (pageLink) pageLink.href = searchPageHref(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      delete status.dataset['state'];
      return (latest = Promise.resolve());
    }
    list.setAttribute('aria-busy', 'true');
    latest = search(typed)
      .then((outcome) => {
        if (mine !== sequence) return;
        renderOutcome(list, status, input, outcome, 'search-dialog-hit');
      })
      .catch(() => {
        if (mine !== sequence) return;
        list.replaceChildren();
        renderFailure(status);
      })
      .finally(() => {
        if (mine === sequence) list.removeAttribute('aria-busy');
      });
    return latest;
  };

  capPastes(input);
  input.addEventListener('input', () => {
    capInput(input);
    window.clearTimeout(timer);
    preload(input.value).catch(() => undefined);
    timer = window.setTimeout(() => void run(), typingPause);
  });

  const openFirst = (): void => {
    const shown = timer === undefined && status.dataset['query'] === cleanQuery(input.value);
    const settled = shown ? latest : run();
    void settled.then(() => list.querySelector<HTMLAnchorElement>('a[data-search-hit]')?.click());
  };

  dialog.addEventListener('search-open', () => {
    if (dialog.dataset['enter'] !== undefined) {
      delete dialog.dataset['enter'];
      openFirst();
    } else if (input.value && list.childElementCount === 0) void run();
    else loadPagefind().catch(() => renderFailure(status));
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      openFirst();
      return;
    }
    if (event.key.length === 1 && event.target !== input && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      input.focus();
      return;
    }
    moveThroughResults(event, input, list);
  });

  // The input's own Escape would only clear it; here Escape always closes, as the dialog promises.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });

  // A click on the backdrop (the dialog element itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
