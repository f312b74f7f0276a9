// <paste-box>: diagnoses what is pasted into its textarea, as it changes, with the same matcher as the CLI.
// The paste stays in the page: it is only read here, shown back as text nodes, and kept in this tab's session storage.
import { adminCanAct, requestPageHref } from '../admin/ask.ts';
import type { CompiledVariant, MatcherData } from '../matcher/data.ts';
import { readMatcherData } from '../matcher/read-data.ts';
import { diagnose, type Diagnosis } from '../matcher/diagnose.ts';
import { resolveReset } from '../matcher/reset.ts';
import { parseReportTarget, reportBody, reportHref, type ReportTarget } from '../report/report.ts';
import { closestGuides } from '../search/closest.ts';
import { searchPageHref } from '../search/url.ts';
import { guidePath, guidesIndexPath } from '../site.ts';
import { element, link } from './dom.ts';
import { highlightPieces } from './paste-highlight.ts';
import { pasteForBox } from './paste-input.ts';
import { pasteStorageKey } from './paste-storage.ts';
import { untilText } from './until-text.ts';

/** Pastes longer than this are read after a short pause in typing rather than on the next frame. */
const bigPaste = 100_000;
/** Pastes longer than this are not kept for Back and reload (session storage is small, and it would cost each keystroke). */
const keptPaste = 1_000_000;

/** How sure the match is, in words. */
function certainty(confidence: number, basis: Diagnosis['basis']): string {
  if (basis === 'family')
    return 'Same kind of error (its status and type, its key words, or words any tool prints), with a message this site does not know yet';
  if (basis === 'code') return 'Clear match (from the error code)';
  if (basis === 'headers') return 'Clear match (from the rate-limit headers)';
  if (confidence >= 0.85) return 'Clear match';
  if (confidence >= 0.6) return 'Likely match';
  return 'Possible match';
}

