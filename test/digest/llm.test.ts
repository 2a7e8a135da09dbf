/** The digest's LLM narrator against a local OpenAI-compatible server: grounded text is used, ungrounded text is repaired once, junk and timeouts fall back to the offline text with a note. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { buildDigestData, createLlmDigestNarrator, digestBlocks, digestLines, digestMarkdown, type DigestData } from '../../src/digest/index.js';
import { NO_RFM, type Snapshot } from '../../src/snapshots/index.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type Reply } from '../narrative/openai-server.js';

const PROMPTS = path.resolve('prompts');
const RFM = ['Champions', 'Loyal', 'At Risk', 'Lost'];
let server: FakeOpenAi | undefined;
let logLines: string[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  logLines = [];
});

type Row = [id: string, segment: number, rfm: string, monetary: number];
const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(3, '0')}`);

function snapshot(id: string, asOf: string, rows: Row[], previousId: string | null): Snapshot {
  const sorted = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const names = new Map([[0, 'Loyal big spenders'], [1, 'Occasional buyers']]);
  const segments = [0, 1].map((s) => {
    const mine = sorted.filter((r) => r[1] === s);
    return { id: s, label: `S${s + 1}`, name: names.get(s) as string, customers: mine.length, revenue: mine.reduce((a, r) => a + r[3], 0) };
  });
  return {
    meta: {
      format: 1, id, dataset: 'shop', asOf, runId: null, resultHash: 'h', customers: sorted.length, segments, rfmNames: RFM,
      model: { features: ['log1p_recency_days', 'log1p_frequency', 'log1p_monetary'], mean: [0, 0, 0], std: [1, 1, 1], centroids: [] },
      nextId: 2, previousId, identity: [],
    },
    assignments: {
      customerIds: sorted.map((r) => r[0]),
      segment: Int16Array.from(sorted.map((r) => r[1])),
      rfm: Uint8Array.from(sorted.map((r) => (RFM.includes(r[2]) ? RFM.indexOf(r[2]) : NO_RFM))),
      anomaly: new Uint8Array(sorted.length),
      recencyDays: new Float32Array(sorted.length),
      frequency: new Float32Array(sorted.length),
      monetary: Float32Array.from(sorted.map((r) => r[3])),
    },
  };
}

/** Two weeks: 30 of S1's 60 customers moved to S2 (25 of them to At Risk), 22 new customers, 5 left. */
function twoWeeks(): DigestData {
  const before = snapshot('snap-1', '2026-11-30', [
    ...ids('a', 60).map((id): Row => [id, 0, 'Loyal', 100]),
    ...ids('b', 40).map((id): Row => [id, 1, 'Champions', 10]),
    ...ids('x', 5).map((id): Row => [id, 1, 'Lost', 1]),
  ], null);
  const after = snapshot('snap-2', '2026-12-07', [
    ...ids('a', 60).map((id, i): Row => [id, i < 30 ? 1 : 0, i < 25 ? 'At Risk' : 'Loyal', 120]),
    ...ids('b', 40).map((id): Row => [id, 1, 'Champions', 10]),
    ...ids('n', 22).map((id): Row => [id, 0, 'Champions', 50]),
  ], 'snap-1');
  return buildDigestData(after, before);
}

async function narratorFor(reply: (r: ChatRequest) => Reply, timeoutMs = 5000) {
  server = await startFakeOpenAi(reply);
  const client = createChatClient({ baseURL: server.baseURL, apiKey: 'k', model: 'test-model', timeoutMs, maxRetries: 0 }, { maxRetries: 0, baseDelayMs: 10, maxDelayMs: 20 }, (l) => logLines.push(l));
  return createLlmDigestNarrator({ client, promptsDir: PROMPTS, timeoutMs, maxRetries: 0, log: (l) => logLines.push(l) });
}

const grounded = JSON.stringify({
  headline: 'The base grew to 122 customers (+17 since 2026-11-30), with 8,700 in revenue to date (+2,295), in 2 segments.',
  lines: ['30 customers moved from S1 "Loyal big spenders" to S2 "Occasional buyers" (50% of S1).', '25 customers slipped to At Risk, all of them from Loyal.', '22 new customers bought for the first time; 5 customers left the data.'],
});

