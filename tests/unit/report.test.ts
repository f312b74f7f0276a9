import { describe, expect, test } from 'vitest';
import { maskPaste, parseReportTarget, reportBody, reportHref } from '../../src/report/report.ts';

describe('parseReportTarget', () => {
  test('turns reports off when REPORT_URL is unset or blank', () => {
    expect(parseReportTarget(undefined)).toBeNull();
    expect(parseReportTarget('  ')).toBeNull();
  });

  test('reads an https issue form', () => {
    expect(parseReportTarget(' https://github.com/example/site/issues/new ')).toEqual({
      kind: 'form',
      url: 'https://github.com/example/site/issues/new',
    });
  });

  test('reads a mailto address, whatever the scheme’s case', () => {
    expect(parseReportTarget('MAILTO:reports@example.org')).toEqual({ kind: 'mail', address: 'reports@example.org' });
  });

  test.each([
    'http://github.com/example/site/issues/new',
    'javascript:alert(1)',
    'github.com/example/site/issues/new',
    'https://user:secret@example.org/form',
    'https://example.org/form#section',
    'mailto:not an address',
    'mailto:a@b',
  ])('refuses %s, naming it', (value) => {
    expect(() => parseReportTarget(value)).toThrow(JSON.stringify(value));
  });
});

describe('maskPaste', () => {
  test('masks API keys, bearer tokens, key headers and e-mail addresses', () => {
    const masked = maskPaste(
      'x-api-key: sk-ant-api03-abcdefGHIJ_kl-mn\nAuthorization: Bearer abcdefghijklmnop.qrs\nuser jane.doe@example.com hit it',
    );
    expect(masked).not.toContain('abcdefGHIJ');
    expect(masked).not.toContain('abcdefghijklmnop');
    expect(masked).not.toContain('jane.doe');
    expect(masked).toContain('sk-ant-…(masked)');
    expect(masked).toContain('Bearer …(masked)');
    expect(masked).toContain('…@…(masked)');
  });

  test('leaves the error itself alone', () => {
    const error = `API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Something new"},"request_id":"req_011CZ"}`;
    expect(maskPaste(error)).toBe(error);
  });
});

describe('reportBody', () => {
  test('quotes the masked paste and names the page', () => {
    const body = reportBody('  Error: sk-ant-oat01-secretsecret  ', 'https://example.org/');
    expect(body).toContain('Page: https://example.org/');
    expect(body).toContain('```\nError: sk-ant-…(masked)\n```');
    expect(body).not.toContain('secretsecret');
  });

  test('keeps the start and the end of a long paste and counts what it left out', () => {
    const paste = `${'a'.repeat(5_000)}THE ERROR AT THE END`;
    const body = reportBody(paste, '/');
    expect(body).toContain('THE ERROR AT THE END');
    expect(body).toContain('[… 1,020 characters left out …]');
    expect(body.length).toBeLessThan(4_400);
  });

  test('keeps a paste of exactly the kept size whole', () => {
    expect(reportBody('b'.repeat(4_000), '/')).not.toContain('left out');
  });
});

describe('reportHref', () => {
  const form = { kind: 'form', url: 'https://github.com/example/site/issues/new?template=unknown.yml' } as const;
  const mail = { kind: 'mail', address: 'reports@example.org' } as const;

  test('fills an issue form’s title and body and keeps its own parameters', () => {
    const url = new URL(reportHref(form, 'line one\nline two & more'));
    expect(url.origin + url.pathname).toBe('https://github.com/example/site/issues/new');
    expect(url.searchParams.get('template')).toBe('unknown.yml');
    expect(url.searchParams.get('title')).toBe('Paste not recognised');
    expect(url.searchParams.get('body')).toBe('line one\nline two & more');
  });

  test('writes a mail with spaces encoded as %20, as mail programs expect', () => {
    const href = reportHref(mail, 'two words');
    expect(href).toBe('mailto:reports@example.org?subject=Paste%20not%20recognised&body=two%20words');
  });

  test('cuts a body too long for an address, says so, and stays under the limit', () => {
    const body = `${'é'.repeat(9_000)}end`;
    const formHref = reportHref(form, body);
    const mailHref = reportHref(mail, body);
    expect(formHref.length).toBeLessThanOrEqual(7_500);
    expect(mailHref.length).toBeLessThanOrEqual(1_900);
    expect(new URL(formHref).searchParams.get('body')).toMatch(/^é+\n\[… cut to fit in a link: paste the rest yourself\]$/);
    expect(formHref.length).toBeGreaterThan(7_000);
  });

  test('leaves a body that fits as it is', () => {
    expect(new URL(reportHref(form, 'short')).searchParams.get('body')).toBe('short');
  });
});
