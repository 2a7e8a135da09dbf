/** Small fixtures written into a fresh temp directory per test file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

export function tempDir(): { dir: string; file(name: string, content: string | Buffer, gzip?: boolean): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-data-'));
  return {
    dir,
    file(name, content, gzip = false) {
      const p = path.join(dir, name);
      writeFileSync(p, gzip ? gzipSync(content) : content);
      return p;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Deterministic pseudo-random integers for fixtures (tests too keep Math.random out). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The shared data sets, ../shared/datasets from the project root; null where absent (never under CI). */
export const DATASETS = path.resolve(process.cwd(), '../shared/datasets');
export const datasetsPresent = existsSync(DATASETS);
if (!datasetsPresent && process.env.CI === 'true') throw new Error(`CI needs the shared data sets in ${DATASETS}`);
if (!datasetsPresent) console.warn(`skipping the real-data tests: ${DATASETS} is missing`);
