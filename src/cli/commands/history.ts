import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { safeJsonLine } from '../output.js';

/** `segbot history [dataset]`: the stored snapshots, newest first. */
export function registerHistoryCommand(program: Command): void {
  program
    .command('history')
    .description('List the stored snapshots of a dataset (or of all datasets), newest first: as-of date, customers, segments and what the segment matching found.')
    .argument('[dataset]', 'dataset name (as in SEGBOT_DATASETS, or the name `segbot digest` gave a file)')
    .option('--limit <n>', 'how many', (v) => Number(v), 20)
    .option('--json', 'one JSON line per snapshot')
    .action(async (dataset: string | undefined, flags: { limit: number; json?: boolean }) => {
      const { createServices } = await import('../../services/index.js');
      const services = await createServices(loadConfig(), { log: () => undefined });
      try {
        const rows = await services.snapshots.list(dataset?.trim().toLowerCase(), flags.limit);
        if (flags.json) {
          for (const r of rows) process.stdout.write(safeJsonLine(r));
          return;
        }
        if (rows.length === 0) {
          process.stdout.write(dataset ? `No snapshots of ${dataset} yet: run it (segbot digest --data ${dataset} --as-of YYYY-MM-DD, or /segment run ${dataset}).\n` : 'No snapshots yet.\n');
          return;
        }
        process.stdout.write('as of       dataset          customers  segments  matching                  snapshot\n');
        for (const r of rows) {
          const meta = r.meta as { segments?: { id: number }[]; identity?: { kind: string }[]; previousId?: string | null };
          const segments = (meta.segments ?? []).filter((s) => s.id >= 0).length;
          const events = (meta.identity ?? []).reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
          const matching = meta.previousId ? Object.entries(events).map(([k, v]) => `${v} ${k}`).join(', ') : 'first';
          process.stdout.write(`${r.asOf}  ${r.dataset.padEnd(15).slice(0, 15)}  ${String(r.customers).padStart(9)}  ${String(segments).padStart(8)}  ${matching.padEnd(24).slice(0, 24)}  ${r.id}\n`);
        }
      } finally {
        await services.close();
      }
    });
}
