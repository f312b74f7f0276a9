import { describe, expect, test } from 'vitest';
import { billingDiagram } from '../../src/diagrams/billing.ts';
import { diagramInWords, layoutDiagram, wrap } from '../../src/diagrams/layout.ts';
import { organizationDiagram } from '../../src/diagrams/organization.ts';

const diagrams = [billingDiagram, organizationDiagram];
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
/** The words of four letters or more in a box's title: what the text alternative must also say. */
const keyWords = (text: string) => [...words(text)].filter((word) => word.length >= 4);

describe('the diagrams’ text alternatives', () => {
  for (const diagram of diagrams) {
    test(`${diagram.id}: every box's title is said in its chain's sentence`, () => {
      for (const chain of diagram.chains) {
        const said = words(chain.says);
        for (const node of chain.nodes) {
          for (const word of keyWords(node.title)) expect(said.has(word), `"${word}" of "${node.title}" in: ${chain.says}`).toBe(true);
        }
      }
    });

    test(`${diagram.id}: the words give one item per chain and every note`, () => {
      const inWords = diagramInWords(diagram);
      expect(inWords.steps).toEqual(diagram.chains.map((chain) => chain.says));
      expect(inWords.notes).toEqual(diagram.notes);
    });
  }

  test('the billing diagram names the three ways a request is paid for', () => {
    const titles = billingDiagram.chains.map((chain) => chain.nodes[1]?.title);
    expect(titles).toEqual(["The plan's limits", 'Usage credits', 'API billing']);
    expect(billingDiagram.chains[0]?.says).toContain('Claude Code');
    expect(billingDiagram.chains[1]?.says).toContain('Third-party apps');
  });

  test('the organization diagram runs member, rejection, request, Owner, retry in that order', () => {
    expect(organizationDiagram.chains[0]?.nodes.map((node) => node.kicker)).toEqual(['Member', 'Claude API', 'Member', 'Owner', 'Member']);
  });
});

describe('layoutDiagram', () => {
  for (const diagram of diagrams) {
    for (const orientation of ['wide', 'narrow'] as const) {
      test(`${diagram.id} ${orientation}: every box and line stays inside the picture, one arrow between neighbours`, () => {
        const layout = layoutDiagram(diagram, orientation);
        const boxCount = diagram.chains.reduce((sum, chain) => sum + chain.nodes.length, 0);
        expect(layout.boxes).toHaveLength(boxCount);
        expect(layout.arrows).toHaveLength(boxCount - diagram.chains.length);
        for (const box of layout.boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
          for (const line of box.lines) expect(line.y).toBeLessThan(box.y + box.height);
        }
      });
    }
  }
});

describe('wrap', () => {
  test('breaks at spaces within the limit', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  test('hyphenates a word longer than a line', () => {
    expect(wrap('abcdefghij', 6)).toEqual(['abcde-', 'fghij']);
  });
});
