// What tools do to a message before it is pasted, undone: each case here is a form a message reaches the paste box in.
import { describe, expect, test } from 'vitest';
import { normalise, squeeze } from '../../src/matcher/normalise.ts';

const plainOf = (text: string) => normalise(text).plain;

/** For each decoded char, the stretch of the paste it came from. */
const sourcesOf = (text: string) => {
  const { plain, plainStart, plainEnd } = normalise(text);
  return Array.from({ length: plain.length }, (_, k) => text.slice(plainStart[k], plainEnd[k]));
};

describe('squeezing keeps every ASCII letter and digit, and only those', () => {
  test('the ends of each range survive, lowercased', () => {
    expect(squeeze('AaZz09')).toBe('aazz09');
  });

  test('the chars right outside each range are dropped', () => {
    // "/" and ":" border the digits, "@" and "[" the capitals, "`" and "{" the small letters.
    expect(squeeze('x/:@[`{y')).toBe('xy');
  });

  test('letters outside ASCII are separators, so accented words are not glued to their neighbours', () => {
    const { wordStart } = normalise('caf\u00e9 ok');
    expect(squeeze('caf\u00e9 ok')).toBe('cafok');
    expect([...wordStart]).toEqual([1, 0, 0, 1, 0]);
  });
});

describe('fullwidth text', () => {
  test('reads the first and last fullwidth ASCII chars as ASCII, and leaves the chars just past them', () => {
    expect(plainOf('\uff01\uff21\uff5a\uff5e')).toBe('!Az~');
    expect(plainOf('\uff00\uff5f')).toBe('\uff00\uff5f');
  });
});

describe('backslash escapes', () => {
  test('read \\u escapes with capital hex digits', () => {
    expect(plainOf('You\\u2019re \\u00C9t\\u00e9')).toBe('You\u2019re \u00c9t\u00e9');
  });

  test('read \\x escapes and long \\U escapes, and a \\U beyond the 16-bit range as a space', () => {
    expect(plainOf('\\x41\\xFF|\\U00000041|\\U0001F600|')).toBe('A\u00ff|A| |');
  });

  test('read \\r and \\n as line breaks, and tabs and other control escapes as spaces', () => {
    expect(plainOf('a\\rb\\nc')).toBe('a\nb\nc');
    expect(plainOf('a\\tb\\bc\\fd\\ve\\0f')).toBe('a b c d e f');
  });

  test('keep escaped quotes, slashes and backticks as the char itself', () => {
    expect(plainOf('\\"a\\\' b\\/c\\`')).toBe('"a\' b/c`');
  });

  test('treat a backslash before any other letter as a separator, keeping the letter', () => {
    expect(plainOf('C:\\Users\\qa')).toBe('C:Usersqa');
    expect(squeeze('over\\qloaded')).toBe('overqloaded');
    expect(normalise('over\\qloaded').wordStart[4]).toBe(1);
  });

  test('leave a cut escape as its letters: too few hex digits, or a non-hex one', () => {
    expect(plainOf('\\x4')).toBe('x4');
    expect(plainOf('\\u00g1')).toBe('u00g1');
    expect(plainOf('\\U0000004')).toBe('U0000004');
  });

  test('map each decoded char back to the whole escape, backslash run included', () => {
    expect(sourcesOf('a\\\\\\u2019b')).toEqual(['a', '\\\\\\u2019', 'b']);
    expect(sourcesOf('\\x41\\U00000042')).toEqual(['\\x41', '\\U00000042']);
  });
});

describe('HTML entities', () => {
  test('read named entities in any case, and numeric ones with or without the semicolon', () => {
    expect(plainOf('&QUOT;a&Quot; &#39 &#x41; &#X42;')).toBe('"a" \' A B');
  });

  test('read an entity encoded up to four times over', () => {
    expect(plainOf('&amp;amp;amp;amp;#39;')).toBe("'");
    expect(plainOf('&amp;amp;amp;amp;quot;')).toBe('"');
  });

  test('read "&amp;" on its own as one ampersand, mapped to the whole entity', () => {
    expect(plainOf('A &amp; B')).toBe('A & B');
    expect(sourcesOf('A &amp; B')[2]).toBe('&amp;');
  });

  test('read a number past the 16-bit range as a space, and stop a number at seven digits', () => {
    expect(plainOf('a&#128512;b')).toBe('a b');
    expect(plainOf('&#00000065;')).toBe('\u0006' + '5;');
  });

  test('leave a name that is too long, unknown or unterminated as it is', () => {
    expect(plainOf('&quotation; &zzz; &quot &;')).toBe('&quotation; &zzz; &quot &;');
  });

  test('leave "&#" with no digits as it is', () => {
    expect(plainOf('&#; &#x;')).toBe('&#; &#x;');
  });

  test('map a decoded entity back to all of it', () => {
    expect(sourcesOf('x&#x27;y&rsquo;')).toEqual(['x', '&#x27;', 'y', '&rsquo;']);
  });
});

describe('terminal codes', () => {
  test('drop CSI sequences with parameters, intermediates and any final byte', () => {
    expect(plainOf('\u001b[2KA\u001b[?25lB\u001b[1 qC\u001b[38;5;196mD')).toBe('ABCD');
  });

  test('drop OSC sequences ended by BEL or by ESC \\', () => {
    expect(plainOf('\u001b]0;title\u0007A\u001b]8;;https://x.test\u001b\\B')).toBe('AB');
  });

  test('keep what follows an OSC sequence that is never ended', () => {
    expect(plainOf('\u001b]0;title and more')).toBe('0;title and more');
  });

  test('drop a two-char escape (ESC M) and a lone ESC, keeping the text', () => {
    expect(plainOf('A\u001bMB\u001b')).toBe('AB');
    expect(plainOf('\u001b1A')).toBe('1A');
  });

  test('drop caret-notation CSI codes, but keep a caret and bracket that start none', () => {
    expect(plainOf('^[[31mred^[[0m')).toBe('red');
    expect(plainOf('^[x] ^[[')).toBe('^[x] ^[[');
  });

  test('drop colour codes that lost their ESC, but keep brackets that are not one', () => {
    expect(plainOf('[1;31mError[0m')).toBe('Error');
    expect(plainOf('[1;31x] [m] [31]')).toBe('[1;31x] [m] [31]');
  });

  test('split words where a code stood, so colour never glues two words', () => {
    const { wordStart, squeezed } = normalise('out\u001b[0mof');
    expect(squeezed.length).toBe(5);
    expect(wordStart[3]).toBe(1);
  });

  test('map the text after a code to its own offsets', () => {
    const text = '\u001b[31mred';
    const { plainStart } = normalise(text);
    expect(plainStart[0]).toBe(text.indexOf('r'));
  });
});

describe('buffers reused across calls', () => {
  test('give the same reading as fresh ones, for a long paste and then a short one', () => {
    const long = `${'x'.repeat(5000)} You\\u2019re out`;
    const short = 'a &amp; b';
    expect(normalise(long, true).plain).toBe(normalise(long).plain);
    const reused = normalise(short, true);
    expect(reused.plain).toBe('a & b');
    expect([...reused.squeezed]).toEqual([...normalise(short).squeezed]);
    expect([...reused.wordStart]).toEqual([1, 1]);
  });
});
