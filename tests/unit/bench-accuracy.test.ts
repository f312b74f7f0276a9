// The accuracy bench's scoring: which label each unseen line is scored against, as the audit of its labels says.
import { describe, expect, test } from 'vitest';
import { audited, score } from '../../scripts/bench-accuracy.mjs';

const lines = [
  { text: 'a', expect: 'rate-limited', second: 'rate-limited' },
  { text: 'b', expect: 'overloaded', second: 'internal-server-error', settled: 'internal-server-error' },
  { text: 'c', expect: null, second: null },
  { text: 'd', expect: 'invalid-request' },
];

describe('scoring the unseen corpus', () => {
  test('as collected, every line counts against its first label, and a null answer is right for a null label', () => {
    const result = score(lines, ['rate-limited', 'internal-server-error', null, null]);
    expect([result.right, result.total]).toEqual([2, 4]);
    expect(result.misses.map((miss) => [miss.text, miss.expect, miss.got])).toEqual([
      ['b', 'overloaded', 'internal-server-error'],
      ['d', 'invalid-request', null],
    ]);
  });

  test('on the lines two labellers agree on, a disputed or unaudited line is left out', () => {
    const result = score(lines, ['rate-limited', 'internal-server-error', 'overloaded', null], audited.agreed);
    expect([result.right, result.total]).toEqual([1, 2]);
    expect(result.misses.map((miss) => miss.text)).toEqual(['c']);
  });

  test('with disputes settled, a disputed line counts against the settled label and the rest against their own', () => {
    const result = score(lines, ['rate-limited', 'internal-server-error', null, null], audited.settled);
    expect([result.right, result.total]).toEqual([3, 4]);
    expect(result.misses.map((miss) => miss.text)).toEqual(['d']);
  });

  test('a settled null is a label, not a missing one', () => {
    const nullSettled = [{ text: 'e', expect: 'overloaded', second: null, settled: null }];
    expect(score(nullSettled, [null], audited.settled)).toMatchObject({ right: 1, total: 1 });
  });
});
