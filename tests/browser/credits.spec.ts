import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test, useScheme } from './fixtures.ts';

/** Presses Tab until `target` has focus, failing if it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the field with Tab');
}

/** Replaces a focused field's text by typing, as a keyboard user would. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test.describe('the credit calculator', () => {
  test('opens with the calculator shown and the seed estimates filled in', async ({ page }) => {
    await page.goto('/credits/');
    await expect(page.getByRole('form', { name: 'Credit calculator' })).toBeVisible();
    await expect(page.getByText('The calculator needs JavaScript')).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Tool and way of working' })).toHaveValue('claude-code');
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('2');
    await expect(page.locator('[data-out="lasts"]')).toHaveText('At $2 an hour, $50 lasts about 25 hours of use: 4.2 working days of 6 hours.');
    await expect(page.locator('[data-out="reload"]')).toHaveText('Add $100 each time the balance falls to $25.');
    await expect(page.locator('[data-out="reload-basis"]')).toHaveText(
      'From the team-size table for 6 to 15 developers, at its midpoint (estimate).',
    );
  });

  test('answers "what auto-reload should we set?" with the keyboard alone, and puts it in the link', async ({ page }) => {
    await page.goto('/credits/');
    const heavy = page.getByLabel('Heavy: developers');
    await tabTo(page, heavy);
    await retype(page, '10');
    await expect(page.locator('[data-out="head-count"]')).toHaveText('17');
    await expect(page.locator('[data-out="reload"]')).toHaveText('Add $250 each time the balance falls to $50.');
    await expect(page.getByLabel('Amount to add each time, in dollars')).toHaveValue('250');
    await expect(page).toHaveURL(/[?&]heavy=10(&|$)/);

    // A preset by keyboard: the select takes arrow keys, the radios too.
    await tabTo(page, page.getByRole('combobox', { name: 'Tool and way of working' }), 120);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Tool and way of working' })).toHaveValue('parallel-agents');
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('10');
    await tabTo(page, page.getByRole('radio', { name: 'Midpoint' }), 120);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'High end' })).toBeChecked();
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('15');
    await expect(page).toHaveURL(/[?&]point=high(&|$)/);
    await expect(page).toHaveURL(/[?&]tool=parallel-agents(&|$)/);

    // Own reload figures, then back to the suggestion with the button.
    await tabTo(page, page.getByLabel('Amount to add each time, in dollars'), 120);
    await retype(page, '400');
    await expect(page.locator('[data-out="reload-basis"]')).toContainText('Your own figures');
    await tabTo(page, page.getByRole('button', { name: 'Use the suggested amount and threshold' }), 10);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Amount to add each time, in dollars')).toHaveValue('250');
    await expect(page).not.toHaveURL(/[?&]reload=/);
  });

  test('restores every figure from a shared link, and the link it offers is the address', async ({ page }) => {
    await page.goto('/credits/?tool=own&rate=4&balance=100&hours=5&point=high&heavy=10&team_balance=500&days=20&reload=300&at=60');
    await expect(page.getByRole('combobox', { name: 'Tool and way of working' })).toHaveValue('own');
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('4');
    await expect(page.getByRole('radio', { name: 'High end' })).toBeChecked();
    await expect(page.locator('[data-out="hours"]')).toHaveText('25 hours');
    await expect(page.locator('[data-out="days"]')).toHaveText('5 working days of 5 hours');
    await expect(page.locator('[data-out="reload"]')).toHaveText('Add $300 each time the balance falls to $60.');
    await expect(page.locator('[data-out="reload-basis"]')).toContainText(
      'Your own figures. The team-size table gives $250 at $50 for 16 to 50 developers (estimate).',
    );
    // 2 light at $5, 5 moderate at $15, 10 heavy at $50: $585 a day.
    await expect(page.locator('[data-out="daily-burn"]')).toHaveText('$585');

    await page.getByLabel('Balance, in dollars').fill('80');
    await expect(page).toHaveURL(/[?&]balance=80(&|$)/);
    const shared = await page.getByLabel('Link to this result').inputValue();
    expect(shared).toBe(page.url());

    await page.goto(shared);
    await expect(page.getByLabel('Balance, in dollars')).toHaveValue('80');
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('4');
    await expect(page.locator('[data-out="hours"]')).toHaveText('20 hours');
    await expect(page.getByLabel('Reload when the balance falls to, in dollars')).toHaveValue('60');
  });

  test('says what is wrong with a figure it cannot use, and leaves the link alone until it is fixed', async ({ page }) => {
    await page.goto('/credits/');
    const balance = page.getByLabel('Balance, in dollars');
    await balance.fill('-5');
    await expect(balance).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-error="balance"]')).toHaveText('This figure cannot be negative. Enter an amount from $0 to $10,000.');
    await expect(page.locator('[data-out="lasts"]')).toHaveText('No result until the figure marked as wrong is fixed.');
    await expect(page.locator('[data-out="hours"]')).toHaveText('–');
    await expect(page).not.toHaveURL(/balance=/);
    await balance.fill('30');
    await expect(balance).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-error="balance"]')).toHaveText('');
    await expect(page).toHaveURL(/[?&]balance=30(&|$)/);
  });

  test('draws the month with a mark per reload and says the same in words and in a table', async ({ page }) => {
    await page.goto('/credits/');
    const chart = page.getByRole('img', { name: 'The balance over a working month (estimate)' });
    await expect(chart).toBeVisible();
    const summary = page.locator('[data-out="month"]');
    await expect(summary).toContainText('17 reloads in 21 working days');
    await expect(chart.locator('circle')).toHaveCount(17);
    await page.getByText('The month day by day, as a table').click();
    await expect(page.getByRole('region', { name: 'The month day by day' }).getByRole('row')).toHaveCount(22);

    await page.getByLabel('Amount to add each time, in dollars').fill('0');
    await expect(summary).toContainText('runs out after about');
    await expect(chart.getByText('empty')).toHaveCount(1);
  });

  test('says "1 working day", never "1 working days", for a balance and for a month of one day', async ({ page }) => {
    await page.goto('/credits/?balance=12&team_balance=50');
    await expect(page.locator('[data-out="lasts"]')).toHaveText('At $2 an hour, $12 lasts about 6 hours of use: 1 working day of 6 hours.');
    await expect(page.locator('[data-out="days"]')).toHaveText('1 working day of 6 hours');

    await page.getByLabel('Working days in a month').fill('1');
    await expect(page.locator('[data-out="monthly-burn"]')).toHaveText('$88.50 over 1 working day');
    await expect(page.locator('[data-out="month"]')).toContainText('1 reload in 1 working day (about 1 reload a working day)');
    await expect(page.locator('[data-out="reload-rhythm"]')).toContainText('that is 1 reload over 1 working day');
    await page.getByText('The month day by day, as a table').click();
    expect(await page.locator('main').innerText()).not.toMatch(/\b1 working days\b/);
  });

  test('refuses a $0.0001 reload, names the smallest it takes, and computes nothing from it', async ({ page }) => {
    await page.goto('/credits/');
    const amount = page.getByLabel('Amount to add each time, in dollars');
    await amount.fill('0.0001');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-error="reloadAmount"]')).toHaveText(
      '$5 is the smallest reload this estimator takes: a smaller one would fire so often that no estimate means anything. Enter 0 for no auto-reload, or an amount from $5 to $100,000.',
    );
    await expect(page.locator('[data-out="reload"]')).toHaveText('No result until the figure marked as wrong is fixed.');
    await expect(page.locator('[data-out="month"]')).toHaveText('No result until the figure marked as wrong is fixed.');
    await expect(page.locator('svg[data-chart] circle')).toHaveCount(0);
    await expect(page).not.toHaveURL(/reload=/);
    expect(await page.locator('main').innerText()).not.toMatch(/\d{1,3}(,\d{3}){2,} reloads?/);

    await amount.fill('10');
    await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-out="reload"]')).toHaveText('Add $10 each time the balance falls to $25.');
  });

  test('shows no absurd count: a reload far too small for the spending is refused with the smallest that fits', async ({ page }) => {
    // Every figure is within its range, but 1,000 heavy developers at $100 a day would empty a $5 reload thousands of times a day.
    await page.goto('/credits/?heavy=1000&heavy_cost=100&reload=5');
    const reload = page.locator('[data-out="reload"]');
    await expect(reload).toContainText('would fire more than 10 times a working day');
    await expect(reload).toContainText('Add at least $');
    await expect(page.getByLabel('Amount to add each time, in dollars')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-out="month"]')).toHaveText('No month to show until the auto-reload above is one that could be set.');
    await expect(page.locator('svg[data-chart] circle')).toHaveCount(0);
    await page.getByText('The month day by day, as a table').click();
    await expect(page.locator('[data-out="days-table"] tr')).toHaveCount(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/[\d,]{5,} reloads?/);
    expect(text).not.toMatch(/\d{1,3}(,\d{3}){3,}/);

    // The smallest amount it names is one the calculator then accepts.
    const smallest = /Add at least \$([\d,]+) each time/.exec((await reload.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? '';
    await page.getByLabel('Amount to add each time, in dollars').fill(smallest);
    await expect(reload).toHaveText(new RegExp(`^Add \\$[\\d,]+ each time the balance falls to \\$100\\.$`));
    await expect(page.locator('[data-out="month"]')).toContainText(/in 21 working days \(about (9\.\d|10) reloads a working day\)/);
  });

  test('checks every figure: huge, unreadable and out-of-range text is refused with what it takes', async ({ page }) => {
    await page.goto('/credits/');
    const balance = page.getByLabel('Balance, in dollars');
    await balance.fill('1e308');
    await expect(page.locator('[data-error="balance"]')).toHaveText('That is more than this estimator takes. Enter an amount from $0 to $10,000.');
    await expect(page.locator('[data-out="lasts"]')).toHaveText('No result until the figure marked as wrong is fixed.');
    await balance.fill('20');

    const rate = page.getByLabel('Cost per hour of use, in dollars');
    await rate.fill('0');
    await expect(page.locator('[data-error="hourlyCost"]')).toHaveText('That is less than this estimator takes. Enter an amount from $0.05 to $200.');
    await rate.fill('');
    await expect(page.locator('[data-error="hourlyCost"]')).toHaveText('Enter an amount from $0.05 to $200.');
    // Typed text the number field cannot read reaches the page as an empty value with badInput set.
    await rate.focus();
    await page.keyboard.type('1e');
    await expect(page.locator('[data-error="hourlyCost"]')).toHaveText('That is not a number. Enter an amount from $0.05 to $200.');
    await rate.fill('2');

    await page.getByLabel('Heavy: developers').fill('2.5');
    await expect(page.locator('[data-error="team.heavy"]')).toHaveText('Use a whole number. Enter a number of developers from 0 to 10,000.');
    await page.getByLabel('Heavy: developers').fill('1');
    await page.getByLabel('Working days in a month').fill('40');
    await expect(page.locator('[data-error="workingDays"]')).toHaveText(
      'That is more than this estimator takes. Enter a number of days from 1 to 31.',
    );
    await page.getByLabel('Working days in a month').fill('21');
    await expect(page.locator('[data-out="lasts"]')).toHaveText('At $2 an hour, $20 lasts about 10 hours of use: 1.7 working days of 6 hours.');
  });

  test('says so when a shared link holds figures it cannot take, and caps how long a balance is said to last', async ({ page }) => {
    await page.goto('/credits/?balance=1e308&reload=0.0001&rate=0.05');
    await expect(page.getByLabel('Balance, in dollars')).toHaveValue('10000');
    await expect(page.locator('[data-error="balance"]')).toContainText('The link held a figure here that this estimator does not take');
    await expect(page.getByLabel('Amount to add each time, in dollars')).toHaveValue('5');
    await expect(page.locator('[data-error="reloadAmount"]')).toContainText('Enter 0 for no auto-reload, or an amount from $5 to $100,000.');
    await expect(page.locator('[data-out="days"]')).toHaveText('more than 250 working days');
    await expect(page.locator('[data-out="lasts"]')).toContainText('lasts more than 250 working days of 6 hours, about a year of work');
  });

  test("says once, with its link, whose estimates these are, and that they are not Anthropic's prices", async ({ page }) => {
    await page.goto('/credits/');
    await expect(page.locator('[data-out="lasts"]')).not.toBeEmpty();
    const text = await page.locator('main').innerText();
    expect(text.match(/not Anthropic's prices/g)).toHaveLength(1);
    expect(text.match(/Matthew Diakonov/g)).toHaveLength(1);
    expect(text).not.toMatch(/seed author|seed article/i);
    const origin = page.locator('#estimates-origin');
    await expect(origin).toContainText("They are his estimates, not Anthropic's prices.");
    const link = page.locator('a[href="https://fazm.ai/blog/llm-request-rejected-organization-credit-workspace-admin"]');
    await expect(link).toHaveCount(1);
    await expect(origin.getByRole('link', { name: 'an article for workspace admins on the organization credit' })).toHaveCount(1);
    // Results refer back briefly instead of repeating where the figures come from.
    await expect(page.locator('[data-out="person-reload"]')).toHaveText(
      'On your own, the articles suggest an auto-reload of $10–$20 whenever the balance falls to $5 (estimate).',
    );
    // Both names of the balance are explained once.
    expect(text.match(/both names mean the same balance/g)).toHaveLength(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations with the calculator and its table open, in the ${scheme} scheme`, async ({ page }) => {
      await useScheme(page, scheme);
      await page.goto('/credits/?heavy=3&reload=0');
      await page.getByText('The month day by day, as a table').click();
      await page.locator('figure[data-diagram] summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('fits a 375 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/credits/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('the credits page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the estimate tables with their sources, and says the calculator needs JavaScript', async ({ page }) => {
    await page.goto('/credits/');
    await expect(page.getByText('The calculator needs JavaScript')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Credit calculator' })).toBeHidden();
    const perHour = page.getByRole('region', { name: 'Cost per hour, by tool and way of working' }).getByRole('table');
    await expect(perHour.getByRole('row')).toHaveCount(4);
    await expect(perHour.getByRole('row', { name: /Claude Code: one agent/ })).toContainText('$1–$3');
    await expect(perHour.getByRole('row', { name: /Claude Code: one agent/ })).toContainText('6.7–20 hours');
    const perDeveloper = page.getByRole('region', { name: 'Cost per developer per working day' }).getByRole('table');
    await expect(perDeveloper.getByRole('row', { name: /Heavy/ })).toContainText('$15–$50+');
    const bySize = page.getByRole('region', { name: 'Auto-reload by team size' }).getByRole('table');
    await expect(bySize.getByRole('row', { name: /^6–15/ })).toContainText('$100');
    await expect(bySize.getByRole('row', { name: /^6–15/ })).toContainText('$25');
    await expect(bySize.getByRole('row', { name: /more than 50/ })).toContainText('$500+');
    await expect(page.getByText('From the organization-credit article.')).toBeVisible();
    await expect(page.locator('#estimates-origin')).toBeVisible();
  });
});
