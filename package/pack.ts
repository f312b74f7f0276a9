// Packs the package as `npm pack` does and installs the tarball into an empty folder, offline: what a user gets.
// Used by the package test (tests/package/) and by `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A packed and installed package. */
export interface Installed {
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Its size in bytes. */
  tarballBytes: number;
  /** The files it holds, as `npm pack --json` lists them. */
  files: string[];
  /** The folder it is installed in (its node_modules/ holds the package). */
  folder: string;
  /** The installed bin. */
  bin: string;
  /** The installed package's own folder. */
  packageFolder: string;
}

const packageRoot = import.meta.dirname;

/** Packs package/ into `work` (its prepack script builds it first) and installs the tarball into `work/install`. */
export function packAndInstall(work: string): Installed {
  mkdirSync(work, { recursive: true });
  let output: string;
  try {
    output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: packageRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const raw = (error as { stderr?: unknown }).stderr;
    const stderr = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    throw new Error(
      `npm pack failed:\n${stderr
        .split('\n')
        .filter((line) => line && !line.startsWith('npm error'))
        .join('\n')}`,
    );
  }
  const report = JSON.parse(output) as { filename: string; name: string; files: { path: string }[] }[];
  const packed = report[0]!;
  const tarball = join(work, packed.filename);
  const folder = join(work, 'install');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    tarball,
    tarballBytes: statSync(tarball).size,
    files: packed.files.map((file) => file.path).sort(),
    folder,
    bin: join(folder, 'node_modules', '.bin', packed.name),
    packageFolder: join(folder, 'node_modules', packed.name),
  };
}
