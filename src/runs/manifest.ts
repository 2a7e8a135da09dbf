/** `run.json`: what a run was (dataset, requesters, when) and its typed summary, kept with its artifacts. */
import { z } from 'zod';
import type { RunSummary } from './summary.js';

export const RUN_MANIFEST = 'run.json';

export interface RunManifest {
  runId: string;
  /** The catalog name (`demo`), or `upload` for a file shared in Slack. */
  dataset: string;
  /** What the user called it: the dataset name, or the uploaded file's name. */
  label: string;
  sourceKey: string;
  requestedBy: string[];
  createdAt: string;
  summary: RunSummary;
}

// The summary is written by this code and read back by it; checked loosely so that an older run.json still reads.
const ManifestSchema = z.object({
  runId: z.string(),
  dataset: z.string(),
  label: z.string(),
  sourceKey: z.string(),
  requestedBy: z.array(z.string()),
  createdAt: z.string(),
  summary: z.object({ customers: z.number(), segments: z.array(z.unknown()), campaigns: z.array(z.unknown()) }).passthrough(),
});

export function parseManifest(text: string): RunManifest {
  return ManifestSchema.parse(JSON.parse(text)) as unknown as RunManifest;
}

export function serializeManifest(m: RunManifest): string {
  return JSON.stringify(m, null, 2) + '\n';
}
