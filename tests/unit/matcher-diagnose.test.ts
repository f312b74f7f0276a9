import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { diagnose, diagnoseUnguarded, maxInputLength } from '../../src/matcher/diagnose.ts';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { data, diagnoseText, evidenceWords, filled, formatOnly } from './matcher-helpers.ts';

const starter = (amount: number) =>
  `Third-party apps now draw from your extra usage, not your plan limits. We've added a $${amount} credit to get you started. Claim it at claude.ai/settings/usage and keep going.`;
const outOfExtraUsage = "You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
const jsonError = (message: string, status = 400, type = 'invalid_request_error') =>
  `API Error: ${status} {"type":"error","error":{"type":"${type}","message":${JSON.stringify(message)}},"request_id":"req_011CZqkDa5AAhEqhqrP8xE8s"}`;

describe('each wording in the catalogue', () => {
  const wordings = rawVariants.flatMap((variant) =>
    (variant.wordings ?? []).filter((wording) => !formatOnly.test(wording.text)).map((wording) => [filled(wording.text), variant.id] as const),
  );

  test('covers every message variant', () => {
    const covered = new Set(rawVariants.filter((variant) => (variant.wordings ?? []).length > 0).map((variant) => variant.id));
    for (const variant of data.variants) expect(covered.has(variant.id), variant.id).toBe(true);
  });

  for (const [text, id] of wordings) {
    test(`reads "${text.slice(0, 60)}…" as ${id}`, () => {
      const diagnosis = diagnoseText(text);
      expect(diagnosis.id).toBe(id);
      expect(diagnosis.evidence.length).toBeGreaterThan(0);
    });
  }

  test('reads older forms still pasted from old clients', () => {
    expect(diagnoseText('Claude AI usage limit reached|1755615600').id).toBe('plan-usage-limit');
    expect(diagnoseText("You've hit your limit · resets 3:30am (Europe/Berlin)").id).toBe('plan-usage-limit');
    expect(diagnoseText(jsonError("This request would exceed your account's rate limit. Please try again later.", 429, 'rate_limit_error')).id).toBe(
      'rate-limited',
    );
  });
});

describe('the starter credit amount', () => {
  for (const amount of [20, 100, 200]) {
    test(`$${amount} picks starter-credit-${amount} and is read off`, () => {
      const text = jsonError(starter(amount));
      const diagnosis = diagnoseText(text);
      expect(diagnosis.id).toBe(`starter-credit-${amount}`);
      expect(diagnosis.facts.amount).toBe(amount);
      expect(diagnosis.others).toEqual([]);
      expect(evidenceWords(text, diagnosis)).toContain(starter(amount).slice(0, -1));
    });
  }

  test('picks the tier by amount even when typos spoil the verbatim message', () => {
    const text = 'Thrid-party apps now draw from your extra usage, not your plan limits. We have added a $200 credit to get you strated.';
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('starter-credit-200');
    expect(diagnosis.facts.amount).toBe(200);
    expect(evidenceWords(text, diagnosis)).toContain('$200');
  });

  test('with no known amount, names the first tier with less confidence and lists the other tiers', () => {
    const diagnosis = diagnoseText(
      'Third-party apps now draw from your extra usage, not your plan limits. We have added a credit to get you started.',
    );
    expect(diagnosis.id).toBe('starter-credit-20');
    expect(diagnosis.others).toEqual(['starter-credit-100', 'starter-credit-200']);
    expect(diagnosis.confidence).toBeLessThan(0.7);
  });
});

