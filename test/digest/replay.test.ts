/** Online Retail replayed as weekly snapshots (two cuts here; the six-week replay is in the report): ids stable, matrices reconcile, digests produced. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine, DEMO_PATH } from '../../src/runs/index.js';
import { localArtifactStore, openStore, type Store } from '../../src/store/index.js';
import { createSnapshotService, type SnapshotService } from '../../src/snapshots/index.js';
import { produceDigest, writeDigestFolder, type Digest } from '../../src/digest/index.js';
import { reconciles } from '../../src/analysis/change/index.js';

describe('weekly replay of Online Retail', () => {
  let dir: string;
  let store: Store;
  let snapshots: SnapshotService;
  const ids: string[] = [];
  let second: Digest;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'segbot-replay-'));
    store = await openStore({ dataDir: path.join(dir, 'data') });
    snapshots = createSnapshotService({ store, artifacts: localArtifactStore(path.join(dir, 'artifacts')), retention: 52 });
    for (const asOf of ['2011-12-02', '2011-12-09']) {
      const run = await runEngine({ source: DEMO_PATH, outDir: path.join(dir, asOf), load: { asOf } });
      ids.push((await snapshots.record({ dataset: 'retail', runId: null, result: run.result, assignments: run.assignments })).id);
      if (asOf === '2011-12-09') {
        // The same data again: every segment keeps its id.
        const again = await snapshots.record({ dataset: 'retail', runId: null, result: run.result, assignments: run.assignments });
        expect(again.identity.map((e) => e.kind)).toEqual(again.segments.filter((s) => s.id >= 0).map(() => 'kept'));
        expect(again.segments.map((s) => [s.id, s.name, s.customers])).toEqual((await snapshots.load(ids[1])).meta.segments.map((s) => [s.id, s.name, s.customers]));
        await store.deleteSnapshot(again.id);
      }
    }
    second = await produceDigest(snapshots, ids[1]);
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps segment ids between neighbouring weeks', async () => {
    const [a, b] = await Promise.all(ids.map((id) => snapshots.load(id)));
    expect(b.meta.previousId).toBe(a.meta.id);
    // Placed with the engine's own model (its scaling and centroids, kept in the earlier snapshot).
    expect(a.meta.engineModel?.features.length).toBeGreaterThan(0);
    expect(b.meta.placedWith).toBe('engine');
    const kept = b.meta.identity.filter((e) => e.kind === 'kept').map((e) => e.id);
    expect(kept.length).toBe(b.meta.segments.filter((s) => s.id >= 0).length);
    expect(kept.every((id) => a.meta.segments.some((s) => s.id === id))).toBe(true);
  });

  it('reports migration that reconciles with both snapshots, and writes the digest files', async () => {
    const change = second.data.change;
    expect(change).not.toBeNull();
    // Returns are netted by default (issue 23), so the cuts hold 4,290 and a few more customers (4,300 and 4,337 with --returns drop).
    const { before, after } = change!.customers;
    expect(before).toBe(4290);
    expect(after).toBeGreaterThan(before);
    expect(reconciles(change!.segmentMigration, before, after)).toBe(true);
    expect(reconciles(change!.rfmMigration!, before, after)).toBe(true);
    expect(second.text.lines.length).toBeGreaterThan(0);
    expect(second.chart?.subarray(1, 4).toString()).toBe('PNG');
    const files = await writeDigestFolder(path.join(dir, 'out'), second);
    expect(files).toEqual(['digest.json', 'digest.md', 'charts/migration.png']);
  });

  it('lists the history newest first', async () => {
    expect((await snapshots.list('retail')).map((s) => s.asOf)).toEqual(['2011-12-09', '2011-12-02']);
  });
});
