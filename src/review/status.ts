/** How a review decision reads next to a campaign in a report or a Slack message. */
import type { ReviewDecision } from './types.js';

export interface ReviewStatus {
  decision: ReviewDecision['decision'];
  /** One line for people, e.g. "Awaiting approval: SURVEILLANCE_TONE". */
  label: string;
  /** ok → ok, review → warn, block → danger. */
  tone: 'ok' | 'warn' | 'danger';
  /** True when nothing may be shared before a committee member approves. */
  awaitingApproval: boolean;
}

export function reviewStatus(d: ReviewDecision): ReviewStatus {
  const codes = [...new Set(d.findings.map((f) => f.code))].join(', ');
  if (d.decision === 'block') return { decision: 'block', label: `Blocked, never shared: ${codes}`, tone: 'danger', awaitingApproval: false };
  if (d.decision === 'review') return { decision: 'review', label: `Awaiting committee approval: ${codes}`, tone: 'warn', awaitingApproval: true };
  return { decision: 'ok', label: 'Passed review', tone: 'ok', awaitingApproval: false };
}
