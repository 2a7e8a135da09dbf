/** Issue 18: an interrupted run leaves no DuckDB scratch folder behind; folders of killed runs are removed at the next start. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TSX = path.resolve('node_modules/.bin/tsx');
const DUCKDB = path.resolve('src/data/duckdb.ts');

async function interrupted(signal: 'SIGINT' | 'SIGTERM'): Promise<{ dir: string; ended: string }> {
  const script = tmp.file(`hold-${signal}.mts`, `import { openDuckDb } from ${JSON.stringify(DUCKDB)};\nconst db = await openDuckDb();\nawait db.connection.run('CREATE TABLE t AS SELECT 1 AS x');\nconsole.log(db.dir);\nsetInterval(() => {}, 1000);\n`);
  const child = spawn(TSX, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const dir = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.on('exit', () => reject(new Error('the child ended before opening DuckDB')));
  });
  expect(existsSync(dir)).toBe(true);
  // tsx runs the script in a child node and relays the signal; it reports the child's death as 128 + n.
  const ended = new Promise<string>((resolve) => child.on('exit', (code, s) => resolve(s ?? `exit ${code}`)));
  child.kill(signal);
  return { dir, ended: await ended };
}

describe('DuckDB scratch folders', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`are removed on ${signal}, and the process still ends by that signal`, async () => {
      const out = await interrupted(signal);
      expect(existsSync(out.dir)).toBe(false);
      expect([signal, `exit ${signal === 'SIGINT' ? 130 : 143}`]).toContain(out.ended);
    }, 30_000);
  }

  it("of a run killed outright (its process gone) are removed when the next one starts; a live process's are kept", async () => {
    const stale = path.join(tmpdir(), 'segbot-duckdb-999999999-test');
    const live = path.join(tmpdir(), `segbot-duckdb-${process.ppid}-test`);
    for (const dir of [stale, live]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'spill.tmp'), 'x');
    }
    // In this process the stale sweep may have run already (once per process): run it in a fresh one.
    const script = tmp.file('sweep.mts', `import { openDuckDb } from ${JSON.stringify(DUCKDB)};\n(await openDuckDb()).close();\n`);
    await new Promise<void>((resolve, reject) => spawn(TSX, [script], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live, { recursive: true, force: true });
  }, 30_000);
});
