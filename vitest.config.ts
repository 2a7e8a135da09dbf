import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time even on a two-core machine (vitest's default there is one): many files wait on
    // loopback HTTP, SQLite or Postgres, and the suite measured 541 s with two against 574-637 s with one.
    // Postgres tests use a schema per process, and no test shares a port or an output directory.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
