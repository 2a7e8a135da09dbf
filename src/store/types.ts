/**
 * The store behind SQLite and Postgres. It stores; it does not decide: the approval vocabulary
 * and rules live in src/review (ApprovalRepository), the store guarantees that each step is one
 * transaction, that timestamps come from the database clock, and that the audit log only grows,
 * chained by hashes.
 */
import type { ApprovalRepository } from '../review/index.js';

/** An analysis snapshot, for the weekly digest and segment migration. */
export interface RunRecord {
  id: string;
  /** contentHash of result.json. */
  contentHash: string;
  path: string;
  asOf: string | null;
  createdAt: string;
}

export interface Store extends ApprovalRepository {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for messages: the SQLite file, or the Postgres URL without its password. */
  readonly location: string;
  saveRun(run: RunRecord): Promise<void>;
  listRuns(limit?: number): Promise<RunRecord[]>;
  /** Applied migration versions, ascending. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}
