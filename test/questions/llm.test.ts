/**
 * Question answering with an LLM, against a local OpenAI-compatible server: the model picks the
 * tool and phrases the answer; invalid choices, junk, timeouts and ungrounded numbers fall back to
 * the parser and the tool's own text. Its traffic holds aggregates only.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { answerQuestion, createQuestionLlm, runTool, type QuestionContext, type QuestionLlm } from '../../src/questions/index.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type Reply } from '../narrative/openai-server.js';
import { segmentOnlineRetail, type OnlineRetailRun } from './online-retail.js';

let run: OnlineRetailRun;
let ctx: QuestionContext;
let server: FakeOpenAi | undefined;
let logLines: string[] = [];
beforeAll(async () => {
  run = await segmentOnlineRetail();
  ctx = { runId: 'run-or', dataset: 'demo', result: run.result };
}, 120_000);
afterAll(() => run?.cleanup());
afterEach(async () => {
  await server?.close();
  server = undefined;
  logLines = [];
});

const isToolRequest = (r: ChatRequest) => r.body.messages[0].content.includes('route');
const toolRequests = () => server!.requests.filter(isToolRequest);
const phraseRequests = () => server!.requests.filter((r) => !isToolRequest(r));

async function llmFor(reply: { tool: (r: ChatRequest) => Reply; phrase: (r: ChatRequest) => Reply }, timeoutMs = 5000): Promise<QuestionLlm> {
  server = await startFakeOpenAi((r) => (isToolRequest(r) ? reply.tool(r) : reply.phrase(r)));
  const client = createChatClient({ baseURL: server.baseURL, model: 'test-model', timeoutMs, maxRetries: 0 }, { maxRetries: 0, baseDelayMs: 5, maxDelayMs: 5 }, (l) => logLines.push(l));
  return createQuestionLlm({ client, promptsDir: path.resolve('prompts'), timeoutMs, maxRetries: 0 });
}

const json = (value: unknown): Reply => ({ content: JSON.stringify(value) });
const s3 = () => run.result.segments.find((s) => s.key === 'S3')!;
const thousands = (n: number) => n.toLocaleString('en-US');

describe('answerQuestion with an LLM', () => {
  it('uses the model’s tool choice and its grounded phrasing', async () => {
    const seg = s3();
    const llm = await llmFor({
      tool: () => json({ tool: 'segment_profile', args: { segment: 'S3' } }),
      phrase: () => json({ text: `${seg.key} is the largest group: *${thousands(seg.size)}* customers, about ${Math.round(seg.share * 100)}% of the base.` }),
    });
    // The parser alone cannot read this one.
    const a = await answerQuestion('how are the folks who stopped coming doing?', ctx, { llm });
    expect(a).toMatchObject({ tool: 'segment_profile', args: { segment: 'S3' }, phrasedBy: 'llm', filter: 'segment S3', runId: 'run-or' });
    expect(a.text).toContain(`*${thousands(seg.size)}* customers`);
    expect(a.numbers).toEqual([thousands(seg.size), `${Math.round(seg.share * 100)}%`]);
    expect(a.table).toEqual(runTool(ctx, { tool: 'segment_profile', args: { segment: 'S3' } }).table);
    const sent = JSON.parse(toolRequests()[0].body.messages[1].content.match(/## Run[\s\S]*?```json\n([\s\S]*?)\n```/)![1]);
    expect(sent.segments.map((s: { key: string }) => s.key)).toEqual(['S1', 'S2', 'S3']);
  });

  it('repairs a tool choice naming a segment the run does not have, then uses it', async () => {
    const llm = await llmFor({
      tool: (r) => json({ tool: 'segment_profile', args: { segment: r.repair ? 'S2' : 'S9' } }),
      phrase: () => ({ content: 'junk' }),
    });
    const a = await answerQuestion('tell me about the middle ones', ctx, { llm });
    expect(a.args).toEqual({ segment: 'S2' });
    expect(toolRequests()).toHaveLength(2);
    expect(toolRequests()[1].body.messages.at(-1)!.content).toContain('"S9" is not a segment of this run');
  });

  it.each([
    ['an invalid tool name twice', () => json({ tool: 'delete_everything', args: {} })],
    ['a segment that does not exist twice', () => json({ tool: 'compare', args: { a: 'S1', b: 'S7' } })],
    ['extra arguments twice', () => json({ tool: 'overview', args: { sql: 'select * from customers' } })],
    ['junk text', () => ({ content: 'I think S1 is best!' })],
    ['an HTTP 500', () => ({ status: 500, body: '{"error": {"message": "boom"}}' })],
  ])('falls back to the parser on %s', async (_case, tool) => {
    const llm = await llmFor({ tool, phrase: () => ({ content: 'junk' }) });
    const a = await answerQuestion('which segment brings the most revenue?', ctx, { llm, log: (l) => logLines.push(l) });
    expect(a.tool).toBe('revenue_ranking');
    expect(a.args).toEqual({ order: 'most' });
    expect(logLines.some((l) => /tool choice failed/.test(l))).toBe(true);
  });

  it('does not let the model give up on a question the parser can answer', async () => {
    const llm = await llmFor({ tool: () => json({ tool: 'help', args: { unanswered: true } }), phrase: () => ({ content: 'junk' }) });
    const a = await answerQuestion('how many customers are at risk?', ctx, { llm });
    expect(a.tool).toBe('at_risk');
  });

  it('falls back to the tool’s text when the phrasing has an ungrounded number, after one repair', async () => {
    const llm = await llmFor({ tool: () => json({ tool: 'revenue_ranking', args: { order: 'most' } }), phrase: () => json({ text: 'S1 brings 93.7% of revenue and grows 12% a year.' }) });
    const a = await answerQuestion('which segment brings the most revenue?', ctx, { llm });
    expect(a.phrasedBy).toBe('tool');
    expect(a.text).toBe(runTool(ctx, { tool: 'revenue_ranking', args: { order: 'most' } }).text);
    expect(phraseRequests()).toHaveLength(2);
    expect(phraseRequests()[1].body.messages.at(-1)!.content).toMatch(/93\.7%/);
    expect(a.text).not.toContain('93.7');
  });

  it('uses the repaired phrasing when the repair is grounded', async () => {
    const top = [...run.result.segments].sort((x, y) => (y.revenue ?? 0) - (x.revenue ?? 0))[0];
    const share = `${((top.revenueShare ?? 0) * 100).toFixed(1)}%`;
    const llm = await llmFor({
      tool: () => json({ tool: 'revenue_ranking', args: { order: 'most' } }),
      phrase: (r) => json({ text: r.repair ? `${top.key} leads with ${share} of revenue.` : `${top.key} leads with ${share} of revenue, 3 times more than S9.` }),
    });
    const a = await answerQuestion('which segment brings the most revenue?', ctx, { llm });
    expect(a.phrasedBy).toBe('llm');
    expect(a.text).toBe(`${top.key} leads with ${share} of revenue.`);
    expect(phraseRequests()[1].body.messages.at(-1)!.content).toMatch(/S9.*segment this run does not have/);
  });

  it('falls back to the parser and the tool’s text when the endpoint times out', async () => {
    const llm = await llmFor({ tool: () => ({ hang: true }), phrase: () => ({ hang: true }) }, 200);
    const started = Date.now();
    const a = await answerQuestion('compare S1 and S2', ctx, { llm });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(a).toMatchObject({ tool: 'compare', args: { a: 'S1', b: 'S2' }, phrasedBy: 'tool' });
  });

  it('escapes what the model writes: no <!channel> or user mention reaches Slack', async () => {
    const seg = s3();
    const llm = await llmFor({
      tool: () => json({ tool: 'segment_profile', args: { segment: 'S3' } }),
      phrase: () => json({ text: `<!channel> ${seg.key} has ${thousands(seg.size)} customers, ask <@U0ADMIN> & @here <https://evil.example|here>` }),
    });
    const a = await answerQuestion('tell me about S3', ctx, { llm });
    expect(a.phrasedBy).toBe('llm');
    expect(a.text).not.toMatch(/<!|<@|<http/);
    expect(a.text).toContain('&lt;!channel&gt;');
    expect(a.text).toContain('&amp;');
    expect(a.text).not.toMatch(/(^|\s)@here\b/);
  });

  it('sends the model aggregates only: no customer id, no row', async () => {
    const llm = await llmFor({ tool: () => json({ tool: 'overview', args: {} }), phrase: () => ({ content: 'junk' }) });
    for (const q of ['how big are the segments?', 'tell me about S1', 'show the champions in Germany', 'compare S2 and S3', 'how many customers are at risk?']) {
      await answerQuestion(q, ctx, { llm });
    }
    const traffic = server!.requests.map((r) => r.raw).join('\n');
    expect(traffic.length).toBeGreaterThan(2000);
    const tokens = new Set(traffic.match(/\d+/g) ?? []);
    expect(run.customerIds.length).toBe(4338);
    expect(run.customerIds.filter((id) => tokens.has(id) || traffic.includes(`"${id}"`))).toEqual([]);
    expect(traffic).not.toContain('customer_id');
  });

  it('stops start-up when a question prompt is missing', async () => {
    server = await startFakeOpenAi(() => ({ content: '{}' }));
    const client = createChatClient({ baseURL: server.baseURL, model: 'm', timeoutMs: 1000, maxRetries: 0 }, { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 });
    expect(() => createQuestionLlm({ client, promptsDir: path.resolve('test') })).toThrow(/question-tool\.md is missing/);
  });
});
