/** The one LLM client against a local OpenAI-compatible server on 127.0.0.1 (test/narrative/openai-server.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createChatClient, LlmError, LLM_ERRORS, type ChatClient, type LlmErrorCode } from '../../src/llm/index.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type Reply } from '../narrative/openai-server.js';

const Answer = z.object({ tool: z.enum(['size', 'revenue']), segment: z.string().regex(/^S\d+$/) });
const turns = [
  { role: 'system' as const, content: 'Pick a tool. Answer with JSON.' },
  { role: 'user' as const, content: 'which segment brings the most revenue?' },
];

let server: FakeOpenAi | undefined;
let logLines: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  logLines = [];
});

async function clientFor(reply: (r: ChatRequest) => Reply, settings: { timeoutMs?: number; maxRetries?: number; apiKey?: string } = {}): Promise<ChatClient> {
  server = await startFakeOpenAi(reply);
  return createChatClient(
    { baseURL: server.baseURL, apiKey: settings.apiKey, model: 'test-model', timeoutMs: settings.timeoutMs ?? 5000, maxRetries: settings.maxRetries ?? 2 },
    { maxRetries: settings.maxRetries ?? 2, baseDelayMs: 10, maxDelayMs: 50 },
    (line) => logLines.push(line),
  );
}

function expectError(result: { ok: boolean; error?: unknown }, code: LlmErrorCode): LlmError {
  expect(result.ok).toBe(false);
  const error = (result as { error: LlmError }).error;
  expect(error).toBeInstanceOf(LlmError);
  expect(error.code).toBe(code);
  expect(error.message).toContain(LLM_ERRORS[code].fix);
  return error;
}

describe('completeJson', () => {
  it('returns a validated value, in JSON mode, with the model, temperature 0 and the key as a bearer token', async () => {
    const client = await clientFor(() => ({ content: '{"tool": "revenue", "segment": "S1"}' }), { apiKey: 'sk-test' });
    const result = await client.completeJson(Answer, turns);
    expect(result).toMatchObject({ ok: true, value: { value: { tool: 'revenue', segment: 'S1' }, repaired: false, tokens: { total: 150 } } });
    const body = server!.requests[0].body as ChatRequest['body'] & { temperature?: number };
    expect(body).toMatchObject({ model: 'test-model', response_format: { type: 'json_object' }, temperature: 0, messages: turns });
    expect(client.model).toBe('test-model');
  });

  it('accepts an answer wrapped in a Markdown code fence', async () => {
    const client = await clientFor(() => ({ content: '```json\n{"tool": "size", "segment": "S2"}\n```' }));
    const result = await client.completeJson(Answer, turns);
    expect(result.ok && result.value.value).toEqual({ tool: 'size', segment: 'S2' });
  });

  it('repairs once: the second request holds the first answer and the validation error', async () => {
    const client = await clientFor((r) => ({ content: r.repair ? '{"tool": "size", "segment": "S3"}' : '{"tool": "weather", "segment": "S3"}' }));
    const result = await client.completeJson(Answer, turns);
    expect(result.ok && result.value).toMatchObject({ value: { tool: 'size' }, repaired: true, tokens: { total: 300 } });
    expect(server!.requests).toHaveLength(2);
    const repair = server!.requests[1].body.messages;
    expect(repair.slice(0, 2)).toEqual(turns);
    expect(repair[2]).toEqual({ role: 'assistant', content: '{"tool": "weather", "segment": "S3"}' });
    expect(repair[3].role).toBe('user');
    expect(repair[3].content).toMatch(/^Your answer did not validate:\ntool: /);
  });

  it('uses the caller’s repair text', async () => {
    const client = await clientFor((r) => ({ content: r.repair ? '{"tool": "size", "segment": "S1"}' : 'not json' }));
    const result = await client.completeJson(Answer, turns, { repair: (problems) => `FIX THIS: ${problems}` });
    expect(result.ok).toBe(true);
    expect(server!.requests[1].body.messages.at(-1)!.content).toMatch(/^FIX THIS: The answer is not valid JSON/);
  });

  it('gives up after one repair: junk twice is INVALID_JSON, with the tokens spent', async () => {
    const client = await clientFor(() => ({ content: 'Sure! The answer is S1.' }));
    const error = expectError(await client.completeJson(Answer, turns), 'INVALID_JSON');
    expect(server!.requests).toHaveLength(2);
    expect(error.detail).toBe('the answer is not valid JSON');
    expect(error.facts).toMatchObject({ stage: 'json', tokens: { total: 300 } });
  });

  it('gives up after one repair: a wrong shape twice is SCHEMA_MISMATCH naming the field, not its value', async () => {
    const client = await clientFor(() => ({ content: '{"tool": "size", "segment": "everyone@example.com"}' }));
    const error = expectError(await client.completeJson(Answer, turns), 'SCHEMA_MISMATCH');
    expect(error.detail).toBe('the answer does not match the schema at segment');
    expect(error.message).not.toContain('example.com');
    expect(server!.requests).toHaveLength(2);
  });

  it('runs the caller’s check after the schema and repairs on it; CHECK_FAILED when it fails twice', async () => {
    const check = (v: z.infer<typeof Answer>) => (v.segment === 'S9' ? { stage: 'grounding', problems: 'S9 does not exist', summary: 'unknown segment' } : null);
    const fixed = await clientFor((r) => ({ content: r.repair ? '{"tool": "size", "segment": "S1"}' : '{"tool": "size", "segment": "S9"}' }));
    const result = await fixed.completeJson(Answer, turns, { check });
    expect(result.ok && result.value.value.segment).toBe('S1');
    expect(server!.requests[1].body.messages.at(-1)!.content).toContain('S9 does not exist');
    await server!.close();

    const stubborn = await clientFor(() => ({ content: '{"tool": "size", "segment": "S9"}' }));
    const error = expectError(await stubborn.completeJson(Answer, turns, { check }), 'CHECK_FAILED');
    expect(error.facts.stage).toBe('grounding');
    expect(error.detail).toBe('unknown segment');
  });

  it('treats junk bodies as BAD_RESPONSE without retrying them', async () => {
    const cases: Reply[] = [
      { body: '<html><body>Bad gateway</body></html>' },
      { body: JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [] }) },
    ];
    for (const reply of cases) {
      const client = await clientFor(() => reply);
      expectError(await client.completeJson(Answer, turns), 'BAD_RESPONSE');
      expect(server!.requests).toHaveLength(1);
      await server!.close();
      server = undefined;
    }
  });

  it('repairs a null message content like any invalid answer', async () => {
    const client = await clientFor((r) =>
      r.repair ? { content: '{"tool": "size", "segment": "S1"}' } : { body: JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: null } }] }) },
    );
    const result = await client.completeJson(Answer, turns);
    expect(result.ok && result.value.repaired).toBe(true);
  });
});

describe('transport', () => {
  it('times out a hanging server after timeoutMs, retrying the policy’s number of times', async () => {
    const client = await clientFor(() => ({ hang: true }), { timeoutMs: 150, maxRetries: 1 });
    const started = Date.now();
    const error = expectError(await client.completeJson(Answer, turns), 'TIMEOUT');
    expect(error.detail).toBe('timed out after 150 ms');
    expect(server!.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(logLines.some((l) => /timed out after 150 ms; retry 1\/1/.test(l))).toBe(true);
  });

  it('takes a shorter timeout and no retries per call', async () => {
    const client = await clientFor(() => ({ hang: true }), { timeoutMs: 5000, maxRetries: 3 });
    const started = Date.now();
    expectError(await client.completeJson(Answer, turns, { timeoutMs: 100, maxRetries: 0 }), 'TIMEOUT');
    expect(server!.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops at once when the caller aborts', async () => {
    const client = await clientFor(() => ({ hang: true }), { maxRetries: 3 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expectError(await client.completeJson(Answer, turns, { signal: controller.signal }), 'ABORTED');
    expect(server!.requests).toHaveLength(1);
  });

  it('waits out 429 with Retry-After, then uses the answer', async () => {
    const client = await clientFor((r) =>
      r.attempt === 1 ? { status: 429, headers: { 'retry-after': '0' }, body: JSON.stringify({ error: { message: 'slow down' } }) } : { content: '{"tool": "size", "segment": "S1"}' },
    );
    const result = await client.completeJson(Answer, turns);
    expect(result.ok).toBe(true);
    expect(logLines.some((l) => /HTTP 429: slow down; retry 1\/2 in 0 ms/.test(l))).toBe(true);
  });

  it('retries 5xx a bounded number of times, then SERVER_ERROR', async () => {
    const client = await clientFor(() => ({ status: 503, body: JSON.stringify({ error: { message: 'overloaded' } }) }));
    const error = expectError(await client.completeJson(Answer, turns), 'SERVER_ERROR');
    expect(error.detail).toBe('HTTP 503: overloaded');
    expect(server!.requests).toHaveLength(3);
  });

  it('does not retry a refused key or a rejected request', async () => {
    const auth = await clientFor(() => ({ status: 401, body: JSON.stringify({ error: { message: 'bad key' } }) }));
    expectError(await auth.completeJson(Answer, turns), 'AUTH');
    expect(server!.requests).toHaveLength(1);
    await server!.close();
    const rejected = await clientFor(() => ({ status: 400, body: JSON.stringify({ error: { message: 'no such model' } }) }));
    expectError(await rejected.completeJson(Answer, turns), 'REQUEST_REJECTED');
    expect(server!.requests).toHaveLength(1);
  });

  it('reports UNREACHABLE when nothing listens', async () => {
    const closed = await startFakeOpenAi(() => ({ content: '' }));
    await closed.close();
    const client = createChatClient({ baseURL: closed.baseURL, model: 'm', timeoutMs: 2000, maxRetries: 1 }, { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 5 });
    const error = expectError(await client.completeJson(Answer, turns), 'UNREACHABLE');
    expect(error.detail).toMatch(/^connection failed: .*ECONNREFUSED/);
  });

  it('a repair whose request fails keeps the failed check in the error', async () => {
    const client = await clientFor((r) => (r.repair ? { status: 500, body: '{"error": {"message": "boom"}}' } : { content: 'junk' }), { maxRetries: 0 });
    const error = expectError(await client.completeJson(Answer, turns), 'SERVER_ERROR');
    expect(error.facts.failedCheck).toEqual({ stage: 'json', summary: 'the answer is not valid JSON' });
  });
});
