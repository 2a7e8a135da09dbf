/** What question answering reads (a run's aggregates) and what it answers. */
import { z } from 'zod';
import type { Narrative } from '../narrative/index.js';
import type { SegmentationResult } from '../result/index.js';
import type { Decision } from '../review/index.js';

/** A campaign of the run with its review state (the approval service's words: flagged, approved, auto_approved...). */
export interface QuestionCampaign {
  id: string;
  segmentKey: string;
  audience: string;
  message: string;
  state: string;
  decision: Decision;
  channel?: string;
  goal?: string;
}

/** A campaign's latest export and latest `segbot measure` result, read from the store by the caller. */
export interface QuestionMeasurement {
  campaignId: string;
  exported: { at: string; customers: number; holdout: number; windowFrom: string; windowTo: string } | null;
  latest: {
    at: string;
    windowFrom: string;
    windowTo: string;
    treatmentCustomers: number;
    holdoutCustomers: number;
    lift: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    /** The interval's confidence level (0.95). */
    level: number;
    pValue: number;
    statusQuo: number;
    verdict: string;
    /** The engine's verdict sentence, every figure in it computed by `segbot measure`. */
    verdictText: string;
  } | null;
}

/** One value of a breakdown (a country, a product) with its aggregates. Never a customer row. */
export interface BreakdownRow {
  value: string;
  customers: number;
  revenue?: number | null;
}

export interface BreakdownGroup {
  countries?: BreakdownRow[];
  products?: BreakdownRow[];
}

/** Country and product aggregates, per segment and optionally per named RFM segment, computed by the caller. */
export interface QuestionBreakdown {
  segments?: Array<BreakdownGroup & { segmentKey: string }>;
  rfmSegments?: Array<BreakdownGroup & { name: string }>;
}

export interface QuestionContext {
  runId: string;
  /** The dataset's name as people call it ("demo", "orders"). */
  dataset: string;
  result: SegmentationResult;
  narrative?: Narrative;
  campaigns?: QuestionCampaign[];
  breakdown?: QuestionBreakdown;
  /** Exports and measurements of the run's campaigns (the store's; absent when none was read). */
  measurements?: QuestionMeasurement[];
}

/** The tools and their arguments: also the JSON the LLM must pick (validated with zod). */
const SegmentRef = z.string().min(1).max(80);
export const ToolCall = z.discriminatedUnion('tool', [
  z.object({ tool: z.literal('overview'), args: z.object({}).strict() }),
  z.object({ tool: z.literal('revenue_ranking'), args: z.object({ order: z.enum(['most', 'least']) }).strict() }),
  z.object({ tool: z.literal('at_risk'), args: z.object({}).strict() }),
  z.object({ tool: z.literal('segment_profile'), args: z.object({ segment: SegmentRef }).strict() }),
  z.object({ tool: z.literal('compare'), args: z.object({ a: SegmentRef, b: SegmentRef }).strict() }),
  z.object({ tool: z.literal('rfm_table'), args: z.object({}).strict() }),
  z.object({
    tool: z.literal('breakdown'),
    args: z
      .object({
        by: z.enum(['country', 'product']),
        segment: SegmentRef.optional(),
        rfmSegment: z.string().max(40).optional(),
        country: z.string().max(60).optional(),
        product: z.string().max(80).optional(),
      })
      .strict(),
  }),
  z.object({ tool: z.literal('model_choice'), args: z.object({}).strict() }),
  z.object({ tool: z.literal('campaigns'), args: z.object({ segment: SegmentRef.optional() }).strict() }),
  z.object({ tool: z.literal('campaign_results'), args: z.object({ campaign: z.string().min(1).max(120).optional(), segment: SegmentRef.optional() }).strict() }),
  z.object({ tool: z.literal('help'), args: z.object({ unanswered: z.boolean().optional() }).strict() }),
]);
export type ToolCall = z.infer<typeof ToolCall>;
export type ToolName = ToolCall['tool'];
export const TOOL_NAMES: readonly ToolName[] = ToolCall.options.map((o) => o.shape.tool.value);

export interface AnswerTable {
  columns: string[];
  rows: string[][];
  align: Array<'left' | 'right'>;
}

export interface Answer {
  tool: ToolName;
  args: ToolCall['args'];
  runId: string;
  /** What the answer was computed over, in words ("S2 vs S4", "RFM Champions in Germany"). */
  filter: string;
  /** Slack mrkdwn; data-derived text is escaped (& < >) and mentions are neutralised. */
  text: string;
  table?: AnswerTable;
  caveats: string[];
  /** Every number shown in `text`, as shown, each computed by the tool. */
  numbers: string[];
  phrasedBy: 'tool' | 'llm';
  /** The segments the answer is about, in the order shown: "the second one" in a follow-up refers to these. */
  segments: string[];
}

/** What a tool computes: the answer before phrasing. `facts` are the figures the LLM may use. */
export interface ToolOutput {
  filter: string;
  text: string;
  table?: AnswerTable;
  caveats: string[];
  numbers: string[];
  segments: string[];
  /** Grounding facts: every value shown (plain numbers, shares for percents), for the phrasing check. */
  facts: { values: number[]; shares: number[] };
}
