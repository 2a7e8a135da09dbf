/** `/segment help`: what the bot can do, with examples. */
import type { Blocks } from './blocks.js';
import { context, divider, header, section } from './blocks.js';
import { codeText, mrkdwnText } from '../text.js';

export function helpBlocks(datasets: string[], command = '/segment'): Blocks {
  const shown = datasets.slice(0, 30).map((d) => `\`${codeText(d, 40)}\``).join(', ');
  const names = datasets.length > 30 ? `${shown} and ${datasets.length - 30} more (\`${command} datasets\` lists them)` : shown;
  return [
    header('Segbot: customer segments, explained, with campaigns a committee checks'),
    section(
      [
        `*\`${command} run <dataset>\`* analyzes a dataset and answers in a thread: segments, charts, personas and campaigns. Datasets: ${names}.`,
        `*\`${command} datasets\`* lists the datasets. *\`${command} review\`* opens a form to check your own campaign text.`,
        `*\`${command} approvals\`* lists campaigns waiting for the committee. *\`${command} cancel <run id>\`* stops a run you asked for.`,
      ].join('\n'),
    ),
    section(
      [
        '*Ask me* by mentioning me or in a DM, for example:',
        '• which segment brings the most revenue?   • how many customers are at risk?',
        '• compare S2 and S4   • show the champions in Germany',
        '• what should we send the lapsed big spenders?   • why did you choose 4 segments?',
        'Follow-up questions in the same thread use the same run.',
      ].join('\n'),
    ),
    section('*Your own data*: share a CSV, TSV or Parquet file (gzip is fine) with me in a DM and I analyze it like a dataset.'),
    divider(),
    context('Campaigns the reviewer flags wait for the approval committee; nothing flagged is posted anywhere else before a member approves it. I only see aggregates when I write text.'),
  ];
}

export function usageBlocks(problem: string, command = '/segment'): Blocks {
  return [section(`${mrkdwnText(problem, 500)}\nTry \`${command} help\`.`)];
}

export function errorBlocks(title: string, message: string): Blocks {
  return [section(`:warning: *${mrkdwnText(title, 150)}*\n${mrkdwnText(message, 2500)}`)];
}
