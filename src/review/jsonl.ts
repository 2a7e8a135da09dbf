/** Reads campaigns from JSON Lines: one result per non-blank line, an error value for a malformed one. */
import { CampaignForReview } from './types.js';

export type CampaignLine = { line: number; campaign: CampaignForReview } | { line: number; error: string };

const SHAPE_HINT = 'each line must be {"id": "...", "segment_stats": {"size": 120}, "campaign": {"channel": "...", "audience": "...", "message": "...", "offer": "..."}}';

export function parseCampaignLines(text: string): CampaignLine[] {
  const out: CampaignLine[] = [];
  // A byte-order mark (Excel and Notepad write one) is not part of the first line's JSON.
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      out.push({ line, error: `not valid JSON (${e instanceof Error ? e.message : String(e)}); ${SHAPE_HINT}` });
      return;
    }
    const parsed = CampaignForReview.safeParse(json);
    if (parsed.success) out.push({ line, campaign: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      const where = issue.path.length > 0 ? issue.path.join('.') : 'the line';
      out.push({ line, error: `${where}: ${issue.message}; ${SHAPE_HINT}` });
    }
  });
  return out;
}
