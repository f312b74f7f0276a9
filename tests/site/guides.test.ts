// What every guide says in its built HTML, which is also what a reader without JavaScript gets.
import { describe, expect, test } from 'vitest';
import { builtPage, builtVariants, linksNamed, region, shownText, squeezed } from './built.ts';

const variants = builtVariants();

/** A pattern matching exactly this text, allowing whitespace around it. */
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

describe.each(variants.map((variant) => [variant.id, variant] as const))('the %s guide', (id, variant) => {
  const page = () => builtPage(`/errors/${id}/`);

  test('carries its title, messages, steps, sources and review date', () => {
    expect(shownText(page().querySelector('h1'))).toBe(variant.title);
    // A guide without a message of its own (still-rejected) has no messages section to look at.
    const shown = variant.messages.length > 0 ? region(page(), /^The messages?$/) : page().createElement('section');
    // Each verbatim message exactly once, the headline in its copyable block, the rest listed under it.
    const codes = [...shown.querySelectorAll('code')].map((code) => code.textContent);
    for (const message of variant.messages)
      expect(
        codes.filter((code) => exactly(message).test(code)),
        message,
      ).toHaveLength(1);
    if (variant.messages[0]) expect(shownText(shown.querySelector('pre'))).toBe(squeezed(variant.messages[0]));
    // Each wording says when it was seen and links its source.
    for (const wording of variant.wordings) {
      const year = wording.firstSeen.slice(0, 4);
      expect(shownText(shown)).toMatch(new RegExp(`seen (since|in|from) .*${year}`));
      expect(shown.querySelector(`a[href="${wording.source.url}"]`), wording.source.url).not.toBeNull();
    }
    const steps = region(page(), 'How to fix it').querySelectorAll('li');
    expect(steps).toHaveLength(variant.steps.length);
    for (const [index, step] of variant.steps.entries()) expect(shownText(steps[index])).toContain(step.title);
    const sources = region(page(), 'Sources');
    for (const source of variant.sources) {
      expect(
        // Named exactly: an issue's title is its reference, which another source's title can contain.
        linksNamed(sources, source.title)
          .filter((link) => shownText(link).trim() === source.title)
          .map((link) => link.getAttribute('href')),
        source.title,
      ).toEqual([source.url]);
    }
    expect(sources.querySelector(`time[datetime="${variant.reviewed}"]`)).not.toBeNull();
    if (id !== 'still-rejected') {
      expect(linksNamed(region(page(), 'Still failing?'), 'My balance is fine and it still fails')).toHaveLength(1);
    }
  });

  test('reads fully without JavaScript', () => {
    const meaning = [...page().querySelectorAll('h2')].filter((heading) => shownText(heading) === 'What it means');
    expect(meaning).toHaveLength(1);
    expect(region(page(), 'How to fix it').querySelectorAll('li').length).toBeGreaterThan(0);
    expect(region(page(), 'Sources').querySelectorAll('a[href]').length).toBeGreaterThan(0);
    // The copy buttons need a script: each sits in its custom element, which keeps it hidden until the script defines it.
    for (const button of page().querySelectorAll('button')) {
      if (shownText(button) === 'Copy message') expect(button.parentElement?.localName).toBe('copy-button');
    }
    // Section links are plain links, so they work without a script too.
    expect(linksNamed(page(), 'Link to this section')[0]?.getAttribute('href')).toMatch(/^#/);
    // The box that needs a script says where to look instead.
    expect(linksNamed(region(page(), 'Diagnosis'), 'the index of every error').map((link) => link.getAttribute('href'))).toEqual(['/errors/']);
  });
});

test.each(['/', '/errors/'])('%s links every variant under its group, without JavaScript', (path) => {
  for (const variant of variants) {
    const group = builtPage(path).querySelector(`section#${variant.group}`);
    expect(group, `section#${variant.group}`).not.toBeNull();
    const links = [...(group?.querySelectorAll('a[href]') ?? [])].filter((link) => shownText(link) === variant.title);
    expect(
      links.map((link) => link.getAttribute('href')),
      variant.id,
    ).toEqual([`/errors/${variant.id}/`]);
  }
});

test('the index of every error links every guide', () => {
  const links = [...builtPage('/errors/').querySelectorAll('main a[href^="/errors/"]')].map((link) => link.getAttribute('href'));
  for (const variant of variants) expect(links, variant.id).toContain(`/errors/${variant.id}/`);
});
