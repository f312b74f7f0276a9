import { describe, expect, test } from 'vitest';
import { normalise, squeeze } from '../../src/matcher/normalise.ts';

/** The decoded text and, for each decoded char, the original text it came from. */
function decoded(text: string): { plain: string; sources: string[] } {
  const { plain, plainStart, plainEnd } = normalise(text);
  return { plain, sources: Array.from({ length: plain.length }, (_, k) => text.slice(plainStart[k], plainEnd[k])) };
}

describe('normalise', () => {
  test('decodes JSON escapes and keeps where each char came from', () => {
    const { plain, sources } = decoded('You\\u2019re \\"out\\"\\nnow');
    expect(plain).toBe('You\u2019re "out"\nnow');
    expect(sources[3]).toBe('\\u2019');
    expect(sources[7]).toBe('\\"');
    expect(sources[11]).toBe('\\"');
    expect(sources[12]).toBe('\\n');
  });

  test('decodes double-escaped JSON the same as single-escaped', () => {
    expect(normalise('{\\\\\\"message\\\\\\":\\\\\\"hi\\\\\\"}\\\\n').plain).toBe('{"message":"hi"}\n');
  });

  test('decodes Python byte escapes', () => {
    expect(normalise("b'\\x24100 credit'").plain).toBe("b'$100 credit'");
  });

  test('decodes HTML entities, named, numeric, hex and double-encoded', () => {
    expect(normalise('You&#39;re &quot;out&quot; &amp; you&#x27;re &rsquo; &amp;#39;').plain).toBe("You're \"out\" & you're \u2019 '");
  });

  test('leaves a lone ampersand and unknown entities alone', () => {
    expect(normalise('A & B &nope; C&').plain).toBe('A & B &nope; C&');
  });

  test('drops ANSI colour codes, OSC links, colour codes that lost their ESC and caret notation', () => {
    expect(normalise('\u001b[1;31mError\u001b[0m [31mred[0m ^[[2mdim^[[0m \u001b]8;;https://x.test\u0007link\u001b]8;;\u001b\\').plain).toBe(
      'Error red dim link',
    );
  });

  test('keeps a bracketed word that is not a colour code', () => {
    expect(normalise('[31] [m] [error]').plain).toBe('[31] [m] [error]');
  });

  test('reads fullwidth letters as ASCII', () => {
    expect(normalise('Ｅｒｒｏｒ').plain).toBe('Error');
  });

  test('reads quote markers at a line’s start as spaces, nested ones too, and a `>` anywhere else as itself', () => {
    const { plain, plainStart } = normalise('> {\n>   "error": {\n  > a: 64000 > 32000');
    expect(plain).toBe('  {\n    "error": {\n    a: 64000 > 32000');
    expect(plainStart[0]).toBe(0);
    expect(normalise('x > y\n\t>>z').plain).toBe('x > y\n\t  z');
  });

  test('reads a log line’s timestamp and level as spaces, only where a line starts', () => {
    const log = '2026-11-30T10:21:07.123Z [ERROR] all messages must\n[12:00:01] have content\nat 2026-11-30T10:21:07Z x';
    const { plain, plainStart } = normalise(log);
    expect(plain).toBe(`${' '.repeat(33)}all messages must\n${' '.repeat(11)}have content\nat 2026-11-30T10:21:07Z x`);
    expect(plainStart[33]).toBe(33);
    expect(squeeze(log)).toBe('allmessagesmusthavecontentat20261130t102107zx');
    expect(normalise('[build] 2026-11-30 x').plain).toBe('[build] 2026-11-30 x');
  });

  // Each head below is what a logger or CI runner writes; the part after `|` is what must stay.
  test.each([
    ['2026-11-30 10:21:07 |x', 'ISO date, a space, no fraction'],
    ['2026-11-30T10:21:07,123456789 |x', 'nine digits after a comma'],
    ['2026-11-30T10:21:07+01:00 |x', 'an offset with a colon'],
    ['2026-11-30T10:21:07-0500 |x', 'an offset without one'],
    ['[2026-11-30 10:21:07.123] |x', 'a bracketed stamp'],
    ['2026-11-30T10:21:07Z\tWARNING: |x', 'a tab, then a level with a colon'],
    ['2026-11-30T10:21:07Z    [FATAL] |x', 'four spaces before a bracketed level'],
    ['2026-11-30T10:21:07Z DEBUG\t|x', 'a bare level, then a tab'],
    ['[23:59:58.123456] |x', 'a clock with microseconds'],
    ['[00:00:00,5] |x', 'a clock with a comma'],
  ])('reads the log head %j as spaces (%s)', (text) => {
    const at = text.indexOf('|');
    expect(normalise(text.replace('|', '')).plain).toBe(' '.repeat(at) + 'x');
  });

  test.each([
    ['2026-11-30 x', 'a date with no time'],
    ['2026-11-30T10:21 x', 'a time with no seconds'],
    ['2026-11-30T10:21:07Zx', 'nothing after the stamp'],
    ['202-11-30T10:21:07Z x', 'a three-digit year'],
    ['2026-1-30T10:21:07Z x', 'a one-digit month'],
    ['2026-11-30X10:21:07Z x', 'no T or space between date and time'],
    ['2026-11-30T10:21:07.1234567890 x', 'ten digits after the point'],
    ['[12:00] x', 'a clock with no seconds'],
    ['[12:00:01 x', 'an unclosed clock'],
    ['[1:00:01] x', 'a one-digit hour'],
    ['[12:00:01.1234567] x', 'seven digits in a clock'],
  ])('keeps %j as written (%s)', (text) => {
    expect(normalise(text).plain).toBe(text);
  });

  test('keeps a level word that does not follow a stamp, and a lowercase level after one', () => {
    expect(normalise('ERROR x').plain).toBe('ERROR x');
    expect(normalise('2026-11-30T10:21:07Z error x').plain).toBe(`${' '.repeat(21)}error x`);
    expect(normalise('2026-11-30T10:21:07Z      ERROR x').plain).toBe(`${' '.repeat(21)}     ERROR x`);
  });

  test('reads Docker Compose’s service column as spaces, and a pipe in prose as itself', () => {
    expect(normalise('librechat-api-1  | all messages\napi_1 | must have').plain).toBe(`${' '.repeat(19)}all messages\n${' '.repeat(8)}must have`);
    expect(normalise('api | not a column\nApi-1 | nor this').plain).toBe('api | not a column\nApi-1 | nor this');
  });

  test.each([
    ['a-1 | x', true],
    ['web.proxy-12\t|\tx', true],
    [`s${'x'.repeat(40)}_999${' '.repeat(30)}| x`, true],
    [`s${'x'.repeat(41)}_1 | x`, false],
    ['api-1000 | x', false],
    [`api-1${' '.repeat(31)}| x`, false],
    ['api-x | x', false],
    ['api1 | x', false],
    ['1api-1 | x', false],
    ['api-1 |x', false],
  ])('service column %j read as spaces: %s', (text, column) => {
    const at = text.lastIndexOf('x');
    expect(normalise(text).plain).toBe(column ? ' '.repeat(at) + 'x' : text);
  });

  test('reads curly quotes as straight ones and drops zero-width chars and soft hyphens', () => {
    const { plain, plainStart } = normalise('{\u201ctype\u201d: \u2018x\u2019} in\u200bvalid_re\u00adquest\ufeff');
    expect(plain).toBe('{"type": \'x\'} invalid_request');
    expect(plainStart[plain.indexOf('valid')]).toBe(17);
    expect(squeeze('in\u200bvalid')).toBe('invalid');
  });

  test('treats backslashes that start no escape as separators', () => {
    expect(squeeze('C:\\Users\\me')).toBe('cusersme');
  });

  test('copes with a trailing backslash, a cut \\u escape and lone surrogates', () => {
    expect(normalise('abc\\').plain).toBe('abc');
    expect(normalise('\\u12').plain).toBe('u12');
    expect(normalise('a\ud800b\udc00').plain).toHaveLength(4);
  });
});

describe('squeeze', () => {
  test('keeps only lowercased ASCII letters and digits', () => {
    expect(squeeze("You're out of extra usage. Add more at claude.ai/settings/usage")).toBe('youreoutofextrausageaddmoreatclaudeaisettingsusage');
  });

  test('reads straight, curly, escaped, entity and mojibake apostrophes the same', () => {
    const forms = [
      "You're",
      'You\u2019re',
      'You\\u2019re',
      'You&#39;re',
      'You&rsquo;re',
      'You\u00e2\u20ac\u2122re',
      "You\\'re",
      'You\\xe2\\x80\\x99re',
    ];
    for (const form of forms) expect(squeeze(form), form).toBe('youre');
  });

  test('joins words that a terminal hard-wrap split', () => {
    expect(squeeze('Third\n -party')).toBe(squeeze('Third-party'));
    expect(squeeze('mess\n    age')).toBe('message');
    expect(squeeze('overload     ed_error')).toBe('overloadederror');
  });
});

describe('word starts', () => {
  test('mark a letter after a separator, not one inside a word', () => {
    const { wordStart } = normalise('ab c-d');
    expect([...wordStart]).toEqual([1, 0, 1, 1]);
  });
});
