/** What can be asked, with examples; also the answer to a question no tool can answer. */
import { Figures, safe } from '../format.js';
import type { QuestionContext, ToolOutput } from '../types.js';
import { finish, realSegments } from './common.js';

export const EXAMPLES: Array<[string, string]> = [
  ['how big are the segments?', 'sizes and shares'],
  ['which segment brings the most revenue?', 'revenue ranking'],
  ['how many customers are at risk?', 'RFM at-risk counts'],
  ['tell me about S2', 'one segment’s profile'],
  ['compare S1 and S2', 'two segments side by side'],
  ['show the RFM table', 'the named RFM segments'],
  ['show the champions in Germany', 'country or product breakdown'],
  ['what should we send the lapsed buyers?', 'campaigns and their review state'],
  ['how did the win-back campaign do?', 'a campaign’s measured lift against its holdout'],
];

export function help(ctx: QuestionContext, args: { unanswered?: boolean }): ToolOutput {
  const fig = new Figures();
  const lines = [
    args.unanswered ? 'I can only answer from this run’s figures, and that question is not one of them. You can ask:' : `Ask me about the *${safe(ctx.dataset)}* run, for example:`,
    ...EXAMPLES.map(([q, what]) => `• “${q}” (${what})`),
    `• “why did you choose ${fig.count(realSegments(ctx.result).length)} segments?” (how the model was chosen)`,
    'In a thread, follow-ups such as “and S3?” or “what about the second one?” refer to the same run.',
  ];
  return finish(fig, { filter: 'help', lines });
}
