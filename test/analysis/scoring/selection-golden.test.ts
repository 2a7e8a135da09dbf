/**
 * The chosen model and every reported score, pinned: speed work on selection (scoring, stability,
 * silhouette) must not change what is chosen nor any reported number, to the byte. The golden file
 * was written by the code before that work; regenerate it (SEGBOT_WRITE_GOLDEN=1) only for a change
 * that is meant to alter selection, and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSegmentation } from '../../../src/analysis/engine.js';
import { selectModel } from '../../../src/analysis/scoring/selection.js';
import { loadCustomers } from '../../../src/data/index.js';
import { gaussianBlobs } from '../blobs.js';
import { FOUR_GROUPS, plantedCustomers } from '../planted.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const GOLDEN = path.join(ROOT, 'test', 'analysis', 'fixtures', 'selection-golden.json');
const WRITE = process.env.SEGBOT_WRITE_GOLDEN === '1';

interface Golden {
  chosenId: string;
  chosenScores: unknown;
  /** sha256 of JSON.stringify of every candidate (scores, eligibility, ranks) and the selection. */
  sha256: string;
}

const golden: Record<string, Golden> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Golden>) : {};

function summarize(candidates: { id: string; scores: unknown }[], selection: { chosenId: string }): Golden {
  const chosen = candidates.find((c) => c.id === selection.chosenId)!;
  const sha256 = createHash('sha256').update(JSON.stringify({ candidates, selection })).digest('hex');
  return { chosenId: selection.chosenId, chosenScores: chosen.scores, sha256 };
}

function check(name: string, actual: Golden): void {
  if (WRITE) {
    golden[name] = actual;
    writeFileSync(GOLDEN, JSON.stringify(golden, null, 2) + '\n');
    return;
  }
  expect(golden[name], `no golden entry "${name}": run once with SEGBOT_WRITE_GOLDEN=1 on the code before the change`).toBeDefined();
  expect(actual.chosenId).toBe(golden[name].chosenId);
  expect(actual.chosenScores).toEqual(golden[name].chosenScores);
  expect(actual.sha256).toBe(golden[name].sha256);
}

describe('selection is unchanged by speed work (golden)', () => {
  for (const seed of [21, 7]) {
    it(`planted four groups, seed ${seed}, engine defaults`, async () => {
      const { data } = plantedCustomers(FOUR_GROUPS, seed);
      const out = await runSegmentation(data, { seed: 42 });
      check(`planted-${seed}`, summarize(out.candidates, out.selection));
    });
  }

  it('blobs on a sampled silhouette (3,000 points, 1,500-point sample), every family', async () => {
    const { points } = gaussianBlobs([[0, 0, 0], [4, 0, 0], [0, 4, 0], [0, 0, 4], [4, 4, 4]], [900, 700, 600, 500, 300], 0.8, 5);
    const out = await selectModel(points, { seed: 9, silhouetteSample: 1_500 });
    check('blobs-sampled', summarize(out.candidates, out.selection));
  });

  it('Online Retail (examples/online_retail.csv.gz), engine defaults', async () => {
    const loaded = await loadCustomers({ path: path.join(ROOT, 'examples', 'online_retail.csv.gz') });
    try {
      const out = await runSegmentation(loaded.features, { seed: 42 });
      check('online-retail', summarize(out.candidates, out.selection));
    } finally {
      await loaded.session.close();
    }
  }, 240_000);
});
