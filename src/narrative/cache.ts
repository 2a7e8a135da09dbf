/**
 * LLM answers cached on disk by sha256 of (segment payload, prompt version and hash, model), so
 * that a re-run on the same data costs nothing and gives the same text. Only answers that
 * passed validation and grounding are stored.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson, sha256 } from '../result/index.js';

export interface AnswerCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export function answerCacheKey(parts: { payload: unknown; promptVersion: string; promptHash: string; model: string }): string {
  return sha256(canonicalJson(parts));
}

/** A cache of JSON files in `dir`, one per key. Unreadable entries count as misses. */
export function fileAnswerCache(dir: string): AnswerCache {
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      // Write then rename, so that a concurrent reader never sees half a file.
      const temp = `${fileOf(key)}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value, null, 2) + '\n');
      await rename(temp, fileOf(key));
    },
  };
}

export const noAnswerCache: AnswerCache = { get: async () => undefined, set: async () => {} };
