/**
 * The audit log's hash chain: each entry's hash covers the previous entry's hash and the entry
 * itself in canonical form, so an edited, removed or inserted entry breaks every hash after it.
 * The stores compute it on append; `verify` recomputes it.
 */
import { canonicalJson, sha256 } from '../../result/index.js';
import type { AuditEntry } from './vocabulary.js';

export type ChainedFields = Omit<AuditEntry, 'seq' | 'prevHash' | 'entryHash'>;

export function auditEntryHash(prevHash: string | null, e: ChainedFields): string {
  const canonical = canonicalJson({
    at: e.at, actor: e.actor, action: e.action, campaignId: e.campaignId, version: e.version, versionHash: e.versionHash,
    fromState: e.fromState, toState: e.toState, reason: e.reason, detail: e.detail,
  });
  return sha256(`${prevHash ?? ''}\n${canonical}`);
}

export interface ChainProblem {
  seq: number;
  problem: 'edited' | 'broken-link' | 'unchained';
  message: string;
}

/**
 * How many entries at the start of the log were written before the chain existed (a store
 * upgraded from schema 2): they carry no hash, so the chain cannot vouch for them.
 */
export function unchainedPrefixLength(entries: readonly AuditEntry[]): number {
  const firstChained = entries.findIndex((e) => e.entryHash !== null);
  return firstChained === -1 ? entries.length : firstChained;
}

/**
 * Recomputes the chain over the whole log (in seq order); empty when intact. Entries written
 * before the chain existed are accepted only as the log's leading run (see unchainedPrefixLength);
 * an unhashed entry after the first hashed one was inserted around the chain.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev: string | null = null;
  for (const e of entries.slice(unchainedPrefixLength(entries))) {
    if (e.entryHash === null) {
      problems.push({ seq: e.seq, problem: 'unchained', message: `entry ${e.seq} has no hash (written before the chain existed, or inserted around it)` });
      prev = null;
      continue;
    }
    if (e.prevHash !== prev) problems.push({ seq: e.seq, problem: 'broken-link', message: `entry ${e.seq} does not follow the entry before it: an entry was removed or inserted here` });
    if (auditEntryHash(e.prevHash, e) !== e.entryHash) problems.push({ seq: e.seq, problem: 'edited', message: `entry ${e.seq} was changed after it was written (its hash no longer matches)` });
    prev = e.entryHash;
  }
  return problems;
}
