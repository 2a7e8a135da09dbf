/** `/segment approvals`: what waits for the committee. */
import { context, section, table, type Blocks } from './blocks.js';
import type { ReviewItem } from './review.js';

/** A table holds 100 rows, one of them the header. */
const MAX_ROWS = 99;

export function approvalsBlocks(pending: ReviewItem[], isMember: boolean): Blocks {
  if (pending.length === 0) return [section('Nothing waits for the approval committee.')];
  const blocks: Blocks = [
    section(`*${pending.length} campaign${pending.length === 1 ? '' : 's'} waiting for the committee*${isMember ? ' (open App Home to decide)' : ''}:`),
    table(['Campaign', 'Version', 'Findings', 'Asked by'], pending.slice(0, MAX_ROWS).map((p) => [p.campaignId, String(p.version), p.findings.map((f) => f.code).join(', '), p.requestedBy])),
  ];
  if (pending.length > MAX_ROWS) blocks.push(context(`${pending.length - MAX_ROWS} more wait but are not listed here (a table holds 99 rows).`));
  return blocks;
}
