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
    await expect(page.locator('[data-out="reload-basis"]')).toContainText("seed author's estimate, not Anthropic's price");
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
    await expect(page.locator('[data-out="hours"]')).toHaveText('25 (estimate)');
    await expect(page.locator('[data-out="days"]')).toHaveText('5 of 5 hours (estimate)');
    await expect(page.locator('[data-out="reload"]')).toHaveText('Add $300 each time the balance falls to $60.');
    await expect(page.locator('[data-out="reload-basis"]')).toContainText('Your own figures. The seed author');
    // 2 light at $5, 5 moderate at $15, 10 heavy at $50: $585 a day.
    await expect(page.locator('[data-out="daily-burn"]')).toHaveText('$585 (estimate)');

    await page.getByLabel('Balance, in dollars').fill('80');
    await expect(page).toHaveURL(/[?&]balance=80(&|$)/);
    const shared = await page.getByLabel('Link to this result').inputValue();
    expect(shared).toBe(page.url());

    await page.goto(shared);
    await expect(page.getByLabel('Balance, in dollars')).toHaveValue('80');
    await expect(page.getByLabel('Cost per hour of use, in dollars')).toHaveValue('4');
    await expect(page.locator('[data-out="hours"]')).toHaveText('20 (estimate)');
    await expect(page.getByLabel('Reload when the balance falls to, in dollars')).toHaveValue('60');
  });

  test('says what is wrong with a figure it cannot use, and leaves the link alone until it is fixed', async ({ page }) => {
    await page.goto('/credits/');
    const balance = page.getByLabel('Balance, in dollars');
    await balance.fill('-5');
    await expect(balance).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-error="balance"]')).toHaveText('Enter a number from 0 to 1,000,000.');
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
    await expect(perHour.getByRole('row')).toHaveCount(7);
    await expect(perHour.getByRole('row', { name: /Claude Code: one agent/ })).toContainText('$1–$3');
    await expect(perHour.getByRole('row', { name: /Claude Code: one agent/ })).toContainText('6.7–20 hours');
    const perDeveloper = page.getByRole('region', { name: 'Cost per developer per working day' }).getByRole('table');
    await expect(perDeveloper.getByRole('row', { name: /Heavy/ })).toContainText('$15–$50+');
    const bySize = page.getByRole('region', { name: 'Auto-reload by team size' }).getByRole('table');
    await expect(bySize.getByRole('row', { name: /^6–15/ })).toContainText('$100');
    await expect(bySize.getByRole('row', { name: /^6–15/ })).toContainText('$25');
    await expect(bySize.getByRole('row', { name: /more than 50/ })).toContainText('$500+');
    await expect(page.getByText('Source:').first()).toBeVisible();
  });
});
