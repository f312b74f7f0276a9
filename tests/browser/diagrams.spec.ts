import { billingDiagram } from '../../src/diagrams/billing.ts';
import { organizationDiagram } from '../../src/diagrams/organization.ts';
import { expect, test } from './fixtures.ts';

// Link previews, Markdown twins, llms.txt and the changes page are read from the built files in tests/site/files.test.ts.

test.describe('diagrams', () => {
  for (const { path, diagram, width } of [
    { path: '/', diagram: billingDiagram, width: 1280 },
    { path: '/credits/', diagram: billingDiagram, width: 375 },
  ]) {
    test(`${diagram.id} on ${path} at ${width} px: one picture shown, named, described by text that says every step`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const figure = page.locator(`figure[data-diagram="${diagram.id}"]`);
      const pictures = figure.getByRole('img', { name: diagram.title });
      await expect(pictures).toHaveCount(1);
      await expect(pictures).toHaveAttribute('data-orientation', width < 768 ? 'narrow' : 'wide');
      const describedBy = (await pictures.getAttribute('aria-describedby'))?.split(' ') ?? [];
      expect(describedBy).toEqual([`${diagram.id}-words`, `${diagram.id}-notes`]);
      const words = page.locator(`[id="${diagram.id}-words"]`);
      const notes = page.locator(`[id="${diagram.id}-notes"]`);
      for (const chain of diagram.chains) await expect(words).toContainText(chain.says);
      for (const note of diagram.notes) await expect(notes).toContainText(note);
      await expect(notes).toBeVisible();
      // Every node's whole title, word for word in order (the drawing may break a title across lines).
      const drawn = (await pictures.textContent()) ?? '';
      for (const node of diagram.chains.flatMap((chain) => chain.nodes)) {
        const words = node.title.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        expect(drawn, node.title).toMatch(new RegExp(words.join('\\s*')));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test('the organization flow is drawn on the admin guide, named and said in words', async ({ page }) => {
    await page.goto('/admin/');
    const figure = page.locator(`figure[data-diagram="${organizationDiagram.id}"]`);
    await expect(figure.getByRole('img', { name: organizationDiagram.title })).toHaveCount(1);
    await expect(figure.locator(`[id="${organizationDiagram.id}-words"]`)).toContainText(organizationDiagram.chains[0]?.says ?? '');
  });
});
