// Stryker's Vitest config: the unit project alone. The site project reads a build that Stryker's sandbox does not have,
// and the package project packs and installs; no mutant of the pure modules changes either.
import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

export default defineConfig(unitProject);
