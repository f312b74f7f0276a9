// Mutation testing of the pure modules (`npm run mutation`): small deliberate breakages the unit tests must notice.
// Too slow for `npm test` on a shared machine; run one folder with `npx stryker run --mutate 'src/admin/**/*.ts'`.
export default {
  testRunner: 'vitest',
  // Its own config keeps the runner to the unit project: the site project reads a build the sandbox lacks, and the
  // package project packs and installs, which no mutant can change.
  // Vitest's "related" lookup found no test for a mutant in a Stryker sandbox, so each mutant runs the tests that
  // covered it in the first run instead.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // The unit tests of the mutated folders; the rest spawn processes or read a build, which no mutant here changes.
  testFiles: ['tests/unit/{admin,catalogue,credits,matcher,reset,search}*.test.ts'],
  checkers: ['typescript'],
  // The mutated folders and what they import: the whole project would need `astro sync` and check far more per mutant.
  tsconfigFile: 'tsconfig.stryker.json',
  coverageAnalysis: 'perTest',
  mutate: [
    'src/matcher/**/*.ts',
    // Only type declarations and the compiled data's shape: nothing to break.
    '!src/matcher/data.ts',
    'src/search/**/*.ts',
    // Pagefind's loader in the browser: exercised by the browser suite, not by Node.
    '!src/search/engine.ts',
    'src/credits/**/*.ts',
    'src/catalogue/validate.ts',
    'src/catalogue/schema.ts',
    'src/catalogue/builders/**/*.ts',
    'src/admin/**/*.ts',
  ],
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Reruns test only what changed since the last run; `--force` tests every mutant again.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Module-level data (the admin's guidance, the estimates) would rerun every related test per mutant: hours here.
  // The data is checked by the catalogue and content tests; mutation testing is for the logic.
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
  // Two cores shared with others: one test runner and one checker.
  concurrency: 1,
  tempDirName: '.tmp/stryker',
  ignorePatterns: ['dist', '.tmp', '.astro', 'reports', 'test-results', 'playwright-report', 'package/dist', 'bench-results'],
  timeoutMS: 30_000,
  // The first run of every covering test takes minutes on a busy machine; Stryker's default gives up after 5.
  dryRunTimeoutMinutes: 30,
  cleanTempDir: true,
};
