// Packs and installs the npm package once for both package test files: packing builds it, declarations included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packAndInstall, type Installed } from '../../package/pack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package packed and installed for this run. */
    installed: Installed;
  }
}

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'package-test-'));
  project.provide('installed', packAndInstall(work));
  return () => rmSync(work, { recursive: true, force: true });
}
