// The npm package as a user gets it: packed, installed offline into an empty folder, run and imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { variants } from '../../src/catalogue/index.ts';
import { compileMatcherData } from '../../src/matcher/compile.ts';
import { diagnose } from '../../src/matcher/diagnose.ts';
import { GET as variantsRoute } from '../../src/pages/variants.json.ts';
import { defaultSiteUrl } from '../../src/site.ts';
import { toolkitData } from '../../src/toolkit/bundle.ts';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package', 'package.json'), 'utf8')) as { name: string; version: string; dataVersion: string };
const corpus = readFileSync(join(root, 'tests', 'fixtures', 'pastes.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);
/** The data the current catalogue compiles to: what the package built from this tree must carry. */
const current = toolkitData(variants, manifest.version);
const outOfExtraUsage = "API Error: 400 You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";

/** The oldest Node the package supports when the machine has it (Debian's is 20), else the one running the tests. */
const oldestNode =
  ['/usr/bin/node'].find((path) => existsSync(path) && /^v20\./.test(execFileSync(path, ['--version'], { encoding: 'utf8' }))) ?? process.execPath;
/** A PATH that finds that Node first, as `#!/usr/bin/env node` will. */
const pathWithOldestNode = `${dirname(oldestNode)}:${process.env['PATH'] ?? ''}`;

/** What the site's paste box answers: the matcher over the validated catalogue, as JSON would carry it. */
const siteData = compileMatcherData(variants);
function siteAnswer(text: string) {
  const { id, confidence, basis, evidence, facts, others, needsMore, truncated } = JSON.parse(JSON.stringify(diagnose(text, siteData))) as ReturnType<
    typeof diagnose
  >;
  return {
    id,
    confidence,
    // Absent when nothing matched, as JSON leaves it out.
    ...(basis ? { basis } : {}),
    evidence: evidence.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
    facts,
    others,
    needsMore,
    truncated,
  };
}

/** Packed and installed once for the package tests (tests/package/global-setup.ts). */
const installed = inject('installed');

describe('the packed npm package', () => {
  test('holds only the built files, no dependencies, and the data version of the current catalogue', () => {
    expect(
      installed.files.every((file) => file === 'package.json' || file === 'README.md' || file.startsWith('dist/')),
      installed.files.join(', '),
    ).toBe(true);
    expect(installed.files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli.js', 'dist/types/toolkit/index.d.ts', 'README.md']));
    const installedManifest = JSON.parse(readFileSync(join(installed.packageFolder, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(installedManifest['dependencies']).toBeUndefined();
    expect(installedManifest['peerDependencies']).toBeUndefined();
    expect(manifest.dataVersion, 'the catalogue changed: run `npm run package -- --bump`').toBe(current.dataVersion);
    expect(readFileSync(join(installed.packageFolder, 'README.md'), 'utf8')).toContain('npx llm-request-rejected');
    console.log(`tarball ${installed.tarballBytes.toLocaleString('en-US')} B`);
  });

  test('its bin diagnoses the public corpus as the site does, on the oldest supported Node', () => {
    const input = corpus.map((text) => JSON.stringify({ text })).join('\n');
    const result = spawnSync(installed.bin, ['--jsonl'], {
      input,
      encoding: 'utf8',
      env: { ...process.env, PATH: pathWithOldestNode, SITE_URL: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const answers = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers).toHaveLength(corpus.length);
    answers.forEach((answer, index) => {
      const text = corpus[index]!;
      const expected = siteAnswer(text);
      expect(answer, text.slice(0, 80)).toEqual({
        ...expected,
        title: expected.id ? variants.find((variant) => variant.id === expected.id)?.title : null,
        url: expected.id ? `${defaultSiteUrl}/errors/${expected.id}/` : null,
      });
    });
  });

  test('runs through npx with the text as an argument and piped, with exit statuses 0, 1 and 2', () => {
    const npx = (args: string[], input = '') =>
      spawnSync('npx', ['--offline', manifest.name, ...args], {
        cwd: installed.folder,
        input,
        encoding: 'utf8',
        env: { ...process.env, SITE_URL: '' },
      });
    const argument = npx([outOfExtraUsage]);
    expect(argument.status).toBe(0);
    expect(argument.stdout).toContain(`Guide:      ${defaultSiteUrl}/errors/out-of-extra-usage/`);
    // `some-tool 2>&1 | npx llm-request-rejected`: the tool prints its error on stderr.
    const piped = spawnSync('sh', ['-c', `{ printf '%s\\n' "$PASTE" 1>&2; } 2>&1 | npx --offline ${manifest.name} --json`], {
      cwd: installed.folder,
      encoding: 'utf8',
      env: { ...process.env, PASTE: outOfExtraUsage, SITE_URL: '' },
    });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ id: 'out-of-extra-usage' });
    expect(npx(['hello world']).status).toBe(1);
    expect(npx([''], '').status).toBe(2);
    expect(npx(['--version']).stdout).toBe(`${manifest.version} (data ${current.dataVersion})\n`);
  });

  test('imports from a plain Node script: diagnose, the variants as /variants.json lists them, the versions', async () => {
    writeFileSync(
      join(installed.folder, 'check.mjs'),
      `import { diagnose, listVariants, getVariant, guideUrl, version, dataVersion, defaultSiteUrl, maxInputLength } from '${manifest.name}';
const texts = JSON.parse(process.argv[2]);
let badSite = '';
try { diagnose('x', { siteUrl: 'nope' }); } catch (error) { badSite = error.name; }
process.stdout.write(JSON.stringify({
  version, dataVersion, defaultSiteUrl, maxInputLength, badSite,
  answers: texts.map((text) => diagnose(text)),
  mirrored: diagnose(texts[0], { siteUrl: 'http://localhost:4321/' }).url,
  variants: listVariants(),
  one: getVariant('overloaded')?.url ?? null,
  missing: getVariant('no-such-variant') ?? null,
  guide: guideUrl('overloaded', { siteUrl: 'https://mirror.example/some/path' }),
}));
`,
    );
    const texts = [outOfExtraUsage, 'hello world', ...corpus.slice(0, 5)];
    const output = execFileSync(oldestNode, ['check.mjs', JSON.stringify(texts)], { cwd: installed.folder, encoding: 'utf8' });
    const result = JSON.parse(output) as Record<string, unknown> & { answers: Record<string, unknown>[]; variants: unknown[] };
    expect(result).toMatchObject({
      version: manifest.version,
      dataVersion: current.dataVersion,
      defaultSiteUrl,
      maxInputLength: 1024 * 1024,
      badSite: 'TypeError',
    });
    result.answers.forEach((answer, index) => expect(answer).toMatchObject(siteAnswer(texts[index]!)));
    expect(result['mirrored']).toBe('http://localhost:4321/errors/out-of-extra-usage/');
    expect(result['one']).toBe(`${defaultSiteUrl}/errors/overloaded/`);
    expect(result['missing']).toBeNull();
    expect(result['guide']).toBe('https://mirror.example/errors/overloaded/');
    const site = JSON.parse(await (await variantsRoute({ site: new URL(defaultSiteUrl) } as never)).text()) as { variants: unknown[] };
    expect(result.variants).toEqual(site.variants);
  });

  test('its type declarations stand alone for a TypeScript user', () => {
    writeFileSync(
      join(installed.folder, 'consumer.mts'),
      `import { diagnose, explain, listVariants, type DiagnosisResult, type Explanation, type PublicVariant } from '${manifest.name}';
const result: DiagnosisResult = diagnose('LLM request rejected', { siteUrl: 'https://mirror.example' });
const url: string | null = result.url;
const status: number | undefined = result.facts.status;
const first: PublicVariant | undefined = listVariants()[0];
const explained: Explanation | null = explain({ status: 529, error: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
export const shown = [url, status, first?.steps[0]?.title, result.evidence[0]?.text, explained?.line, explained?.reset?.text];
`,
    );
    writeFileSync(
      join(installed.folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.mts'],
      }),
    );
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', installed.folder], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