describe('the generic wrapper', () => {
  test('alone is llm-request-rejected and asks for the rest of the message', () => {
    for (const text of ['LLM request rejected', 'LLM request rejected.', '  [error] LLM request rejected  ']) {
      const diagnosis = diagnoseText(text);
      expect(diagnosis.id, text).toBe('llm-request-rejected');
      expect(diagnosis.needsMore, text).toBe(true);
      expect(diagnosis.confidence, text).toBeLessThanOrEqual(0.5);
      // The tool is read off only when the paste names it.
      expect(diagnosis.facts.tool, text).toBeUndefined();
    }
    expect(diagnoseText('OpenClaw: LLM request rejected').facts.tool).toBe('OpenClaw');
  });

  test('loses to the specific billing message after it', () => {
    const text = `LLM request rejected: ${outOfExtraUsage}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(diagnosis.needsMore).toBe(false);
    expect(diagnosis.others).toEqual([]);
    expect(evidenceWords(text, diagnosis)).toEqual([outOfExtraUsage.slice(0, -1)]);
  });

  test('with a message that has its own guide after the colon is that guide', () => {
    const diagnosis = diagnoseText('LLM request rejected: max_tokens: 300000 > 64000, which is the maximum allowed number of output tokens');
    expect(diagnosis.id).toBe('max-tokens-too-large');
    expect(diagnosis.needsMore).toBe(false);
  });

  test('with any other API message after the colon is invalid-request', () => {
    const diagnosis = diagnoseText('LLM request rejected: tools.3.input_schema: JSON schema is invalid');
    expect(diagnosis.id).toBe('invalid-request');
    expect(diagnosis.needsMore).toBe(false);
  });

  test('with a message on the next line after the colon is invalid-request too', () => {
    expect(diagnoseText('LLM request rejected:\n  temperature: range: 0..1').id).toBe('invalid-request');
  });
});

describe('messy pastes', () => {
  test('reads the message inside a JSON body', () => {
    expect(diagnoseText(jsonError(outOfExtraUsage)).id).toBe('out-of-extra-usage');
  });

  test('reads the message inside JSON inside a JSON string', () => {
    const inner = jsonError(outOfExtraUsage);
    const text = JSON.stringify([{ error: JSON.stringify({ error: inner }) }]);
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(diagnosis.facts.requestId).toBe('req_011CZqkDa5AAhEqhqrP8xE8s');
    expect(diagnosis.facts.status).toBe(400);
  });

  test('reads a Python dict repr', () => {
    const text = `Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': "${outOfExtraUsage}"}, 'request_id': 'req_011CbN5JKnMqcKaKxhkPAbHB'}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(diagnosis.facts).toEqual({ status: 400, requestId: 'req_011CbN5JKnMqcKaKxhkPAbHB', errorType: 'invalid_request_error' });
  });

  test('reads HTML entities', () => {
    expect(diagnoseText('You&#39;re out of extra usage. Add more at claude.ai/settings/usage&hellip;').id).toBe('out-of-extra-usage');
    expect(
      diagnoseText('Third-party apps now draw from extra usage, not plan limits. Ask your workspace admin to add more &amp;amp; keep going').id,
    ).toBe('org-add-more');
  });

  test('reads the \\u2019 escape and the mojibake of a curly apostrophe', () => {
    for (const text of ['You\\u2019re out of extra usage.', 'You\u00e2\u20ac\u2122re out of extra usage.', 'You\u2019re out of extra usage.']) {
      expect(diagnoseText(text).id, text).toBe('out-of-extra-usage');
    }
  });

  test('reads through ANSI colour codes', () => {
    expect(diagnoseText(`\u001b[31m${outOfExtraUsage.slice(0, 20)}\u001b[0m${outOfExtraUsage.slice(20)}`).id).toBe('out-of-extra-usage');
  });

  test('joins words and keys split by terminal hard-wraps', () => {
    const text =
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","mess\n    age":"Third\n -party apps now draw from your extra usage, not your plan limits.\n     We\'ve added a $100 credit to get you started.';
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('starter-credit-100');
    expect(evidenceWords(text, diagnosis)[0]).toBe('Third\n -party apps now draw from your extra usage');
    expect(diagnoseText('API Error (529 {"type":"error","error":{"type":"overload     ed_error","message":"Overloaded"}})').id).toBe('overloaded');
  });

  test('ignores prompt glyphs, tree characters and timestamps around the message', () => {
    const text = `❯ claude\n  ⎿  2026-05-24T18:06:24.583Z │ ├ └ > ${outOfExtraUsage}`;
    expect(diagnoseText(text).id).toBe('out-of-extra-usage');
  });

  test('ignores a stack trace after the message', () => {
    const text = `Error: ${outOfExtraUsage}\n    at generate (/$bunfs/root/claude:199:83061)\n    at processTicksAndRejections (native:7:39)`;
    expect(diagnoseText(text).id).toBe('out-of-extra-usage');
  });

  test('reads the message with another language around it', () => {
    expect(diagnoseText(`错误：${outOfExtraUsage} 怎么办？`).id).toBe('out-of-extra-usage');
    expect(diagnoseText(`Fehlermeldung: „${outOfExtraUsage}“ – was tun?`).id).toBe('out-of-extra-usage');
  });

  test('tolerates a typo in each long phrase of retyped text', () => {
    const text = 'Your out of extra usage. Add more at claude.ai/setings/usage and keep going';
    const diagnosis = diagnoseText(text);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(evidenceWords(text, diagnosis)).toEqual(['Your out of extra usage', 'Add more at claude.ai/setings/usage']);
  });

  test('tolerates swapped letters in a long phrase', () => {
    expect(diagnoseText('Credit balance too lwo').id).toBe('api-credit-too-low');
  });

  test('does not stretch typo tolerance to short phrases', () => {
    expect(diagnoseText('overlaoded').id).toBe(null);
  });
});

