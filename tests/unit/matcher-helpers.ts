// Shared by the matcher tests: the compiled catalogue, the corpus, and a way to read evidence as words.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { diagnoseUnguarded, type Diagnosis } from '../../src/matcher/diagnose.ts';

/** The project root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The matcher data, compiled from the catalogue as the CLI and the paste box do. */
export const data = compileMatcherData(rawVariants);

/** Diagnoses with the real catalogue, without the safety net that turns a crash into "nothing recognised". */
export function diagnoseText(text: string): Diagnosis {
  return diagnoseUnguarded(text, data);
}

/** The words each evidence span covers in the original text. */
export function evidenceWords(text: string, diagnosis: Diagnosis): string[] {
  return diagnosis.evidence.map((span) => text.slice(span.start, span.end));
}

/** One line of the public corpus. */
export interface CorpusLine {
  text: string;
  expect: string | null;
  source: string;
}

/** The shared public corpus when it is next to the project, else the copy in tests/fixtures. */
export const corpusPath = [join(root, '..', 'shared', 'corpus', 'pastes.jsonl'), join(root, 'tests', 'fixtures', 'pastes.jsonl')].find((path) =>
  existsSync(path),
)!;

/** Every line of the corpus, parsed. */
export const corpus: CorpusLine[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as CorpusLine);

/** The node that runs the project's TypeScript (the node devDependency, else this one). */
export const nodeBinary = [join(root, 'node_modules', '.bin', 'node')].find((path) => existsSync(path)) ?? process.execPath;
