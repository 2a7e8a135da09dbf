/** Campaign ids key on the dataset (a name, a place or, for one-off uploads, the content), the segment and the text. */
import { describe, expect, it } from 'vitest';
import { OfflineNarrator } from '../../src/narrative/index.js';
import { namedDatasetKey } from '../../src/measure/index.js';
import { silentProgress } from '../../src/progress.js';
import { narrateAndReview } from '../../src/runs/narrate.js';
import type { SegmentationResult } from '../../src/result/index.js';
import { fixtureResult } from '../narrative/fixtures.js';

const submitter = {
  submit: async () => ({ version: { decision: 'ok' as const, state: 'auto_approved', version: 1, hash: 'h', findings: [] } }),
};

const withInput = (fingerprint: string): SegmentationResult => {
  const r = fixtureResult();
  return { ...r, input: { ...r.input, source: 'orders.csv', fingerprint } };
};

const idsOf = async (result: SegmentationResult, datasetKey?: string) =>
  (await narrateAndReview(result, { narrator: new OfflineNarrator(), approvals: submitter }, 'U1', silentProgress, datasetKey)).reviews.map((r) => r.campaignId);

describe('stable campaign ids', () => {
  it('two different uploads with the same file name do not share ids (nor holdouts)', async () => {
    const a = await idsOf(withInput('a'.repeat(64)));
    const b = await idsOf(withInput('b'.repeat(64)));
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    // The very same upload again: the same ids.
    expect(await idsOf(withInput('a'.repeat(64)))).toEqual(a);
  });

  it('runs of one named dataset keep their ids when the data changes (next week\'s file)', async () => {
    const key = namedDatasetKey('retail');
    expect(await idsOf(withInput('b'.repeat(64)), key)).toEqual(await idsOf(withInput('a'.repeat(64)), key));
    expect(await idsOf(withInput('a'.repeat(64)), namedDatasetKey('wholesale'))).not.toEqual(await idsOf(withInput('a'.repeat(64)), key));
  });
});
