/**
 * When a campaign is submitted again with the same content, is it the version already stored?
 * Yes, whatever happened to it since (approved, rejected, shared), with one exception: a version the
 * review auto-approved does not stay approved when the review now flags the same text, because the
 * approval policy changed (auto-approve: never) or the rules now catch something they missed. Then a
 * new version is written and goes to the committee. A committee member's own decision is never
 * undone this way.
 */
import type { CampaignVersion, NewVersion } from './vocabulary.js';

export function keepsStoredVersion(current: Pick<CampaignVersion, 'contentHash' | 'state'> | null, next: Pick<NewVersion, 'contentHash' | 'state'>): boolean {
  if (!current || current.contentHash !== next.contentHash) return false;
  return !(current.state === 'auto_approved' && next.state !== 'auto_approved');
}
