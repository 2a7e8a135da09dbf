/** Builds the approval service from the configuration: the same wiring for the CLI and the bot. */
import type { Config } from '../../config.js';
import { openStore, type Store } from '../../store/index.js';
import { reviewCampaign } from '../reviewer.js';
import type { LlmReviewer } from '../llm-reviewer.js';
import type { CampaignForReview, ReviewDecision } from '../types.js';
import { createCommittee } from './committee.js';
import { ApprovalService } from './service.js';

export interface ApprovalWiring {
  /** Resolves membership of Config.committee.usergroup (the bot passes Slack's usergroups.users.list). */
  isMember?: (userId: string) => Promise<boolean>;
  /** Adds the LLM reviewer's findings to the rules'; on LLM failure the rules' decision stands. */
  llmReviewer?: LlmReviewer;
  /** Told when the LLM reviewer failed and only the rules decided (log it; the review still stands). */
  onLlmError?: (message: string) => void;
  now?: () => Date;
  /** An already open store (the caller keeps closing it); default: open one from the configuration. */
  store?: Store;
}

export async function openApprovalService(config: Config, wiring: ApprovalWiring = {}): Promise<{ service: ApprovalService; store: Store }> {
  const store = wiring.store ?? (await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  const llm = wiring.llmReviewer;
  const review = async (c: CampaignForReview): Promise<ReviewDecision> => {
    const rules = reviewCampaign(c, { minSegmentSize: config.minSegmentSize });
    if (!llm) return rules;
    const withLlm = await llm.review(c, rules);
    if (withLlm.ok) return withLlm.value;
    wiring.onLlmError?.(withLlm.error.message);
    return rules;
  };
  const committee = createCommittee({ userIds: config.committee.userIds, usergroup: config.committee.usergroup, isMember: wiring.isMember });
  const service = new ApprovalService({ store, committee, fourEyes: config.committee.fourEyes, review, now: wiring.now });
  return { service, store };
}
