import type { Page } from '@playwright/test';
import { axeViolations, expect, test, useScheme } from './fixtures.ts';

// The built site has no REPORT_URL, so reports are off; a test that needs them sets the box's attribute as a build would.
const unknownPaste = 'Error 418 from the teapot gateway: sk-ant-api03-SECRETSECRET12 refused, contact jane@example.com';

function pasteBox(page: Page) {
  return page.getByRole('textbox', { name: /Paste your error/ });
}

function result(page: Page) {
  return page.getByRole('region', { name: 'Diagnosis' });
}

async function enableReports(page: Page, target: string): Promise<void> {
  await page.locator('paste-box').evaluate((box, value) => box.setAttribute('data-report', value), target);
}

test('with no report address set, an unrecognised paste offers no report', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill(unknownPaste);
  await expect(result(page).getByRole('heading', { name: 'Not recognised' })).toBeVisible();
  await expect(result(page).getByText('Tell the site about this error')).toHaveCount(0);
});

test('an unrecognised paste offers a masked report to edit, and the form link follows the edits without sending anything', async ({
  page,
  baseURL,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) elsewhere.push(request.url());
  });
  await page.goto('/');
  await enableReports(page, 'https://github.com/example/site/issues/new');
  await pasteBox(page).fill(unknownPaste);
  await result(page).getByText('Tell the site about this error').click();
  const report = result(page).getByRole('textbox', { name: /The report/ });
  await expect(report).toHaveValue(/Error 418 from the teapot gateway/);
  await expect(report).not.toHaveValue(/SECRETSECRET|jane@/);
  const open = result(page).getByRole('link', { name: 'Open the report form' });
  await expect(open).toHaveAttribute('target', '_blank');
  await report.fill('Only this line, after my edit');
  await expect(open).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/example\/site\/issues\/new\?title=Paste\+not\+recognised&body=Only\+this\+line/,
  );
  expect(elsewhere).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open report passes axe in the ${scheme} scheme`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto('/');
    await enableReports(page, 'https://github.com/example/site/issues/new');
    await pasteBox(page).fill(unknownPaste);
    await result(page).getByText('Tell the site about this error').click();
    await expect(result(page).getByRole('link', { name: 'Open the report form' })).toBeVisible();
    expect(await axeViolations(page, '[data-result]')).toEqual([]);
  });
}

test('a mail address gets a mail link, and a recognised paste offers no report', async ({ page }) => {
  await page.goto('/');
  await enableReports(page, 'mailto:reports@example.org');
  await pasteBox(page).fill(unknownPaste);
  await result(page).getByText('Tell the site about this error').click();
  await expect(result(page).getByRole('link', { name: 'Write the report e-mail' })).toHaveAttribute('href', /^mailto:reports@example\.org\?subject=/);
  await pasteBox(page).fill('API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
  await expect(result(page)).toHaveAttribute('data-diagnosis', 'overloaded');
  await expect(result(page).getByText('Tell the site about this error')).toHaveCount(0);
});

test('a report address that is not https or mailto is ignored in the page', async ({ page }) => {
  await page.goto('/');
  await enableReports(page, 'javascript:alert(1)');
  await pasteBox(page).fill(unknownPaste);
  await expect(result(page).getByRole('heading', { name: 'Not recognised' })).toBeVisible();
  await expect(result(page).getByText('Tell the site about this error')).toHaveCount(0);
});
