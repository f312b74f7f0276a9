import { describe, expect, test } from 'vitest';
import { variants } from '../../src/catalogue/index.ts';
import { closestGuides, tellingTerms } from '../../src/search/closest.ts';
import { nearestId, typedGuideId } from '../../src/search/nearest-id.ts';
import { organizationFactor, rerank, speaksOfOrganization } from '../../src/search/rank.ts';
import { buildVocabulary, correctQuery, editDistance } from '../../src/search/vocabulary.ts';

const vocabulary = buildVocabulary(variants);
const ids = variants.map((variant) => variant.id);

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit', () => {
    expect(editDistance('usgae', 'usage', 2)).toBe(1);
    expect(editDistance('overlaoded', 'overloaded', 2)).toBe(1);
  });

  test('stops above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('correctQuery', () => {
  test('corrects typos to the site vocabulary', () => {
    expect(correctQuery('extra usgae', vocabulary)).toBe('extra usage');
    expect(correctQuery('overlaoded', vocabulary)).toBe('overloaded');
  });

  test('leaves known words, numbers and words being typed alone', () => {
    expect(correctQuery('extra usage 429', vocabulary)).toBeNull();
    expect(correctQuery('overl', vocabulary)).toBeNull();
  });
});

describe('speaksOfOrganization and the organization factor', () => {
  test('tells queries about an organization from the others', () => {
    expect(speaksOfOrganization("You've hit your org's monthly spend limit")).toBe(true);
    expect(speaksOfOrganization('ask your workspace admin')).toBe(true);
    expect(speaksOfOrganization('out of extra usage')).toBe(false);
  });

  test('lowers a demoted result below a personal one it would have beaten', () => {
    const hits = [
      { url: '/errors/org-add-more/', title: 'Organization out of usage credits', messages: [], score: 1 },
      { url: '/errors/out-of-extra-usage/', title: 'Out of usage credits', messages: [], score: organizationFactor + 0.2 },
    ];
    expect(rerank('usage credits', hits).map((hit) => hit.url)[0]).toBe('/errors/org-add-more/');
    expect(rerank('usage credits', hits, (hit) => hit.url.includes('org-')).map((hit) => hit.url)[0]).toBe('/errors/out-of-extra-usage/');
  });
});

describe('closestGuides', () => {
  test('ranks guides by shared words, titles first', () => {
    expect(closestGuides('why does my oauth token keep expiring', variants).map((guide) => guide.id)).toContain('oauth-token-expired');
  });

  test('gives nothing when no word is shared', () => {
    expect(closestGuides('zzzz qqqq', variants)).toEqual([]);
    expect(tellingTerms('the and you')).toEqual([]);
  });
});

describe('nearestId and typedGuideId', () => {
  test('reads the typed id off a guide address', () => {
    expect(typedGuideId('/errors/Out_Of_Extra_Usage')).toBe('out-of-extra-usage');
    expect(typedGuideId('/errors/overloaded.md')).toBe('overloaded');
    expect(typedGuideId('/admin/')).toBeUndefined();
  });

  test('suggests the nearest id for a typo, a fragment or an extra word', () => {
    expect(nearestId('out-of-extra-usgae', ids)).toBe('out-of-extra-usage');
    expect(nearestId('overload', ids)).toBe('overloaded');
    expect(nearestId('rate-limit', ids)).toBe('rate-limited');
  });

  test('suggests nothing for unrelated words', () => {
    expect(nearestId('kitchen-sink-recipes', ids)).toBeUndefined();
  });
});
