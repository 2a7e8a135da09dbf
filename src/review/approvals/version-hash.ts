/**
 * What an approval covers: the exact text of the persona and the campaign, every field the
 * narrator wrote (channel, audience, message, offer, goal, kpi, abTest…). Keys are sorted and
 * strings put in Unicode NFC so the same text always hashes the same; any other change, even
 * whitespace, is an edit and makes a new version.
 */
import { canonicalJson, sha256 } from '../../result/index.js';
import type { CampaignForReview } from '../types.js';

function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

export function canonicalCampaignText(c: CampaignForReview): string {
  return canonicalJson(nfc({ persona: c.persona ?? null, campaign: c.campaign }));
}

export function versionHash(c: CampaignForReview): string {
  return sha256(canonicalCampaignText(c));
}
