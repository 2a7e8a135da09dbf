/**
 * Questions in Slack: picks the run a question is about (the thread's run, a dataset named in the
 * question, or the latest run) and answers it with the deterministic query tools of src/questions.
 */
import type { Answer } from '../questions/index.js';
import type { AnswerView } from './views/index.js';

export interface AskedQuestion {
  text: string;
  runId: string;
  dataset: string;
  /** The previous answer in the same thread, for follow-ups ("and S3?"). */
  previous?: unknown;
}

export interface GivenAnswer {
  view: Omit<AnswerView, 'answerId'>;
  tool: string;
  args: unknown;
  /** Kept for the next question in the thread. */
  memo: unknown;
}

export interface QuestionService {
  answer(question: AskedQuestion): Promise<GivenAnswer>;
}

/** The Slack face of the question answerer built by the services. */
export function questionServiceFrom(answerer: { answer(q: AskedQuestion): Promise<Answer> }): QuestionService {
  return {
    async answer(q) {
      const a = await answerer.answer(q);
      return {
        view: { text: a.text, ...(a.table ? { table: a.table } : {}), runId: a.runId, dataset: q.dataset, tool: a.tool, filter: a.filter, caveats: a.caveats, phrasedBy: a.phrasedBy },
        tool: a.tool,
        args: a.args,
        memo: a,
      };
    },
  };
}