describe('what is read off', () => {
  test('reads the status, request id, error type and named tool', () => {
    const text = `Claude Code returned an error result: ${jsonError(outOfExtraUsage)}`;
    expect(diagnoseText(text).facts).toEqual({
      status: 400,
      requestId: 'req_011CZqkDa5AAhEqhqrP8xE8s',
      tool: 'Claude Code',
      errorType: 'invalid_request_error',
    });
  });

  test('implies the status from the API error type when no number is printed', () => {
    expect(diagnoseText('{"type":"overloaded_error","message":"Overloaded"}').facts.status).toBe(529);
  });

  test('does not read a tool name inside another word', () => {
    expect(diagnoseText(`We declined: ${outOfExtraUsage}`).facts.tool).toBeUndefined();
  });
});

describe('evidence', () => {
  test('points at the matched words in the original text', () => {
    const text = `>>> ${jsonError(outOfExtraUsage)}`;
    const diagnosis = diagnoseText(text);
    const start = text.indexOf("You're");
    expect(diagnosis.evidence).toEqual([{ start, end: start + outOfExtraUsage.length - 1 }]);
  });

  test('covers an escape sequence whole', () => {
    const text = 'You\\u2019re out of extra usage.';
    const diagnosis = diagnoseText(text);
    expect(diagnosis.evidence).toEqual([{ start: 0, end: text.length - 1 }]);
  });

  test('marks every repeat of the message', () => {
    const line = '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const text = `${line} · Retrying\n  ⎿  ${line} · Retrying`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis.evidence).toHaveLength(2);
    expect(diagnosis.evidence[1]!.start).toBe(text.lastIndexOf('529'));
  });
});

describe('several errors in one paste', () => {
  test('reports each error present, once, and none that is not', () => {
    const text = `API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 1 seconds…\n> retry\nAPI Error: 400 ${outOfExtraUsage}`;
    const diagnosis = diagnoseText(text);
    expect([diagnosis.id, ...diagnosis.others].sort()).toEqual(['out-of-extra-usage', 'overloaded']);
  });

  test('does not list look-alikes whose words belong to the winning message', () => {
    expect(diagnoseText(starter(20)).others).toEqual([]);
    expect(diagnoseText("You're out of extra usage. Ask your workspace admin to add more so you can keep going.").others).toEqual([]);
  });
});

describe('nothing recognisable', () => {
  test('gives null with no evidence, never a guess', () => {
    for (const text of [
      '',
      ' ',
      'hello world',
      'TypeError: Cannot read properties of undefined',
      'API Error: 500 something broke',
      'the cache resets daily',
    ]) {
      const diagnosis = diagnoseText(text);
      expect(diagnosis.id, text).toBe(null);
      expect(diagnosis.confidence, text).toBe(0);
      expect(diagnosis.evidence, text).toEqual([]);
      expect(diagnosis.others, text).toEqual([]);
      expect(diagnosis.needsMore, text).toBe(false);
    }
  });
});

describe('very long pastes', () => {
  test('are cut at 1 MiB with a notice, still finding a message before the cut', () => {
    const text = `${outOfExtraUsage}\n${'x'.repeat(maxInputLength + 10)}`;
    const diagnosis = diagnoseText(text);
    expect(diagnosis.truncated).toBe(true);
    expect(diagnosis.id).toBe('out-of-extra-usage');
  });

  test('are not cut at exactly 1 MiB', () => {
    expect(diagnoseText('y'.repeat(maxInputLength)).truncated).toBe(false);
  });

  test('read the end of a long log too: the error on its last line is found, and its evidence points into the whole paste', () => {
    const log = '2026-11-30 12:00:01 INFO [worker] GET /v1/models 200 in 41ms\n'.repeat(40_000);
    const text = `${log}API Error: 400 ${outOfExtraUsage}`;
    expect(text.length).toBeGreaterThan(2 * maxInputLength);
    const diagnosis = diagnoseText(text);
    expect(diagnosis.truncated).toBe(true);
    expect(diagnosis.id).toBe('out-of-extra-usage');
    expect(evidenceWords(text, diagnosis)).toEqual([outOfExtraUsage.slice(0, -1)]);
  });

  test('read both ends, and report an error at each', () => {
    const middle = 'filler line without any error in it\n'.repeat(60_000);
    const text = `529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n${middle}${outOfExtraUsage}`;
    const diagnosis = diagnoseText(text);
    expect([diagnosis.id, ...diagnosis.others].sort()).toEqual(['out-of-extra-usage', 'overloaded']);
  });
});

