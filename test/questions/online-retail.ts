/** The bundled Online Retail log segmented by the engine (default model selection, --returns drop), once per test file. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SegmentationResult } from '../../src/result/index.js';
import { runEngine } from '../../src/runs/index.js';

export interface OnlineRetailRun {
  result: SegmentationResult;
  customerIds: string[];
  cleanup(): Promise<void>;
}

export async function segmentOnlineRetail(): Promise<OnlineRetailRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'segbot-questions-'));
  // --returns drop: the textbook cleaning (4,338 customers) these tests' figures were written against.
  const run = await runEngine({ source: path.resolve('examples/online_retail.csv.gz'), outDir: dir, seed: 42, load: { returns: 'drop' } });
  const csv = await readFile(run.assignmentsPath, 'utf8');
  const customerIds = csv.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0].replace(/^"|"$/g, ''));
  return { result: run.result, customerIds, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
