/** Issue 24: ordinary retail texts sent as broadcasts must pass, at most 2% flagged. */
import { describe, expect, it } from 'vitest';
import { reviewCampaign } from '../../src/review/index.js';
import { RETAIL_BROADCASTS } from './fixtures/retail-broadcasts.js';

describe('ordinary retail broadcasts', () => {
  it('at least 100 texts in several languages, at most 2% flagged', () => {
    expect(RETAIL_BROADCASTS.length).toBeGreaterThanOrEqual(100);
    const flagged = RETAIL_BROADCASTS.map(([audience, message, offer], i) => ({ i, audience, message, d: reviewCampaign({ id: `b${i}`, segment_stats: { size: 5000 }, campaign: { channel: 'email', audience, message, offer } }) })).filter((r) => r.d.decision !== 'ok');
    console.log(`retail broadcasts: ${flagged.length} of ${RETAIL_BROADCASTS.length} flagged (${((flagged.length / RETAIL_BROADCASTS.length) * 100).toFixed(1)}%)`);
    for (const f of flagged) console.log(`  ${f.audience} | ${f.message} → ${f.d.decision}: ${f.d.findings.map((x) => `${x.code} ${x.evidence}`).join('; ')}`);
    expect(flagged.length / RETAIL_BROADCASTS.length).toBeLessThanOrEqual(0.02);
  });
});
