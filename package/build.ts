// Builds the package in package/dist from the project's sources: the API (ESM for Node and browsers), the CLI (its bin),
// their type declarations, and README.md from the project README's section for tool authors. `npm pack` runs it.
//   node package/build.ts           build; warns when the catalogue changed since package.json's "dataVersion"
//   node package/build.ts --bump    record a changed catalogue first: minor version + 1, "dataVersion" = the new hash
//   node package/build.ts --check   fail instead of warning (`npm publish` runs this: no new data under an old version)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { variants } from '../src/catalogue/index.ts';
import { toolkitData, type ToolkitData } from '../src/toolkit/bundle.ts';

const here = import.meta.dirname;
const root = resolve(here, '..');
const out = join(here, 'dist');
const manifestPath = join(here, 'package.json');
/**
 * The Claude Code plugin's copy of the bin: the CLI with its data in one file, checked in, so a plugin installed
 * from the repository runs its hook offline, with no install step and no npx lookup.
 */
export const pluginBin = join(root, 'integrations/claude-code/hooks/llm-request-rejected.mjs');
/** The project README's section copied to the package's README. */
const readmeSection = '## For tool authors: the npm package';

interface Manifest {
  name: string;
  version: string;
  dataVersion: string;
}

/** Raised for a state the person building has to fix; printed without a stack. */
export class PackageBuildError extends Error {}

function readManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** What to do when the catalogue changed since package.json's "dataVersion". */
type StaleData = 'warn' | 'fail' | 'bump';

/** The data for the package; a changed catalogue is warned about, refused, or recorded in package.json first. */
export function packageData(stale: StaleData): ToolkitData {
  const manifest = readManifest();
  let data = toolkitData(variants, manifest.version);
  if (data.dataVersion === manifest.dataVersion) return data;
  if (stale !== 'bump') {
    const message =
      `The catalogue changed: it compiles to data ${data.dataVersion}, but package/package.json records ${manifest.dataVersion || 'none'} for ${manifest.version}.\n` +
      'Run `npm run package -- --bump` (a new minor version) and commit package/package.json.';
    if (stale === 'fail') throw new PackageBuildError(message);
    console.warn(`Warning: ${message}`);
    return data;
  }
  const [major, minor] = manifest.version.split('.').map(Number);
  const version = manifest.dataVersion ? `${major}.${(minor ?? 0) + 1}.0` : manifest.version;
  const text = readFileSync(manifestPath, 'utf8')
    .replace(/"version": "[^"]*"/, `"version": "${version}"`)
    .replace(/"dataVersion": "[^"]*"/, `"dataVersion": "${data.dataVersion}"`);
  writeFileSync(manifestPath, text);
  data = toolkitData(variants, version);
  console.error(`package/package.json: ${version}, data ${data.dataVersion}`);
  return data;
}

/** Replaces the repository's data module (which validates the catalogue with zod) by the compiled data. */
function embedData(data: ToolkitData): esbuild.Plugin {
  return {
    name: 'embed-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]toolkit[\\/]data\.ts$/ }, () => ({
        contents: `export const data = ${JSON.stringify(data)};`,
        loader: 'js',
      }));
    },
  };
}

/** Makes the CLI import the API from the package's own index.js instead of bundling a second copy of the data. */
const apiFromIndex: esbuild.Plugin = {
  name: 'api-from-index',
  setup(build) {
    build.onResolve({ filter: /[\\/]toolkit[\\/]index\.ts$/ }, () => ({ path: './index.js', external: true }));
  },
};

/** Writes the declarations of src/toolkit/index.ts and of the files its types come from, as dist/types/<path>.d.ts. */
function writeDeclarations(): void {
  const entry = join(root, 'src/toolkit/index.ts');
  const emitted = new Map<string, string>();
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    noCheck: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    rewriteRelativeImportExtensions: true,
    resolveJsonModule: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    exactOptionalPropertyTypes: true,
    types: [],
    rootDir: join(root, 'src'),
    outDir: join(out, 'types'),
  };
  const program = ts.createProgram([entry], options);
  const result = program.emit(undefined, (file, text) => emitted.set(resolve(file), text));
  if (result.emitSkipped) throw new PackageBuildError(ts.formatDiagnostics(result.diagnostics, ts.createCompilerHost(options)));
  // Only what index.d.ts reaches: the repository's data module and the catalogue behind it stay out.
  const pending = [join(out, 'types/toolkit/index.d.ts')];
  const written = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (written.has(file)) continue;
    const text = emitted.get(file);
    if (text === undefined) throw new PackageBuildError(`No declaration emitted for ${relative(root, file)}`);
    const rewritten = text.replace(/(from\s+['"])(\.{1,2}\/[^'"]+?)\.ts(['"])/g, '$1$2.js$3');
    for (const match of rewritten.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) pending.push(resolve(dirname(file), `${match[1]}.d.ts`));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, rewritten);
    written.add(file);
  }
}

/** The project README's section for tool authors, as the package's README. */
function writeReadme(): void {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${readmeSection}\n`);
  if (start < 0) throw new PackageBuildError(`README.md has no "${readmeSection}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start + 1, end < 0 ? undefined : end).replace(readmeSection, '# llm-request-rejected');
  writeFileSync(join(here, 'README.md'), `${section.trimEnd()}\n`);
}

/** Writes the CLI and this data as one self-contained file (the plugin's bin). */
export async function buildStandaloneBin(data: ToolkitData, outfile: string): Promise<void> {
  await esbuild.build({
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: ['src/cli/diagnose.ts'],
    outfile,
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [embedData(data)],
  });
}

/** Builds package/dist, package/README.md and the Claude Code plugin's bin; returns the data it embedded. */
export async function buildPackage(stale: StaleData = 'warn'): Promise<ToolkitData> {
  const data = packageData(stale);
  rmSync(out, { recursive: true, force: true });
  const shared: esbuild.BuildOptions = { bundle: true, format: 'esm', minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };
  await esbuild.build({
    ...shared,
    entryPoints: ['src/toolkit/index.ts'],
    outfile: join(out, 'index.js'),
    platform: 'neutral',
    target: 'es2022',
    plugins: [embedData(data)],
  });
  await esbuild.build({
    ...shared,
    entryPoints: ['src/cli/diagnose.ts'],
    outfile: join(out, 'cli.js'),
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [apiFromIndex],
  });
  writeDeclarations();
  writeReadme();
  await buildStandaloneBin(data, pluginBin);
  return data;
}

if (import.meta.main) {
  try {
    const data = await buildPackage(process.argv.includes('--bump') ? 'bump' : process.argv.includes('--check') ? 'fail' : 'warn');
    console.error(`package/dist: ${data.version}, data ${data.dataVersion}`);
  } catch (error) {
    console.error(error instanceof PackageBuildError ? error.message : error);
    process.exitCode = 1;
  }
}
