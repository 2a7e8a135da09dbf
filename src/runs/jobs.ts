/** The run a named dataset asks for: its catalog entry's flags as an analysis job (the bot's commands, its scheduled digest and `segbot digest`). */
import type { Dataset } from './datasets.js';
import type { RunJob } from './service.js';

export function jobForDataset(d: Dataset): RunJob {
  const { seed, sep, asOf, algorithm, k, kMin, kMax, minSegments, associationRules, ...load } = d.analyze;
  return {
    dataset: d.name,
    label: d.name,
    sourceKey: `dataset:${d.name}`,
    narrate: true,
    request: {
      source: d.source,
      table: d.table,
      query: d.query,
      seed,
      memoryLimit: undefined,
      load: { ...load, ...(sep ? { sep } : {}), ...(asOf ? { asOf } : {}) },
      engine: { algorithm, k, kMin, kMax, minSegments },
      associationRules: associationRules ?? false,
    },
  };
}
