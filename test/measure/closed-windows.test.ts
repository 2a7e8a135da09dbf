/** The digest's section: campaigns whose measurement window closed in the week, with their verdict or the command to measure them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedWindowLines, windowsClosedIn } from '../../src/measure/index.js';
import { measurementDigestSection, MEASUREMENT_SECTION_TITLE } from '../../src/runs/index.js';
import { digestBlocks, digestMarkdown, type DigestData } from '../../src/digest/index.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const exp = (campaignId: string, windowFrom: string, windowTo: string) => ({ campaignId, segmentKey: 'S2', windowFrom, windowTo, holdout: 10, customers: 100 });
const measured = (campaignId: string, windowFrom: string, windowTo: string, verdictText: string) => ({ campaignId, windowFrom, windowTo, verdictText, at: '2011-12-08T10:00:00.000Z' });

describe('windows closed in a week', () => {
  const week = { from: '2011-12-02', to: '2011-12-09' };

  it('takes windows whose last day falls in the week, measured or not, once each', () => {
    const closed = windowsClosedIn(
      week,
      [exp('a:S2-c1', '2011-11-05', '2011-12-03'), exp('a:S2-c1', '2011-11-05', '2011-12-03'), exp('b:S3-c1', '2011-11-10', '2011-12-08'), exp('c:S1-c1', '2011-11-01', '2011-12-02'), exp('d:S1-c2', '2011-11-20', '2011-12-10')],
      [measured('a:S2-c1', '2011-11-05', '2011-12-03', '+21% against the holdout, 95% interval 9% to 33%, p = 0.004: above the 15% status quo.')],
    );
    expect(closed.map((c) => [c.campaignId, c.verdictText !== null])).toEqual([['a:S2-c1', true], ['b:S3-c1', false]]);
    const lines = closedWindowLines(closed);
    expect(lines[0]).toBe('S2-c1 (S2), 2011-11-05 to 2011-12-02: +21% against the holdout, 95% interval 9% to 33%, p = 0.004: above the 15% status quo.');
    expect(lines[1]).toBe('S3-c1 (S2), 2011-11-10 to 2011-12-07: the window has closed and it is not measured yet. Run segbot measure b:S3-c1 --data <transaction log> --from 2011-11-10 --to 2011-12-08.');
  });

  it('reads the store and adds a section to the digest (Block Kit and Markdown), none when nothing closed', async () => {
    const store = await openStore({ dataDir: path.join(tempDir('segbot-closed-'), 'data') });
    try {
      expect(await measurementDigestSection(store, '2011-12-09')).toBeNull();
      await store.saveExport({
        campaignId: 'a:S2-c1', version: 1, versionHash: 'h', targetKind: 'csv', target: '/tmp/a.csv', customers: 100, treatment: 90, holdout: 10, holdoutShare: 0.1,
        segmentKey: 'S2', runDir: '/r', contentHash: 'c', windowFrom: '2011-11-05', windowTo: '2011-12-03', actor: 'U1',
      });
      const section = (await measurementDigestSection(store, '2011-12-09'))!;
      expect(section.title).toBe(MEASUREMENT_SECTION_TITLE);
      expect(section.lines).toEqual([expect.stringMatching(/^S2-c1 \(S2\), 2011-11-05 to 2011-12-02: the window has closed/)]);
      expect(await measurementDigestSection(store, '2011-12-20')).toBeNull();
      const data = { dataset: 'retail', asOf: '2011-12-09', previousAsOf: null, snapshotId: 's', previousId: null, runId: null, headline: { customers: 1, customersChange: null, revenue: 1, revenueChange: null, segments: 1 }, segments: [], change: null, identity: [], campaigns: [], late: null, runLink: null, sections: [section] } as unknown as DigestData;
      const text = { headline: 'h', lines: [], narrator: 'offline' as const };
      expect(JSON.stringify(digestBlocks(data, text))).toContain(`*${MEASUREMENT_SECTION_TITLE}*\\n• S2-c1 (S2)`);
      expect(digestMarkdown(data, text)).toContain(`## ${MEASUREMENT_SECTION_TITLE}\n\n- S2-c1 (S2), 2011-11-05 to 2011-12-02`);
    } finally {
      await store.close();
    }
  });
});
