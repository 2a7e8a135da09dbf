/**
 * A campaign id that survives re-runs: the dataset, the segment's identity and the campaign's
 * text, not the result's content hash, so next week's run of the same data proposing the same
 * campaign for the same segment names the same campaign (and its holdout stays put). The segment
 * id is taken as given (stable segment ids across runs are the digest's job).
 */
import { canonicalJson, sha256 } from '../result/index.js';

export interface CampaignIdentity {
  /** The dataset's name or source key (not its content: new weeks of data are the same dataset). */
  dataset: string;
  /** The segment's stable id. */
  segment: string;
  /** What the campaign says: channel, audience, message, offer. */
  text: { channel: string; audience: string; message: string; offer: string };
  /** The narrator's short id for the campaign (e.g. `C1`), kept readable after the digest. */
  name: string;
}

export function stableCampaignId(c: CampaignIdentity): string {
  const text = canonicalJson({ channel: c.text.channel.trim(), audience: c.text.audience.trim(), message: c.text.message.trim(), offer: c.text.offer.trim() });
  const digest = sha256(canonicalJson({ dataset: c.dataset, segment: c.segment, text, name: c.name })).slice(0, 12);
  // The same shape as the run-scoped ids before (12 hex, a colon, the narrator's id): views show the part after the colon.
  return `${digest}:${c.name}`;
}
