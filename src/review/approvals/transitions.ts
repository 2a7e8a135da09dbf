/** The approval state machine as data: which state may follow which, and by whose action. */
import type { ApprovalState } from './vocabulary.js';

export const TRANSITIONS: Readonly<Record<ApprovalState, readonly ApprovalState[]>> = {
  draft: ['flagged', 'auto_approved'],
  flagged: ['approved', 'rejected', 'changes_requested'],
  approved: ['shared'],
  auto_approved: ['shared'],
  rejected: [],
  changes_requested: [],
  shared: [],
};

export function canMove(from: ApprovalState, to: ApprovalState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States in which the text may reach a channel. */
export const SHAREABLE: readonly ApprovalState[] = ['approved', 'auto_approved'];
