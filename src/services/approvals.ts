/**
 * Opens the store and the approval service from the configuration: the same wiring for the CLI,
 * the run pipeline and the Slack bot. Seeds the approval policy from start-up configuration once
 * (only while the store has none), and hands out the identity helpers each face needs: the bot
 * passes the signed Slack user id of a request as the actor; the CLI maps the OS user through
 * the stored policy.
 */
import os from 'node:os';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import {
  ApprovalService,
  cliRequester,
  requireCliIdentity,
  reviewCampaign,
  type ApprovalPolicy,
  type CampaignForReview,
  type LlmReviewer,
  type ReviewDecision,
} from '../review/index.js';
import { openStore, type Store } from '../store/index.js';

export interface ApprovalWiring {
  /** Resolves membership of the policy's Slack user group (the bot passes Slack's usergroups.users.list). */
  isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>;
  /** Adds the LLM reviewer's findings to the rules'; on LLM failure the rules' decision stands. */
  llmReviewer?: LlmReviewer;
  /** Told when the LLM reviewer failed and only the rules decided (log it; the review still stands). */
  onLlmError?: (message: string) => void;
  /** An already open store (the caller keeps closing it); default: open one from the configuration. */
  store?: Store;
  /** The local (OS) user of a CLI process; default os.userInfo().username. Tests inject one; nothing reads it from the environment. */
  localUser?: () => string;
}

export interface ApprovalServices {
  service: ApprovalService;
  store: Store;
  /** The policy service (same as service.policy). */
  policy: ApprovalService['policy'];
  /** The OS user name of this process. */
  localUser(): string;
  /** The Slack id this process's OS user acts as for the committee; NO_IDENTITY without a mapping. */
  cliActor(): Promise<string>;
  /** The requester id for a CLI submit: the mapped Slack id, or local:<user>. */
  cliRequester(): Promise<string>;
  /** Where the store lives (SQLite file or redacted Postgres URL), for "store in use" lines. */
  location: string;
  /** Closes the store if this call opened it. */
  close(): Promise<void>;
}

/** The start-up seed of the approval policy (SEGBOT_COMMITTEE, SEGBOT_COMMITTEE_USERGROUP, SEGBOT_FOUR_EYES, SEGBOT_IDENTITIES). */
export function seedPolicyOf(config: Config): ApprovalPolicy {
  return { members: config.committee.userIds, usergroup: config.committee.usergroup ?? null, fourEyes: config.committee.fourEyes, userMap: config.identities ?? {} };
}

export async function openApprovalServices(config: Config, wiring: ApprovalWiring = {}): Promise<ApprovalServices> {
  const ownStore = !wiring.store;
  const store = wiring.store ?? (await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, databaseOwnerUrl: config.databaseOwnerUrl }));
  try {
    const llm = wiring.llmReviewer;
    const review = async (c: CampaignForReview): Promise<ReviewDecision> => {
      const rules = reviewCampaign(c, { minSegmentSize: config.minSegmentSize });
      if (!llm) return rules;
      const withLlm = await llm.review(c, rules);
      if (withLlm.ok) return withLlm.value;
      wiring.onLlmError?.(withLlm.error.message);
      return rules;
    };
    const service = new ApprovalService({ store, isUsergroupMember: wiring.isUsergroupMember, review });
    try {
      await service.policy.seed(seedPolicyOf(config));
    } catch (e) {
      throw new ConfigError('BAD_POLICY_SEED', `the approval policy cannot be seeded from the configuration: ${e instanceof Error ? e.message : String(e)}. Fix SEGBOT_COMMITTEE, SEGBOT_COMMITTEE_USERGROUP or SEGBOT_IDENTITIES.`);
    }
    const localUser = wiring.localUser ?? (() => os.userInfo().username);
    return {
      service,
      store,
      policy: service.policy,
      localUser,
      cliActor: async () => requireCliIdentity((await service.policy.current()).policy, localUser()),
      cliRequester: async () => cliRequester((await service.policy.current()).policy, localUser()),
      location: store.location,
      close: async () => {
        if (ownStore) await store.close();
      },
    };
  } catch (e) {
    if (ownStore) await store.close();
    throw e;
  }
}
