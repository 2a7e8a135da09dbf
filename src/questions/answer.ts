/**
 * answerQuestion: a marketer's question about a run → an answer computed by one deterministic
 * tool. Without an LLM the intent parser picks the tool and the tool's own text is the answer.
 * With one, the model picks the tool (validated; the parser's choice stands if it fails) and
 * phrases the answer (grounded against the tool's figures; the tool's text stands if it fails).
 */
import { safe } from './format.js';
import { dataStrings, numeralsIn } from './grounding.js';
import type { QuestionLlm } from './llm.js';
import { parseQuestion } from './parse.js';
import { runTool } from './tools/index.js';
import type { Answer, QuestionContext, ToolCall } from './types.js';

export interface AnswerOptions {
  llm?: QuestionLlm;
  /** The previous answer in the thread: follow-ups ("and S3?") are read against it. */
  previous?: Answer;
  log?: (line: string) => void;
}

/** The model's text is untrusted: entities it wrote are decoded once, then everything is escaped. */
function safeModelText(text: string): string {
  return safe(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).trim();
}

export async function answerQuestion(text: string, ctx: QuestionContext, opts: AnswerOptions = {}): Promise<Answer> {
  const log = opts.log ?? (() => {});
  const parsed = parseQuestion(text, ctx, opts.previous);
  let call: ToolCall = parsed.call;
  if (opts.llm) {
    const choice = await opts.llm.chooseTool(text, ctx, opts.previous).catch((e: unknown) => ({ ok: false as const, error: e as Error }));
    if (!choice.ok) log(`questions: the LLM's tool choice failed (${choice.error.message}); using the parser's ${parsed.call.tool}`);
    // A model that gives up on a question the parser can answer does not get the last word.
    else if (!(choice.value.tool === 'help' && choice.value.args.unanswered && parsed.call.tool !== 'help')) call = choice.value;
  }

  const output = runTool(ctx, call);
  const caveats = [...output.caveats];
  if (opts.previous && opts.previous.runId !== ctx.runId) caveats.push(`The earlier answer in this thread was about run ${safe(opts.previous.runId)}; this one is about run ${safe(ctx.runId)}.`);
  const answer: Answer = {
    tool: call.tool,
    args: call.args,
    runId: ctx.runId,
    filter: output.filter,
    text: output.text,
    ...(output.table ? { table: output.table } : {}),
    caveats,
    numbers: output.numbers,
    phrasedBy: 'tool',
    segments: output.segments,
  };
  if (!opts.llm || call.tool === 'help') return answer;

  const phrased = await opts.llm.phrase(text, output, ctx).catch((e: unknown) => ({ ok: false as const, error: e as Error }));
  if (!phrased.ok) {
    log(`questions: the LLM's phrasing was not used (${phrased.error.message}); the tool's text stands`);
    return answer;
  }
  const phrasedText = safeModelText(phrased.value);
  return { ...answer, text: phrasedText, numbers: numeralsIn(phrasedText, dataStrings(ctx)), phrasedBy: 'llm' };
}
