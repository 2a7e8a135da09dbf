/**
 * The holdout: a deterministic, hash-based split of a campaign's audience. A customer's group depends
 * only on the campaign id and the customer id, so every re-export and every re-run (with the same,
 * stable campaign id) puts the same customer in the same group, whatever else is in the audience.
 */
import { createHash } from 'node:crypto';
import { AnalysisError } from '../errors.js';

export type AudienceGroup = 'treatment' | 'holdout';

export const DEFAULT_HOLDOUT = 0.1;

/** Uniform in [0, 1): the first 52 bits of sha256(campaign id, customer id). */
export function holdoutScore(campaignId: string, customerId: string): number {
  const digest = createHash('sha256').update(`segbot-holdout\0${campaignId}\0${customerId}`).digest();
  // 52 bits: 4 bytes + 20 bits, exact in a double.
  const high = digest.readUInt32BE(0);
  const low = digest.readUInt32BE(4) >>> 12;
  return (high * 2 ** 20 + low) / 2 ** 52;
}

export function assertHoldoutFraction(fraction: number): void {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) {
    throw new AnalysisError('BAD_HOLDOUT', `the holdout share must be between 0 and 1 (e.g. 0.1 for 10%), got ${String(fraction)}. Pass --holdout 0.1.`);
  }
}

export function groupOf(campaignId: string, customerId: string, fraction = DEFAULT_HOLDOUT): AudienceGroup {
  return holdoutScore(campaignId, customerId) < fraction ? 'holdout' : 'treatment';
}

export interface AudienceRow {
  customerId: string;
  group: AudienceGroup;
}

/** The audience split, sorted by customer id so that the file is byte-identical on every export. */
export function splitAudience(campaignId: string, customerIds: readonly string[], fraction = DEFAULT_HOLDOUT): AudienceRow[] {
  assertHoldoutFraction(fraction);
  const unique = [...new Set(customerIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return unique.map((customerId) => ({ customerId, group: groupOf(campaignId, customerId, fraction) }));
}
