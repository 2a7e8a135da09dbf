/**
 * Questions in Slack: picks the run a question is about (the thread's run, a dataset named in the
 * question, or the latest run) and answers it with the deterministic query tools of src/questions.
 */
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
