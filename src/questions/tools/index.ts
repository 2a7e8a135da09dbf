/** The query tools: deterministic functions of a run's aggregates, one per kind of question. */
import type { QuestionContext, ToolCall, ToolOutput } from '../types.js';
import { breakdown } from './breakdown.js';
import { campaigns } from './campaigns.js';
import { help } from './help.js';
import { campaignResults } from './results.js';
import { modelChoice } from './model.js';
import { atRisk, rfmTable } from './rfm.js';
import { compare, overview, revenueRanking, segmentProfile } from './segments.js';

export { EXAMPLES } from './help.js';
export { AT_RISK_RFM, LAPSED_RFM } from './rfm.js';

export function runTool(ctx: QuestionContext, call: ToolCall): ToolOutput {
  switch (call.tool) {
    case 'overview':
      return overview(ctx);
    case 'revenue_ranking':
      return revenueRanking(ctx, call.args);
    case 'at_risk':
      return atRisk(ctx);
    case 'segment_profile':
      return segmentProfile(ctx, call.args);
    case 'compare':
      return compare(ctx, call.args);
    case 'rfm_table':
      return rfmTable(ctx);
    case 'breakdown':
      return breakdown(ctx, call.args);
    case 'model_choice':
      return modelChoice(ctx);
    case 'campaigns':
      return campaigns(ctx, call.args);
    case 'campaign_results':
      return campaignResults(ctx, call.args);
    case 'help':
      return help(ctx, call.args);
  }
}
