/**
 * Question answering over finished runs: the run's result, narrative and campaigns (with their
 * current review state) read from the artifact store and the approval service, then answered by
 * src/questions. With an LLM configured, the model picks the tool and phrases the answer.
 */
import type { Config } from '../config.js';
import type { ChatClient } from '../llm/index.js';
import { answerQuestion, createQuestionLlm, type Answer, type QuestionContext, type QuestionLlm } from '../questions/index.js';
import type { ApprovalService } from '../review/index.js';
import type { RunService } from '../runs/index.js';
import type { Store } from '../store/index.js';
import { questionMeasurements } from './measure.js';

export interface QuestionRequest {
  text: string;
  runId: string;
  dataset: string;
  previous?: unknown;
}

export interface QuestionReply {
  answer: Answer;
}

export interface QuestionAnswerer {
  answer(q: QuestionRequest): Promise<Answer>;
}

export function createQuestionAnswerer(deps: {
  config: Config;
  client?: ChatClient;
  runs: RunService;
  approvals: ApprovalService;
  /** Where exports and measurements are read ("how did the win-back campaign do?"). */
  store?: Pick<Store, 'listExports' | 'listMeasurements'>;
  log: (line: string) => void;
}): QuestionAnswerer {
  const llm: QuestionLlm | undefined = deps.client ? createQuestionLlm({ client: deps.client, promptsDir: deps.config.promptsDir }) : undefined;
  const contexts = new Map<string, Omit<QuestionContext, 'campaigns'>>();

  const contextOf = async (runId: string, dataset: string): Promise<QuestionContext> => {
    let base = contexts.get(runId);
    if (!base) {
      const [result, narrative] = await Promise.all([deps.runs.result(runId), deps.runs.narrative(runId)]);
      base = {
        runId,
        dataset,
        result,
        ...(narrative ? { narrative } : {}),
        // The countries and products the result keeps per segment (its top values), as aggregates.
        breakdown: {
          segments: result.segments.map((s) => ({
            segmentKey: s.key,
            countries: s.topCountries.map((t) => ({ value: t.value, customers: t.customers })),
            products: s.topProducts.map((t) => ({ value: t.value, customers: t.customers })),
          })),
        },
      };
      contexts.set(runId, base);
      if (contexts.size > 20) contexts.delete(contexts.keys().next().value as string);
    }
    // Review states change after the run (the committee decides): read them now.
    const manifest = await deps.runs.manifest(runId);
    const campaigns = await Promise.all(
      (manifest?.summary.campaigns ?? []).map(async (c) => {
        const current = await deps.approvals.get(c.campaignId).catch(() => null);
        return { id: c.campaignId, segmentKey: c.segmentKey, audience: c.audience, message: c.message, channel: c.channel, state: current?.state ?? c.state, decision: current?.decision ?? c.decision };
      }),
    );
    // Measured after the run, like the review states: read now.
    const measurements = deps.store ? await questionMeasurements(deps.store, campaigns.map((c) => c.id)) : undefined;
    return { ...base, campaigns, ...(measurements ? { measurements } : {}) };
  };

  return {
    async answer(q) {
      const ctx = await contextOf(q.runId, q.dataset);
      return answerQuestion(q.text, ctx, { llm, previous: q.previous as Answer | undefined, log: deps.log });
    },
  };
}
