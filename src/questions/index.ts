/**
 * Questions about a run ("which segment brings the most revenue?", "compare S2 and S4"), answered
 * by deterministic query tools over the SegmentationResult and the aggregates passed in with it.
 * An LLM, when configured, only picks the tool and phrases the answer, grounded in the tool's
 * figures. Like narrative/, this module never sees a customer row: it may not import data/,
 * store/ or bot/ (lint rule).
 */
export { answerQuestion, type AnswerOptions } from './answer.js';
export { parseQuestion, type ParsedQuestion, type ParseContext } from './parse.js';
export { runTool, EXAMPLES, AT_RISK_RFM, LAPSED_RFM } from './tools/index.js';
export { createQuestionLlm, loadQuestionPrompts, QUESTION_PROMPT_NAMES, type QuestionLlm, type QuestionLlmOptions, type QuestionPrompts } from './llm.js';
export { phrasingProblem, numeralsIn, dataStrings } from './grounding.js';
export { safe as slackSafe } from './format.js';
export { ToolCall, TOOL_NAMES } from './types.js';
export type { Answer, AnswerTable, BreakdownGroup, BreakdownRow, QuestionBreakdown, QuestionCampaign, QuestionContext, QuestionMeasurement, ToolName, ToolOutput } from './types.js';