describe('the digest LLM narrator', () => {
  it('shows revenue with the currency the data names, and bare when it names none', () => {
    const data = twoWeeks();
    expect(digestLines(data).headline).toMatch(/, [\d,]+ in revenue to date \([+−][\d,]+\)/);
    const pounds = digestLines({ ...data, currency: { code: 'GBP', symbol: '£' } });
    expect(pounds.headline).toMatch(/, £[\d,]+ in revenue to date \([+−]£[\d,]+\)/);
  });

  it('uses the model\'s grounded text, sent only the digest\'s aggregate figures', async () => {
    const d = twoWeeks();
    const narrate = await narratorFor(() => ({ content: grounded }));
    const text = await narrate(d);
    expect(text.narrator).toBe('llm');
    expect(text.lines[0]).toContain('30 customers moved');
    expect(text.note).toBeUndefined();
    expect(server!.requests).toHaveLength(1);
    // Aggregates only: no customer id reaches the model.
    expect(server!.requests[0].raw).not.toMatch(/\ba0\d\d\b|\bn0\d\d\b/);
    expect(server!.requests[0].body.response_format?.type).toBe('json_object');
    expect(digestBlocks(d, text).map((b) => JSON.stringify(b)).join('')).toContain('text by the LLM narrator, numbers by Segbot');
  });

  it('repairs once when a number is not a computed figure, and uses the repaired text', async () => {
    const invented = JSON.stringify({ headline: 'The base grew by 40% to 122 customers.', lines: ['About 31 customers moved from S1 to S2.'] });
    const narrate = await narratorFor((r) => ({ content: r.repair ? grounded : invented }));
    const text = await narrate(twoWeeks());
    expect(text.narrator).toBe('llm');
    expect(server!.requests).toHaveLength(2);
    const repairTurn = server!.requests[1].body.messages.at(-1)?.content ?? '';
    expect(repairTurn).toContain('"40%"');
    expect(repairTurn).toContain('"31"');
  });

  it('falls back to the offline text, with a note, when the repair still invents numbers', async () => {
    const d = twoWeeks();
    const narrate = await narratorFor(() => ({ content: JSON.stringify({ headline: '999 customers churned.', lines: ['S7 doubled.'] }) }));
    const text = await narrate(d);
    expect(text).toMatchObject({ ...digestLines(d), narrator: 'offline' });
    expect(text.note).toMatch(/LLM's text could not be used \(CHECK_FAILED\); this is the offline text/);
    expect(digestMarkdown(d, text)).toContain('could not be used');
    expect(logLines.some((l) => l.includes('the offline text stands'))).toBe(true);
  });

  it('falls back on junk that is not the schema', async () => {
    const narrate = await narratorFor(() => ({ content: 'Sure! Here is your digest: things changed.' }));
    const text = await narrate(twoWeeks());
    expect(text.narrator).toBe('offline');
    expect(text.note).toMatch(/INVALID_JSON/);
    expect(server!.requests).toHaveLength(2);
  });

  it('falls back on a timeout', async () => {
    const narrate = await narratorFor(() => ({ hang: true }), 300);
    const text = await narrate(twoWeeks());
    expect(text.narrator).toBe('offline');
    expect(text.note).toMatch(/TIMEOUT/);
  });

  it('leaves the first snapshot to the offline sentence (nothing to phrase) without calling the model', async () => {
    const d = twoWeeks();
    const narrate = await narratorFor(() => ({ content: grounded }));
    const text = await narrate({ ...d, change: null, previousAsOf: null });
    expect(text.narrator).toBe('offline');
    expect(server!.requests).toHaveLength(0);
  });
});

describe('the digest prompt', () => {
  it('is loaded when the narrator is built: a folder without digest.md stops start-up with a message naming the file', async () => {
    server = await startFakeOpenAi(() => ({ content: grounded }));
    const client = createChatClient({ baseURL: server.baseURL, apiKey: 'k', model: 'm', timeoutMs: 1000, maxRetries: 0 }, { maxRetries: 0, baseDelayMs: 10, maxDelayMs: 20 });
    expect(() => createLlmDigestNarrator({ client, promptsDir: path.resolve('test') })).toThrow(/digest\.md is missing/);
  });
});
