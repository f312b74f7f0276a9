// `<credit-calculator>`: reads the form, runs the pure arithmetic in src/credits/, writes results as text and
// keeps the figures in the query string. The page's tables work without it.
import { dailyBurn, dayByDay, headCount, hoursOfUse, reloadRow, simulateMonth, suggestedReload, workingDays } from '../credits/arithmetic.ts';
import { askFor, checkNumber, reloadProblem } from '../credits/bounds.ts';
import { chartGeometry, type ChartGeometry } from '../credits/chart.ts';
import { bandWords, perDeveloperDay, pointLabels, reloadTable, tiers, usagePatterns, type Point } from '../credits/estimates.ts';
import { formatMoney, formatRange, plural } from '../credits/format.ts';
import { fromQuery, linkCorrections, numericFields, resolve, toQuery, type PatternChoice, type Resolved, type Settings } from '../credits/state.ts';
import { lastsFigures, lastsSentence, monthSummary } from '../credits/summary.ts';

const svgNs = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Draws the chart geometry into an SVG element; every label goes in as text. */
function drawChart(target: SVGSVGElement, chart: ChartGeometry): void {
  target.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
  const parts: SVGElement[] = [];
  for (const tick of chart.yTicks) {
    parts.push(svg('line', { x1: chart.plot.left, x2: chart.plot.right, y1: tick.at, y2: tick.at, class: 'stroke-line', 'stroke-width': 1 }));
    parts.push(svg('text', { x: chart.plot.left - 8, y: tick.at + 4, 'text-anchor': 'end', 'font-size': 12, class: 'fill-muted' }, tick.label));
  }
  for (const tick of chart.xTicks) {
    parts.push(svg('text', { x: tick.at, y: chart.plot.bottom + 18, 'text-anchor': 'middle', 'font-size': 12, class: 'fill-muted' }, tick.label));
  }
  parts.push(
    svg(
      'text',
      { x: (chart.plot.left + chart.plot.right) / 2, y: chart.height - 4, 'text-anchor': 'middle', 'font-size': 12, class: 'fill-muted' },
      'working days',
    ),
  );
  parts.push(
    svg('line', {
      x1: chart.plot.left,
      x2: chart.plot.right,
      y1: chart.plot.bottom,
      y2: chart.plot.bottom,
      class: 'stroke-muted',
      'stroke-width': 1.5,
    }),
  );
  if (chart.thresholdY !== undefined) {
    parts.push(
      svg('line', {
        x1: chart.plot.left,
        x2: chart.plot.right,
        y1: chart.thresholdY,
        y2: chart.thresholdY,
        class: 'stroke-warn',
        'stroke-width': 2,
        'stroke-dasharray': '6 5',
      }),
    );
  }
  if (chart.band) {
    parts.push(svg('rect', { ...chart.band, class: 'fill-accent', 'fill-opacity': 0.25 }));
  }
  parts.push(svg('polyline', { points: chart.line, class: 'fill-none stroke-accent', 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
  for (const mark of chart.reloads) {
    const dot = svg('circle', { cx: mark.x, cy: mark.y, r: 4.5, class: 'fill-accent stroke-page', 'stroke-width': 1.5 });
    dot.append(svg('title', {}, mark.label));
    parts.push(dot);
  }
  if (chart.emptyAt) {
    parts.push(svg('circle', { cx: chart.emptyAt.x, cy: chart.emptyAt.y, r: 6, class: 'fill-none stroke-warn', 'stroke-width': 2.5 }));
    parts.push(svg('text', { x: chart.emptyAt.x + 8, y: chart.emptyAt.y - 10, 'font-size': 12, 'font-weight': 700, class: 'fill-warn' }, 'empty'));
  }
  target.replaceChildren(...parts);
}

/** The head-count band of the team-size table, in words. */
/** The team-size band a head count falls in, in words. */
function teamBand(developers: number): string {
  const row = reloadRow(developers);
  return row ? bandWords(row) : '';
}

export class CreditCalculator extends HTMLElement {
  #settings: Settings = fromQuery('');
  #form: HTMLFormElement | null = null;
  #invalid = new Set<string>();
  #announceTimer: number | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-calculator-form]');
    if (!form) return;
    this.#form = form;
    this.#settings = fromQuery(window.location.search);
    this.querySelector<HTMLElement>('[data-calculator-off]')?.setAttribute('hidden', '');
    form.hidden = false;
    this.#fill();
    // A figure from a link that had to be changed is explained under its field; the figure shown is usable.
    for (const name of linkCorrections(window.location.search)) {
      const error = this.querySelector<HTMLElement>(`[data-error="${name}"]`);
      const field = numericFields[name];
      if (error && field)
        error.textContent = `The link held a figure here that this estimator does not take, so the one shown is used instead. ${askFor(field.bound)}`;
    }
    this.#render(false);
    // Redraw at the new width when the chart's box changes size, so its labels stay readable.
    const chart = this.querySelector('svg[data-chart]');
    let lastWidth = 0;
    if (chart && 'ResizeObserver' in window) {
      new ResizeObserver((entries) => {
        const width = Math.round(entries[0]?.contentRect.width ?? 0);
        if (width > 0 && Math.abs(width - lastWidth) > 8 && this.#invalid.size === 0) {
          lastWidth = width;
          this.#render(false);
        }
      }).observe(chart);
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => this.#onInput(event));
    form.addEventListener('change', (event) => this.#onInput(event));
    this.querySelector('[data-action="use-suggestion"]')?.addEventListener('click', () => {
      this.#settings.reloadAmount = undefined;
      this.#settings.reloadThreshold = undefined;
      this.#clearError('reloadAmount');
      this.#clearError('reloadThreshold');
      this.#fill(['reloadAmount', 'reloadThreshold']);
      this.#update();
    });
  }

  #field(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.#form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? null;
  }

  #out(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-out="${name}"]`);
  }

  #setOut(name: string, text: string): void {
    const element = this.#out(name);
    if (element) element.textContent = text;
  }

  /** Writes resolved figures into the form; `only` limits it to some fields, and the field being typed in is left alone. */
  #fill(only?: string[]): void {
    const resolved = resolve(this.#settings);
    const values: Record<string, string> = { pattern: resolved.pattern };
    for (const [name, field] of Object.entries(numericFields)) values[name] = String(field.get(resolved));
    for (const [name, value] of Object.entries(values)) {
      if (only && !only.includes(name)) continue;
      const field = this.#field(name);
      if (field && field !== document.activeElement) field.value = value;
    }
    if (!only || only.includes('point')) {
      for (const radio of this.#form?.querySelectorAll<HTMLInputElement>('input[name="point"]') ?? []) radio.checked = radio.value === resolved.point;
    }
  }

  #onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) || !target.name) return;
    const name = target.name;
    const settings = this.#settings;
    if (name === 'point') {
      if (!(target instanceof HTMLInputElement) || !target.checked || target.value === settings.point) return;
      settings.point = target.value as Point;
      if (settings.pattern !== 'own') settings.hourlyCost = undefined;
      settings.dailyCost = {};
      for (const field of ['hourlyCost', ...tiers.map((tier) => `dailyCost.${tier}`)]) this.#clearError(field);
      this.#fill(['hourlyCost', 'reloadAmount', 'reloadThreshold', ...tiers.map((tier) => `dailyCost.${tier}`)]);
    } else if (name === 'pattern') {
      const pattern = target.value as PatternChoice;
      if (pattern === settings.pattern) return;
      settings.hourlyCost = pattern === 'own' ? resolve(settings).hourlyCost : undefined;
      settings.pattern = pattern;
      this.#clearError('hourlyCost');
      this.#fill(['hourlyCost']);
    } else if (name in numericFields) {
      if (event.type === 'change' && !this.#invalid.has(name)) return;
      const bound = numericFields[name]!.bound;
      const reading = checkNumber(target.value, bound, target instanceof HTMLInputElement && target.validity.badInput);
      if ('error' in reading) {
        this.#showError(name, reading.error);
        this.#update();
        return;
      }
      this.#clearError(name);
      this.#apply(name, reading.value);
      if (name.startsWith('team.')) this.#fill(['reloadAmount', 'reloadThreshold']);
    } else {
      return;
    }
    this.#update();
  }

  #apply(name: string, value: number): void {
    numericFields[name]?.set(this.#settings, value);
  }

  #showError(name: string, message: string): void {
    this.#invalid.add(name);
    this.#field(name)?.setAttribute('aria-invalid', 'true');
    const error = this.querySelector<HTMLElement>(`[data-error="${name}"]`);
    if (error) error.textContent = message;
  }

  #clearError(name: string): void {
    this.#invalid.delete(name);
    this.#field(name)?.removeAttribute('aria-invalid');
    const error = this.querySelector<HTMLElement>(`[data-error="${name}"]`);
    if (error) error.textContent = '';
  }

  /** Re-renders and, when every field holds a usable number, records the figures in the address. */
  #update(): void {
    if (this.#invalid.size > 0) {
      // Nothing is computed from a figure the form refused: the results empty out until it is fixed.
      const fix = 'No result until the figure marked as wrong is fixed.';
      for (const name of ['hours', 'days', 'head-count', 'daily-burn', 'monthly-burn']) this.#setOut(name, '–');
      for (const name of ['reload-basis', 'reload-rhythm', 'cap']) this.#setOut(name, '');
      for (const name of ['lasts', 'reload', 'month']) this.#setOut(name, fix);
      this.querySelector('svg[data-chart]')?.replaceChildren();
      this.#out('days-table')?.replaceChildren();
      return;
    }
    const query = toQuery(this.#settings);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    this.#render(true);
  }

  #render(announce: boolean): void {
    const resolved = resolve(this.#settings);
    const personal = this.#renderPersonal(resolved);
    const team = this.#renderTeam(resolved);
    const share = this.querySelector<HTMLInputElement>('#share-url');
    if (share) share.value = window.location.href;
    if (announce) {
      window.clearTimeout(this.#announceTimer);
      this.#announceTimer = window.setTimeout(() => {
        const status = this.querySelector<HTMLElement>('[data-announce]');
        if (status) status.textContent = `${personal} ${team}`;
      }, 700);
    }
  }

  #renderPersonal(resolved: Resolved): string {
    const preset = usagePatterns.find((pattern) => pattern.id === resolved.pattern);
    const hours = hoursOfUse(resolved.balance, resolved.hourlyCost);
    const days = workingDays(hours, resolved.hoursPerDay);
    const figures = lastsFigures(hours, days, resolved.hoursPerDay);
    this.#setOut('hours', figures.hours);
    this.#setOut('days', figures.days);
    const sentence = lastsSentence(resolved.balance, resolved.hourlyCost, hours, days, resolved.hoursPerDay);
    this.#setOut('lasts', sentence);
    const single = reloadTable[0]!;
    this.#setOut(
      'person-reload',
      `On your own, the articles suggest an auto-reload of ${formatRange(single.reload)} whenever the balance falls to ${formatMoney(single.threshold)} (estimate).`,
    );
    const hint = this.querySelector<HTMLElement>('[data-hint="pattern"]');
    if (hint) {
      hint.textContent = preset
        ? `${formatRange(preset.perHour)} an hour (estimate).`
        : 'Your own figure: for example, what your usage page shows you spent, divided by the hours you used the tool.';
    }
    const costHint = this.querySelector<HTMLElement>('[data-hint="hourlyCost"]');
    if (costHint) {
      costHint.textContent = !preset
        ? 'Your own figure.'
        : this.#settings.hourlyCost === undefined
          ? `${pointLabels[resolved.point]} of the estimate for this way of working.`
          : `Your own figure; the estimate's ${pointLabels[resolved.point].toLowerCase()} is ${formatMoney(resolve({ ...this.#settings, hourlyCost: undefined }).hourlyCost)}.`;
    }
    return sentence;
  }

  #renderTeam(resolved: Resolved): string {
    const developers = headCount(resolved.team);
    const burn = dailyBurn(resolved.team, resolved.dailyCost);
    const monthly = burn * resolved.workingDays;
    this.#setOut('head-count', String(developers));
    this.#setOut('daily-burn', formatMoney(burn));
    this.#setOut('monthly-burn', `${formatMoney(monthly)} over ${plural(resolved.workingDays, 'working day')}`);
    for (const tier of tiers) {
      const hint = this.querySelector<HTMLElement>(`[data-hint="dailyCost.${tier}"]`);
      if (hint) {
        hint.textContent =
          this.#settings.dailyCost[tier] === undefined
            ? `${pointLabels[resolved.point]} of ${formatRange(perDeveloperDay[tier].perDay)} (estimate).`
            : `Your own figure; the estimate is ${formatRange(perDeveloperDay[tier].perDay)}.`;
      }
    }

    const suggestion = suggestedReload(developers, resolved.point);
    const reload = { amount: resolved.reloadAmount, threshold: resolved.reloadThreshold };
    const own = this.#settings.reloadAmount !== undefined || this.#settings.reloadThreshold !== undefined;
    this.#setOut(
      'reload-basis',
      !suggestion
        ? 'Enter at least one developer to get a suggestion.'
        : own
          ? `Your own figures. The team-size table gives ${formatMoney(suggestion.amount)} at ${formatMoney(suggestion.threshold)} for ${teamBand(developers)} (estimate).`
          : `From the team-size table for ${teamBand(developers)}, at its ${pointLabels[resolved.point].toLowerCase()} (estimate).`,
    );

    const input = { startBalance: resolved.teamBalance, dailyBurn: burn, workingDays: resolved.workingDays, reload };
    const problem = reloadProblem(input);
    const amountField = this.#field('reloadAmount');
    if (problem) {
      // The figures are each in range but together make a reload that would fire absurdly often: say so, draw nothing.
      amountField?.setAttribute('aria-invalid', 'true');
      this.#setOut('reload', problem);
      for (const name of ['reload-rhythm', 'cap']) this.#setOut(name, '');
      this.#setOut('month', 'No month to show until the auto-reload above is one that could be set.');
      this.querySelector('svg[data-chart]')?.replaceChildren();
      this.#out('days-table')?.replaceChildren();
      return `Team: ${problem}`;
    }
    if (!this.#invalid.has('reloadAmount')) amountField?.removeAttribute('aria-invalid');

    const setting =
      reload.amount > 0
        ? `Add ${formatMoney(reload.amount)} each time the balance falls to ${formatMoney(reload.threshold)}.`
        : 'No auto-reload: nothing refills the balance.';
    this.#setOut('reload', setting);
    const month = simulateMonth(input);
    const perDay = month.reloadCount / resolved.workingDays;
    this.#setOut(
      'reload-rhythm',
      burn <= 0 || reload.amount <= 0
        ? ''
        : `At about ${formatMoney(burn)} a working day, that is ${plural(month.reloadCount, 'reload')} over ${plural(resolved.workingDays, 'working day')}, about ${plural(perDay, 'reload')} a working day. ` +
            (perDay > 1 ? `To reload at most once a working day, add at least ${formatMoney(Math.ceil(burn))} each time.` : ''),
    );
    this.#setOut(
      'cap',
      monthly > 0
        ? `Check the monthly spend limit too: at this rate a working month takes about ${formatMoney(monthly)}, so a lower limit stops the team before the month is out.`
        : '',
    );

    const summary = monthSummary(resolved.teamBalance, burn, resolved.workingDays, reload, month);
    this.#setOut(
      'month',
      `${summary}${month.truncated ? ' Reloads come too often to draw one by one: the shaded band shows where the balance swings.' : ''}`,
    );
    const chart = this.querySelector<SVGSVGElement>('svg[data-chart]');
    if (chart) {
      const width = Math.min(640, chart.getBoundingClientRect().width || 640);
      drawChart(
        chart,
        chartGeometry({
          startBalance: resolved.teamBalance,
          workingDays: resolved.workingDays,
          threshold: reload.amount > 0 ? reload.threshold : undefined,
          month,
          width,
        }),
      );
    }
    const body = this.#out('days-table');
    if (body) {
      const rows = dayByDay(input).map((row) => {
        const tr = document.createElement('tr');
        tr.className = 'border-t border-line';
        const day = document.createElement('th');
        day.scope = 'row';
        day.className = 'p-2 font-semibold';
        day.textContent = String(row.day);
        const reloads = document.createElement('td');
        reloads.className = 'p-2';
        reloads.textContent = row.reloads === 0 ? 'none' : String(row.reloads);
        const balance = document.createElement('td');
        balance.className = 'p-2';
        balance.textContent = formatMoney(row.endBalance);
        tr.append(day, reloads, balance);
        return tr;
      });
      body.replaceChildren(...rows);
    }
    return `Team: ${setting}`;
  }
}

if (!customElements.get('credit-calculator')) customElements.define('credit-calculator', CreditCalculator);
