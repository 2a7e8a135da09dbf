/**
 * The narrators on the three real data sets, segmented at test time by the engine: offline
 * snapshots of what each segment becomes, and a full LLM run on Online Retail against the local
 * server whose captured traffic must hold no customer id.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNarrativePayload, checkGrounding, createNarrator, Narrative, OfflineNarrator } from '../../src/narrative/index.js';
import { answerTexts } from '../../src/narrative/llm/answer.js';
import type { SegmentationResult } from '../../src/result/index.js';
import { runEngine } from '../../src/runs/index.js';
import { groundedAnswer, startFakeOpenAi } from './openai-server.js';

const DATASETS = path.resolve('..', 'shared', 'datasets');
const FILES = ['online_retail.csv.gz', 'cdnow_transactions.csv', 'marketing_campaign.tsv'];
const available = FILES.every((f) => existsSync(path.join(DATASETS, f)));
if (!available && process.env.CI === 'true') throw new Error(`data sets missing in ${DATASETS}: CI must have ../shared/datasets/`);
if (!available) console.warn(`skipping narrative data-set tests: ${DATASETS} is missing (they run wherever ../shared/datasets exists)`);

interface Segmented { result: SegmentationResult; customerIds: string[] }
const runs = new Map<string, Segmented>();
let workDir: string;

beforeAll(async () => {
  if (!available) return;
  workDir = await mkdtemp(path.join(os.tmpdir(), 'segbot-narrative-data-'));
  for (const file of FILES) {
    // A fixed model (k-means, k = 4) keeps this fast and gives every playbook something to do.
    const run = await runEngine({ source: path.join(DATASETS, file), outDir: path.join(workDir, file), seed: 42, engine: { algorithm: 'kmeans', k: 4 } });
    const csv = await readFile(run.assignmentsPath, 'utf8');
    const customerIds = csv.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0].replace(/^"|"$/g, ''));
    runs.set(file, { result: run.result, customerIds });
  }
}, 180_000);
afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/**
 * What each segment became: stable enough to snapshot (no figures, no engine-made segment names),
 * specific enough to notice a change of play. Engine changes that move customers between segments
 * may change it: re-record with `npx vitest run test/narrative -u` and read the diff.
 */
function outline(narrative: Narrative) {
  return {
    segments: narrative.segments.map((s) => ({
      key: s.segmentKey,
      playbook: s.playbook,
      persona: s.persona.name,
      campaigns: s.campaigns.map((c) => `${c.id} ${c.channel}: ${c.goal}`),
    })),
    withheld: narrative.withheld.map((w) => `${w.segmentKey} (${w.size}): ${w.reason}`),
  };
}

describe.skipIf(!available).each(FILES)('offline narrator on %s', (file) => {
  it('describes every segment, with grounded numbers, and matches the snapshot outline', async () => {
    const { result } = runs.get(file)!;
    const narrative = Narrative.parse(await new OfflineNarrator().narrate(result));
    const payload = buildNarrativePayload(result);
    expect(narrative.segments.length + narrative.withheld.length).toBe(result.segments.length);
    for (const s of narrative.segments) {
      expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), payload).issues).toEqual([]);
    }
    const portraits = narrative.segments.map((s) => s.persona.portrait.replace(/[\d.,%×]+/g, '#'));
    expect(new Set(portraits).size).toBe(portraits.length);
    expect(outline(narrative)).toMatchSnapshot();
  });
});

describe.skipIf(!available)('LLM narrator on Online Retail against the local server', () => {
  it('publishes only grounded LLM text and sends no customer id', async () => {
    const { result, customerIds } = runs.get('online_retail.csv.gz')!;
    expect(customerIds.length).toBe(4327); // returns netted (the default): 11 customers who returned everything are not segmented
    const server = await startFakeOpenAi((r) => ({ content: groundedAnswer(r) }));
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'segbot-llm-cache-'));
    try {
      const narrator = await createNarrator({
        llm: { baseURL: server.baseURL, model: 'local-test', timeoutMs: 5000, maxRetries: 0 },
        promptsDir: path.resolve('prompts'),
        cacheDir,
      });
      const narrative = await narrator.narrate(result);
      expect(narrative.segments.length).toBeGreaterThan(0);
      expect(narrative.segments.every((s) => s.source === 'llm')).toBe(true);
      // The answers quote revenue, lifts, days and product shares: the check accepted real figures.
      expect(narrative.segments[0].persona.buyingBehaviour).toMatch(/£[\d,]+ \(\d+% of revenue\); spend [\d.]+× the average; last bought about \d+ days ago; \d+% of them buy/);
      const payload = buildNarrativePayload(result);
      for (const s of narrative.segments) {
        expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), payload).issues).toEqual([]);
      }
      const traffic = server.requests.map((r) => r.raw).join('\n');
      const tokens = new Set(traffic.match(/\d+/g) ?? []);
      const leaked = customerIds.filter((id) => tokens.has(id) || traffic.includes(`"${id}"`));
      expect(leaked).toEqual([]);
    } finally {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
