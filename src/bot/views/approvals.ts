/** `/segment approvals`: what waits for the committee. */
import { section, table, type Blocks } from './blocks.js';
import type { ReviewItem } from './review.js';

export function approvalsBlocks(pending: ReviewItem[], isMember: boolean): Blocks {
  if (pending.length === 0) return [section('Nothing waits for the approval committee.')];
  return [
    section(`*${pending.length} campaign${pending.length === 1 ? '' : 's'} waiting for the committee*${isMember ? ' (open App Home to decide)' : ''}:`),
    table(['Campaign', 'Version', 'Findings', 'Asked by'], pending.slice(0, 99).map((p) => [p.campaignId, String(p.version), p.findings.map((f) => f.code).join(', '), p.requestedBy])),
  ];
}
