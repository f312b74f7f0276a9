import { describe, expect, test } from 'vitest';
import { parseClaimCatalogue } from '../../src/admin/claim.ts';

const whole = { id: 'a', title: 'A', group: 'organization', messages: ['m'] };

describe('parseClaimCatalogue, one field wrong at a time', () => {
  test('keeps an entry only when its id, title and group are text and its messages a list of text', () => {
    for (const broken of [
      { ...whole, id: 1 },
      { ...whole, title: null },
      { ...whole, group: ['organization'] },
      { ...whole, messages: 'm' },
      { ...whole, messages: ['m', 2] },
      'a string',
      7,
    ]) {
      expect([...parseClaimCatalogue(JSON.stringify([broken, { ...whole, id: 'kept' }])).keys()], JSON.stringify(broken)).toEqual(['kept']);
    }
  });

  test('keeps every field of a good entry, an empty message list included', () => {
    expect(parseClaimCatalogue(JSON.stringify([{ ...whole, messages: [] }])).get('a')).toEqual({ ...whole, messages: [] });
    expect(parseClaimCatalogue(JSON.stringify([whole])).get('a')).toEqual(whole);
  });

  test('reads a missing block as an empty list, not as an error', () => {
    expect(parseClaimCatalogue(null).size).toBe(0);
    expect(parseClaimCatalogue('[]').size).toBe(0);
  });
});
