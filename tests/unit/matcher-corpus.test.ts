import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpus, diagnoseText, nodeBinary, root } from './matcher-helpers.ts';

const cli = join(root, 'src', 'cli', 'diagnose.ts');

describe('every line of the public corpus', () => {
  test('has at least the 37 lines the corpus started with', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(37);
  });

  describe('through the module', () => {
    for (const [index, line] of corpus.entries()) {
      test(`line ${index + 1} (${line.source}) is ${line.expect ?? 'not recognised'}`, () => {
        const diagnosis = diagnoseText(line.text);
        expect(diagnosis.id).toBe(line.expect);
        if (line.expect === null) {
          expect(diagnosis.confidence).toBe(0);
          expect(diagnosis.evidence).toEqual([]);
        } else {
          expect(diagnosis.confidence).toBeGreaterThan(0);
          expect(diagnosis.confidence).toBeLessThanOrEqual(1);
          expect(diagnosis.evidence.length).toBeGreaterThan(0);
        }
      });
    }
  });

  test('through the CLI with --jsonl, one process, gives each expected id in order', () => {
    const input = corpus.map((line) => JSON.stringify({ text: line.text })).join('\n') + '\n';
    const run = spawnSync(nodeBinary, [cli, '--jsonl'], { input, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outputs = run.stdout
      .trim()
      .split('\n')
      .map((out) => JSON.parse(out) as { id: string | null; confidence: number });
    expect(outputs).toHaveLength(corpus.length);
    outputs.forEach((output, index) => {
      expect(output.id, `line ${index + 1}`).toBe(corpus[index]!.expect);
      expect(output.confidence, `line ${index + 1}`).toBeGreaterThanOrEqual(0);
      expect(output.confidence, `line ${index + 1}`).toBeLessThanOrEqual(1);
    });
  });
});