/** Renders diagnoses into a `<paste-box>`'s result region. */
export class PasteBox extends HTMLElement {
  #variants = new Map<string, CompiledVariant>();
  #data: MatcherData | null = null;
  #loading: Promise<void> | null = null;
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
    // A paste goes in trimmed (see paste-input.ts); a drop or a replacement is trimmed once it is in.
    this.#input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      this.insertPaste(text);
    });
    this.#input.addEventListener('input', (event) => {
      const type = event.inputType;
      // A drop, a replacement, or text set by a script (no input type) is trimmed once it is in; typing never is.
      if (!type || type === 'insertFromDrop' || type === 'insertReplacementText') this.#trimDropped(type);
      this.#schedule();
    });
    // The loader imports this module on the box's first use, so the data is fetched at once.
    void this.#load();
    // A paste kept from earlier in this tab (Back, reload) comes back; so does text the browser restored itself.
    if (!this.#input.value) this.#input.value = this.#restore();
    if (this.#input.value) this.#schedule();
  }

  /** Puts a paste into the box at the caret, trimmed to what is read, as if typed: the answer follows. */
  insertPaste(text: string): void {
    const input = this.#input;
    if (!input) return;
    const { text: kept, cutFrom, controls } = pasteForBox(text);
    if (cutFrom) this.dataset['cut'] = String(cutFrom);
    else if (input.selectionStart === 0 && input.selectionEnd === input.value.length) delete this.dataset['cut'];
    if (controls) this.dataset['controls'] = String(controls);
    input.setRangeText(kept, input.selectionStart, input.selectionEnd, 'end');
    this.dataset['pasted'] = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }

  /** A dropped or replaced text with many control characters loses them, like a paste. */
  #trimDropped(type: string | undefined): void {
    const input = this.#input;
    if (!input) return;
    const { text, controls } = pasteForBox(input.value);
    if (type === 'insertFromDrop') this.dataset['pasted'] = '';
    if (!controls) return;
    input.value = text;
    this.dataset['controls'] = String(controls);
  }

  disconnectedCallback(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
  }

  /** Fetches the compiled catalogue once, on first use. */
  #load(): Promise<void> {
    this.#loading ??= (async () => {
      try {
        const response = await fetch(this.dataset['source'] ?? '/matcher-data.json');
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // A stale or broken file would make every paste "not recognised"; saying so is the honest answer.
        const data = readMatcherData(await response.json());
        if (!data) throw new Error('unreadable matcher data');
        this.#data = data;
        for (const variant of data.variants) this.#variants.set(variant.id, variant);
      } catch {
        this.dataset['unreadable'] = '';
        this.#result?.replaceChildren(
          element('p', 'font-semibold', "Could not read the matcher's data: reload the page."),
          element(
            'p',
            'mt-2',
            'Until then, ',
            link(searchPageHref(''), 'search the guides'),
            ' or find your message in ',
            link(guidesIndexPath, 'the index of every error'),
            '.',
          ),
        );
      }
    })();
    return this.#loading;
  }

  #restore(): string {
    try {
      return sessionStorage.getItem(pasteStorageKey(location.pathname)) ?? '';
    } catch {
      return '';
    }
  }

  #keep(text: string): void {
    try {
      if (text && text.length <= keptPaste) sessionStorage.setItem(pasteStorageKey(location.pathname), text);
      else sessionStorage.removeItem(pasteStorageKey(location.pathname));
    } catch {
      // Storage full or refused: the paste simply is not kept.
    }
  }

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    const length = this.#input?.value.length ?? 0;
    const run = () => void this.#load().then(() => this.#update());
    if (length > bigPaste) this.#timer = window.setTimeout(run, 150);
    else this.#frame = requestAnimationFrame(run);
  }

  #update(): void {
    if (!this.#input || !this.#result || !this.#data) return;
    const text = this.#input.value;
    this.#keep(text);
    if (text.trim() === '') {
      delete this.dataset['cut'];
      delete this.dataset['controls'];
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
    this.#announce(variant?.id ?? null, variant ? `${certainty(diagnosis.confidence, diagnosis.basis)}: ${variant.title}` : 'Not recognised');
    if (this.dataset['pasted'] !== undefined) {
      delete this.dataset['pasted'];
      this.#reveal();
    }
  }

  /** On a small screen the result can sit below the fold after a paste: bring its top into view. */
  #reveal(): void {
    const box = this.#result?.getBoundingClientRect();
    if (!box || box.top < window.innerHeight - 120) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#result?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** Tells screen readers about a new result only when the answer changes, not on every keystroke. */
  #announce(id: string | null | undefined, message: string): void {
    if (id === this.#announced || !this.#status) return;
    this.#announced = id;
    this.#status.textContent = message;
  }

  #matched(text: string, diagnosis: Diagnosis, variant: CompiledVariant): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const guide = guidePath(variant.id);
    const here = location.pathname === guide;
    fragment.append(
      element(
        'p',
        'text-sm font-semibold text-muted',
        `${certainty(diagnosis.confidence, diagnosis.basis)} (${Math.round(diagnosis.confidence * 100)}%)`,
      ),
      element('h3', 'text-xl font-bold', here ? variant.title : link(guide, variant.title)),
      element('p', 'mt-1', variant.summary),
    );
    const badge = element('span', 'badge', variant.actorLabel);
    badge.dataset['actor'] = variant.actor;
    fragment.append(element('p', 'mt-2 flex flex-wrap items-center gap-2', 'Who can fix it:', badge));
    if (diagnosis.needsMore) {
      fragment.append(
        element(
          'p',
          'mt-3 font-semibold',
          'This is only the start of the message. Paste the rest too (the words after the colon) to see which problem it is.',
        ),
      );
    }
    if (diagnosis.truncated) fragment.append(this.#truncatedNotice());
    fragment.append(...this.#cutNotice(), ...this.#controlsNotice(), ...this.#facts(diagnosis));
    if (diagnosis.others.length > 0) {
      const list = element('ul', 'inline');
      diagnosis.others.forEach((id, index) => {
        const other = this.#variants.get(id);
        list.append(element('li', 'inline', index > 0 ? ', ' : '', link(guidePath(id), other?.title ?? id)));
      });
      fragment.append(element('p', 'mt-3', 'Also in your paste: ', list));
    }
    const actions = element(
      'p',
      'mt-4 flex flex-wrap gap-2',
      here
        ? link('#fix', 'You are on its guide: jump to the steps', 'button button-primary')
        : link(guide, 'Open the guide', 'button button-primary'),
    );
    if (adminCanAct(variant)) actions.append(link(requestPageHref(variant.id, diagnosis.facts.tool), 'Ask my admin', 'button'));
    fragment.append(actions, this.#copy(text, diagnosis, 'Matched words in your paste'));
    return fragment;
  }

  #unknown(text: string, diagnosis: Diagnosis): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const vendor = diagnosis.facts.vendor;
    if (vendor) {
      fragment.append(
        element('h3', 'text-xl font-bold', `This looks like ${vendor}'s error, not Claude's`),
        element(
          'p',
          'mt-1',
          `The words in your paste are what ${vendor} prints. Its balance, limits and keys are set on ${vendor}'s side; this site explains Claude's errors. If your tool was meant to use Claude, check which provider and model it is set to.`,
        ),
      );
    } else {
      fragment.append(
        element('h3', 'text-xl font-bold', 'Not recognised'),
        element('p', 'mt-1', 'This does not match any of the errors this site knows, so it is better not to guess.'),
      );
    }
    if (diagnosis.truncated) fragment.append(this.#truncatedNotice());
    fragment.append(...this.#cutNotice(), ...this.#controlsNotice());
    const close = vendor ? [] : closestGuides(text, [...this.#variants.values()]);
    if (close.length > 0) {
      const list = element('ul', 'mt-1 list-disc space-y-1 pl-6');
      for (const guide of close)
        list.append(element('li', '', link(guidePath(guide.id), guide.title), element('span', 'text-muted', `: ${guide.summary}`)));
      fragment.append(element('p', 'mt-3 font-semibold', 'The closest guides by their words:'), list);
    }
    fragment.append(element('p', 'mt-3', 'Or look through ', link(guidesIndexPath, 'the index of every error'), ' by what happened.'));
    fragment.append(...this.#facts(diagnosis), ...this.#report(text));
    return fragment;
  }

  /** Where reports go (the page's `data-report`, set at build time by REPORT_URL), or null when reports are off. */
  #reportTarget(): ReportTarget | null {
    try {
      return parseReportTarget(this.dataset['report']);
    } catch {
      return null;
    }
  }

  /** A report the person reads and edits here, then sends themselves from the form or mail program it opens. */
  #report(text: string): HTMLElement[] {
    const target = this.#reportTarget();
    if (!target) return [];
    const area = element('textarea', 'field mt-1 font-mono text-xs');
    area.id = 'report-text';
    area.rows = 8;
    area.spellcheck = false;
    area.value = reportBody(text, location.origin + location.pathname);
    const label = element('label', 'mt-3 block text-sm font-semibold', 'The report (change anything you like)');
    label.htmlFor = 'report-text';
    const open = link(reportHref(target, area.value), target.kind === 'form' ? 'Open the report form' : 'Write the report e-mail', 'button');
    open.target = '_blank';
    open.rel = 'noopener noreferrer';
    area.addEventListener('input', () => {
      open.href = reportHref(target, area.value);
    });
    const where =
      target.kind === 'form'
        ? `opens the form on ${new URL(target.url).host} with this text, and you submit it there`
        : `opens your e-mail program with this text, addressed to ${target.address}, and you send it there`;
    return [
      element(
        'details',
        'mt-4',
        element('summary', 'cursor-pointer font-semibold', 'Tell the site about this error'),
        element(
          'p',
          'mt-2 text-sm',
          `If Claude or a tool that uses Claude printed it, a report helps the site learn it. Nothing is sent from this page: the button ${where}. What looked like keys and e-mail addresses is masked; check the rest for anything private.`,
        ),
        label,
        area,
        element('p', 'mt-2', open),
      ),
    ];
  }

  #truncatedNotice(): HTMLElement {
    return element('p', 'mt-3 font-semibold', 'Your paste is longer than 1 MiB, so only its first and last half MiB were read.');
  }

  /** Said when a huge paste went into the box as its first and last half MiB only. */
  #cutNotice(): HTMLElement[] {
    const length = Number(this.dataset['cut'] ?? 0);
    if (!length) return [];
    const megabytes = (length / (1024 * 1024)).toFixed(1);
    return [element('p', 'mt-3 font-semibold', `Your paste was ${megabytes} MiB: the box kept its first and last half MiB, which is what is read.`)];
  }

  /** Said when the loader took thousands of terminal control codes out of a paste (see paste-box-loader.ts). */
  #controlsNotice(): HTMLElement[] {
    const count = Number(this.dataset['controls'] ?? 0);
    if (!count) return [];
    return [
      element(
        'p',
        'mt-3 font-semibold',
        `Your paste had ${count.toLocaleString('en')} terminal control codes (colours, titles, NUL bytes); the box took them out, as browsers slow to a crawl on that many.`,
      ),
    ];
  }

  /** What was read off the paste, as a description list; nothing when nothing was read. */
  #facts(diagnosis: Diagnosis): HTMLElement[] {
    const { status, amount, tool, requestId, reset, errorType, errorCode, limit, overageReason } = diagnosis.facts;
    const rows: [string, string][] = [];
    if (status !== undefined) rows.push(['HTTP status', String(status)]);
    if (errorType !== undefined) rows.push(['Error type', errorType]);
    if (errorCode !== undefined) rows.push(['Error code', errorCode]);
    if (limit !== undefined) rows.push(['Limit reached', limit]);
    if (overageReason !== undefined) rows.push(['Usage credits off because', overageReason]);
    if (amount !== undefined) rows.push(['Amount', `$${amount}`]);
    if (tool !== undefined) rows.push(['Tool', tool]);
    if (reset !== undefined) {
      const now = Date.now();
      const at = resolveReset(reset, now);
      const local =
        at === undefined
          ? ''
          : new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      rows.push([
        'Resets',
        at === undefined
          ? reset.text
          : `${reset.text}: ${local} your time (${zone}), in ${untilText(at - now)}${reset.zone ? '' : ', if it was printed in your time zone'}`,
      ]);
    }
    if (requestId !== undefined) rows.push(['Request id', requestId]);
    if (rows.length === 0) return [];
    const list = element('dl', 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm');
    for (const [term, value] of rows) list.append(element('dt', 'font-semibold', term), element('dd', 'font-mono break-all', value));
    return [element('h4', 'mt-3 text-sm font-bold', 'Read off your paste'), list];
  }

  /** A copy of the paste (or the stretches around the matches) with the matched words marked. */
  #copy(text: string, diagnosis: Diagnosis, caption: string): HTMLElement {
    const pre = element('pre', 'mt-1 whitespace-pre-wrap break-words rounded border border-line bg-page p-2 text-xs [overflow-wrap:anywhere]');
    for (const piece of highlightPieces(text, diagnosis.evidence, 1500, 160)) {
      if (piece.kind === 'mark') pre.append(element('mark', '', piece.text));
      else if (piece.kind === 'gap') pre.append(element('span', 'text-muted', piece.text));
      else pre.append(piece.text);
    }
    return element('figure', 'mt-4', element('figcaption', 'text-sm font-semibold', caption), pre);
  }
}

if (!customElements.get('paste-box')) customElements.define('paste-box', PasteBox);
