// When nothing is recognised, the CLI and the paste box search the guides with a few words of the paste.
import { describe, expect, test } from 'vitest';
import { tellingWords } from '../../src/matcher/telling.ts';

describe('the words searched for an unrecognised paste', () => {
  test('are the API message when the body has one, not the words around it', () => {
    const text =
      'Request failed after three retries with a long explanation here\nAPI Error: 418 {"type":"error","error":{"type":"teapot_error","message":"Zebras are not allowed on this endpoint"}}';
    expect(tellingWords(text)).toBe('Zebras are not allowed on this endpoint');
  });

  test('read the message of a Python repr, in single or double quotes', () => {
    expect(tellingWords("Error code: 418 - {'error': {'message': 'Zebras are not allowed', 'type': 'teapot_error'}}")).toBe('Zebras are not allowed');
    expect(tellingWords(`Error code: 418 - {'error': {'message': "Zebras aren't allowed", 'type': 'teapot_error'}}`)).toBe("Zebras aren't allowed");
  });

  test('read the message of an escaped JSON body as its words', () => {
    expect(tellingWords('"{\\"error\\":{\\"message\\":\\"Zebras are not allowed\\"}}"')).toBe('Zebras are not allowed');
  });

  test('skip a message field too short to say anything and take the wordiest line instead', () => {
    expect(tellingWords('{"message":"no"}\nthe upstream gateway closed the stream early')).toBe('the upstream gateway closed the stream early');
  });

  test('without a message field, are the wordiest line', () => {
    const text = 'ERROR 1\nthe upstream gateway closed the stream early\nretry 2 of 3';
    expect(tellingWords(text)).toBe('the upstream gateway closed the stream early');
  });

  test('count only words of three letters or more when choosing the line', () => {
    // The first line has more words, but most are one or two letters long.
    const text = 'a b c d e f g h i j\ngateway closed stream';
    expect(tellingWords(text)).toBe('gateway closed stream');
  });

  test('count three-letter words, and take a line of one word over lines of none', () => {
    expect(tellingWords('the cat sat now\nbig elephant')).toBe('the cat sat now');
    expect(tellingWords('!!!\nhello')).toBe('hello');
  });

  test('keep the first of two equally wordy lines', () => {
    expect(tellingWords('first line wins here\nsecond line loses here')).toBe('first line wins here');
  });

  test('ignore stack frames, however wordy', () => {
    const text = [
      'socket hang up',
      '    at Object.handleRequestFailure inside the module loader (internal/modules/cjs/loader.js:1:1)',
      'Traceback (most recent call last) while calling the client library',
      '  File "/usr/lib/python3/site-packages/anthropic/client.py", line 12, in create the request',
      '    ^^^^^^^^^^^^ pointing at the failing expression of the statement here',
    ].join('\n');
    expect(tellingWords(text)).toBe('socket hang up');
  });

  test('split lines at Windows line ends too', () => {
    expect(tellingWords('gateway closed stream early today\r\nok')).toBe('gateway closed stream early today');
  });

  test('leave out one-letter words and numbers, and keep words with an apostrophe or a hyphen whole', () => {
    expect(tellingWords("the request wasn't read: a 502 from a load-balancer")).toBe("the request wasn't read from load-balancer");
  });

  test('stop at the limit: eight words unless told otherwise', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(tellingWords(text)).toBe('one two three four five six seven eight');
    expect(tellingWords(text, 3)).toBe('one two three');
  });

  test('come from the decoded text: escapes and entities read as what they stand for', () => {
    expect(tellingWords('the gateway&#39;s stream\\u2019s end came early')).toBe("the gateway's stream’s end came early");
  });

  test('are empty for an empty paste or a paste with no words', () => {
    expect(tellingWords('')).toBe('');
    expect(tellingWords('12345 !!! ---')).toBe('');
    expect(tellingWords(undefined as unknown as string)).toBe('');
  });

  test('read only the start of a huge paste', () => {
    const text = `${'.'.repeat(30_000)}\ngateway closed the stream`;
    expect(tellingWords(text)).toBe('');
    expect(tellingWords(`gateway closed the stream\n${'.'.repeat(30_000)}`)).toBe('gateway closed the stream');
  });

  test('look at the first five hundred lines only', () => {
    expect(tellingWords(`${'x\n'.repeat(600)}gateway closed the stream`)).toBe('');
    expect(tellingWords(`${'x\n'.repeat(400)}gateway closed the stream`)).toBe('gateway closed the stream');
  });
});
