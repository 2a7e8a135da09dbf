/** `/segment datasets`. */
import { section, table, type Blocks } from './blocks.js';

export interface DatasetLine {
  name: string;
  description: string;
  kind: 'file' | 'postgres';
  latestRun: string | null;
}

export function datasetsBlocks(datasets: DatasetLine[], command = '/segment'): Blocks {
  return [
    section(`*${datasets.length} dataset${datasets.length === 1 ? '' : 's'}* you can analyze with \`${command} run <name>\`:`),
    table(['Dataset', 'Source', 'Last run', 'About'], datasets.map((d) => [d.name, d.kind, d.latestRun ?? 'never', d.description || ' '])),
  ];
}
