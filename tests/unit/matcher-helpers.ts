// Shared by the matcher tests: the compiled catalogue, the corpus, and a way to read evidence as words.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawVariants } from '../../src/catalogue/raw.ts';
import { compileMatcherData, type VariantSource } from '../../src/matcher/compile.ts';
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

/** A value for each kind of slot in a wording, as a product would print it. */
const slotValues: Record<string, string> = {
  time: '3:45pm',
  tz: 'Europe/Lisbon',
  date: '2026-12-01',
  model: 'Opus 5',
  provider: 'anthropic',
  n: '12',
  field: 'context_management',
  version: '2.1.200',
  link: 'https://support.claude.com/en/articles/15363606',
  epoch: '1755615600',
  unix: '1755615600',
  day: 'Mon 12:00am',
};

/** Wordings that only show a wrapper's format ("LLM request rejected: <message>"): the wrapper tests cover them. */
export const formatOnly = /^[^<>]{0,40}<message>$/;

/** A wording with its `<slots>` filled in. */
export function filled(text: string): string {
  return text.replace(
    /<([^<>]*)>/g,
    (_slot, name: string) => slotValues[name.toLowerCase().split(/[\s/]/)[0] ?? ''] ?? 'something unexpected happened here',
  );
}

/** A variant of a made-up catalogue, for tests that set the weights themselves: its phrases and any other fields. */
export function madeVariant(id: string, phrases: [string, number][], fields: Partial<VariantSource> = {}): VariantSource {
  return {
    id,
    title: `Made-up ${id}`,
    summary: 'A variant that only exists in this test.',
    actor: 'you',
    group: 'request',
    signals: { phrases: phrases.map(([phrase, weight]) => ({ phrase, weight })), specificity: 3 },
    ...fields,
  };
}