describe('the matcher is driven by the catalogue alone', () => {
  test('recognises a made-up variant from its signals and nothing from an empty catalogue', () => {
    const custom = compileMatcherData(
      [
        {
          id: 'made-up',
          title: 'Made up',
          summary: 'A variant that only exists in this test.',
          actor: 'you',
          group: 'request',
          messages: ['The flux capacitor ran dry.'],
          signals: { phrases: [{ phrase: 'flux capacitor ran dry', weight: 3 }], specificity: 3 },
        },
      ],
      [],
    );
    expect(diagnose('ERROR: the flux capacitor ran dry.', custom).id).toBe('made-up');
    expect(diagnose(outOfExtraUsage, custom).id).toBe(null);
    expect(diagnose(outOfExtraUsage, compileMatcherData([])).id).toBe(null);
  });

  test('compiles to small JSON holding only what the matcher and the result need', () => {
    const json = JSON.stringify(data);
    expect(JSON.parse(json)).toEqual(data);
    expect(Object.keys(data.variants[0]!).sort()).toEqual(
      ['actor', 'actorLabel', 'amount', 'group', 'id', 'messages', 'phrases', 'specificity', 'statuses', 'summary', 'title'].sort(),
    );
    expect(data.variants.map((variant) => variant.id)).not.toContain('still-rejected');
    // The paste box and search fetch this on first use; it must stay a quick download as the catalogue grows. A size in
    // bytes, not a time. (The ceiling was 16 KiB to stop 31, whose harvested wordings and other providers' words made it
    // 16.5 KiB, and 20 KiB to stop 37, whose Japanese wordings, about 0.6 KiB, made it 20.2 KiB; no first view carries it.)
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(21 * 1024);
  });
});

describe('two errors in one paste, across the catalogue', () => {
  const headline = rawVariants
    .filter((variant) => (variant.wordings ?? []).some((wording) => !formatOnly.test(wording.text)))
    .map((variant) => ({
      id: variant.id,
      group: variant.group,
      text: filled(variant.wordings!.find((wording) => !formatOnly.test(wording.text))!.text),
      // Each body carries the status and type its message really comes with.
      body: (text: string) => jsonError(text, variant.status ?? 400, variant.errorType ?? 'invalid_request_error'),
    }));
  const pairs = headline.flatMap((first, index) => {
    const second = headline
      .slice(index + 1)
      .concat(headline.slice(0, index))
      .find((other) => other.group !== first.group);
    return second ? [[first, second] as const] : [];
  });

  for (const [first, second] of pairs) {
    test(`${first.id} then ${second.id}, on two plain lines, reports both and nothing else`, () => {
      const diagnosis = diagnoseText(`${first.text}\n${second.text}`);
      expect([diagnosis.id, ...diagnosis.others].sort()).toEqual([first.id, second.id].sort());
    });

    test(`${first.id} then ${second.id}, as two JSON error bodies, reports both and nothing else`, () => {
      const diagnosis = diagnoseText(`${first.body(first.text)}\n${second.body(second.text)}`);
      expect([diagnosis.id, ...diagnosis.others].sort()).toEqual([first.id, second.id].sort());
    });
  }
});

describe('the safety net', () => {
  test('diagnose turns a fault into an empty answer, where the unguarded reader throws', () => {
    const broken = { variants: null, errorTypes: {}, tools: [], vendors: [] } as unknown as Parameters<typeof diagnose>[1];
    expect(diagnose("You're out of extra usage.", broken)).toMatchObject({ id: null, confidence: 0, evidence: [] });
    expect(() => diagnoseUnguarded("You're out of extra usage.", broken)).toThrow();
  });
});
