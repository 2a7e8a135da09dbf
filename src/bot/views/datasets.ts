/** `/segment datasets`. */
import { context, section, table, type Blocks } from './blocks.js';

export interface DatasetLine {
  name: string;
  description: string;
  kind: 'file' | 'postgres';
  latestRun: string | null;
}

export function datasetsBlocks(datasets: DatasetLine[], command = '/segment'): Blocks {
  const blocks: Blocks = [
    section(`*${datasets.length} dataset${datasets.length === 1 ? '' : 's'}* you can analyze with \`${command} run <name>\`:`),
    table(['Dataset', 'Source', 'Last run', 'About'], datasets.slice(0, 99).map((d) => [d.name, d.kind, d.latestRun ?? 'never', d.description || ' '])),
  ];
  if (datasets.length > 99) blocks.push(context(`${datasets.length - 99} more are configured but not listed here (a table holds 99 rows); \`${command} run <name>\` works for every one.`));
  return blocks;
}
