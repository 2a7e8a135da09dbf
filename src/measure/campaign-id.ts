/**
 * A campaign id that survives re-runs: the dataset, the segment's identity and the campaign's
 * text, not the result's content hash, so next week's run of the same data proposing the same
 * campaign for the same segment names the same campaign (and its holdout stays put). The segment
 * id is taken as given (stable segment ids across runs are the digest's job).
 *
 * The dataset key says which runs are "the same dataset" (a file's base name is not enough: two
 * different uploads called orders.csv must not share campaign ids, or holdouts):
 * - a named dataset (SEGBOT_DATASETS, `/segment run`, `segbot digest`, `segbot analyze --dataset`): `dataset:<name>`;
 * - a file given to `segbot analyze` without a name: `file:<absolute path>` (next week's file at the same place is the same dataset);
 * - a Postgres source: `postgres:<URL without password>#<table, or sha256 of the query>`;
 * - anything else (a file shared in Slack): `content:<sha256 of its bytes>`, so only the very same upload shares ids.
 */
import { canonicalJson, sha256 } from '../result/index.js';

export interface CampaignIdentity {
  /** The dataset key (above): a name or a place, not the content, except for one-off uploads. */
  dataset: string;
  /** The segment's stable id. */
  segment: string;
  /** What the campaign says: channel, audience, message, offer. */
  text: { channel: string; audience: string; message: string; offer: string };
  /** The narrator's short id for the campaign (e.g. `C1`), kept readable after the digest. */
  name: string;
}

export const namedDatasetKey = (name: string) => `dataset:${name}`;
export const fileDatasetKey = (absolutePath: string) => `file:${absolutePath}`;
export const postgresDatasetKey = (redactedUrl: string, tableOrQuery: { table?: string; query?: string }) =>
  `postgres:${redactedUrl}#${tableOrQuery.table ?? `query:${sha256(tableOrQuery.query ?? '').slice(0, 16)}`}`;
export const contentDatasetKey = (fingerprint: string) => `content:${fingerprint}`;

export function stableCampaignId(c: CampaignIdentity): string {
  const text = canonicalJson({ channel: c.text.channel.trim(), audience: c.text.audience.trim(), message: c.text.message.trim(), offer: c.text.offer.trim() });
  const digest = sha256(canonicalJson({ dataset: c.dataset, segment: c.segment, text, name: c.name })).slice(0, 12);
  // The same shape as the run-scoped ids before (12 hex, a colon, the narrator's id): views show the part after the colon.
  return `${digest}:${c.name}`;
}
