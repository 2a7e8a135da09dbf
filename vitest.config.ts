import { defineConfig } from 'vitest/config';

/** The frozen held-out sets of campaigns (issue 24): each file only reads a fixture and runs the review over it. */
const HELD_OUT_SETS = 'test/review/independent-*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time even on a two-core machine (vitest's default there is one): many files wait on
    // loopback HTTP, SQLite or Postgres, and the suite measured 541 s with two against 574-637 s with one.
    // Postgres tests use a schema per process, and no test shares a port or an output directory.
    maxWorkers: 2,
    // V8 flag for the test workers only: compile regular expressions to machine code on first use. The review's rule
    // lexicons are large alternations; under V8's default (interpret first, tier up later) most of them kept running in the
    // interpreter, and the review took about 10 ms a campaign against 4 ms with this flag. Matching is the same either way.
    execArgv: ['--no-regexp-tier-up'],
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [HELD_OUT_SETS] } },
      // The held-out set files share their worker's module cache: the review's rule lexicons are compiled once
      // per worker instead of once per file (about 3.5 s each). They keep no state between files: each reads its
      // own fixture and calls the pure reviewCampaign. 25 of them took 163 s isolated and 69 s shared.
      { extends: true, test: { name: 'held-out-sets', include: [HELD_OUT_SETS], isolate: false } },
    ],
  },
});
