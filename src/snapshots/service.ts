/**
 * Snapshots of each run of a dataset: the files (snapshot.json, assignments.bin.gz) go through the
 * artifact store under the snapshot's id, the row (dataset, as-of, counts, the JSON description)
 * into the store's `snapshots` table. Recording one matches its segments to the previous snapshot
 * of the dataset, then prunes beyond the retention.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StoreError } from '../errors.js';
import type { ArtifactStore, SnapshotRecord, Store } from '../store/index.js';
import { buildSnapshot, type Snapshot, type SnapshotInput, type SnapshotMeta } from './build.js';
import { decodeAssignments, encodeAssignments } from './codec.js';

export const SNAPSHOT_FILE = 'snapshot.json';
export const ASSIGNMENTS_FILE = 'assignments.bin.gz';

export interface SnapshotService {
  /** Stores a run's snapshot, with stable ids from the dataset's previous snapshot (as of the same day or earlier). */
  record(input: Omit<SnapshotInput, 'id'>): Promise<SnapshotMeta>;
  /** Newest first. */
  list(dataset?: string, limit?: number): Promise<SnapshotRecord[]>;
  load(id: string): Promise<Snapshot>;
  /** The newest snapshot of the dataset as of `asOf` or earlier, other than `exceptId`. */
  before(dataset: string, asOf: string, exceptId?: string): Promise<SnapshotRecord | null>;
  /** Deletes all but the newest `keep` snapshots of the dataset; returns the ids deleted. */
  prune(dataset: string, keep: number): Promise<string[]>;
}

export interface SnapshotServiceOptions {
  store: Store;
  artifacts: ArtifactStore;
  /** Snapshots kept per dataset (SEGBOT_SNAPSHOT_RETENTION); 0 keeps all. */
  retention: number;
}

export function createSnapshotService({ store, artifacts, retention }: SnapshotServiceOptions): SnapshotService {
  const before = async (dataset: string, asOf: string, exceptId?: string) => (await store.listSnapshots(dataset, 1000)).find((s) => s.asOf <= asOf && s.id !== exceptId) ?? null;

  const load = async (id: string): Promise<Snapshot> => {
    let meta: SnapshotMeta;
    try {
      meta = JSON.parse((await artifacts.read(id, SNAPSHOT_FILE)).toString('utf8')) as SnapshotMeta;
    } catch (e) {
      throw new StoreError('SNAPSHOT_MISSING', `snapshot ${id} has no readable files in the artifact store (${e instanceof Error ? e.message : String(e)}). Run the dataset again to make a new one.`);
    }
    return { meta, assignments: decodeAssignments(await artifacts.read(id, ASSIGNMENTS_FILE)) };
  };

  const prune = async (dataset: string, keep: number): Promise<string[]> => {
    if (keep <= 0) return [];
    const old = (await store.listSnapshots(dataset, 100_000)).slice(keep);
    for (const s of old) {
      await store.deleteSnapshot(s.id);
      await artifacts.remove(s.id);
    }
    return old.map((s) => s.id);
  };

  return {
    async record(input) {
      const asOf = input.result.input.asOf ?? input.result.input.lastDate ?? 'unknown';
      const id = `snap-${asOf.replace(/[^0-9]/g, '')}-${input.result.contentHash.slice(0, 8)}-${randomBytes(3).toString('hex')}`;
      const previousRecord = await before(input.dataset, asOf);
      const previous = previousRecord ? await load(previousRecord.id).catch(() => null) : null;
      const snapshot = buildSnapshot({ ...input, id }, previous);
      const staged = await artifacts.stage(id);
      try {
        await writeFile(path.join(staged, SNAPSHOT_FILE), JSON.stringify(snapshot.meta) + '\n');
        await writeFile(path.join(staged, ASSIGNMENTS_FILE), encodeAssignments(snapshot.assignments));
        await artifacts.commit(id, staged);
      } catch (e) {
        await artifacts.discard(staged);
        throw e;
      }
      const { model: _model, engineModel: _engineModel, ...described } = snapshot.meta;
      await store.saveSnapshot({ id, dataset: input.dataset, asOf: snapshot.meta.asOf, runId: input.runId, customers: snapshot.meta.customers, meta: described });
      await prune(input.dataset, retention);
      return snapshot.meta;
    },
    list: (dataset, limit) => store.listSnapshots(dataset, limit),
    load,
    before,
    prune,
  };
}
