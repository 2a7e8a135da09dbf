/** The LLM reviewer against a local server speaking the OpenAI chat-completions API on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmReviewer, reviewCampaign, type CampaignForReview } from '../../src/review/index.js';
import { startOpenAiStub, type OpenAiStub } from './openai-stub.js';

let stub: OpenAiStub;
beforeAll(async () => {
  stub = await startOpenAiStub();
});
afterAll(() => stub.close());

const reviewer = () => createLlmReviewer({ baseURL: stub.baseURL, model: 'test-model', timeoutMs: 10_000, maxRetries: 0 });
const campaign: CampaignForReview = {
  id: 'S1-c1',
  persona: 'Night owls who shop after midnight',
  segment_stats: { size: 240 },
  campaign: { channel: 'push', audience: 'All app users', message: 'Still awake? So are we.', offer: 'Free delivery tonight' },
};
const finding = (over: Record<string, string> = {}) => ({ code: 'SLEEP_PATTERN_INFERENCE', severity: 'review', category: 'surveillance', evidence: 'Still awake?', ...over });

describe('LLM reviewer', () => {
  it('adds the findings the rules missed, marked rule LLM, and sends only campaign text, size and the parsed audience', async () => {
    stub.replies.push({ status: 200, content: JSON.stringify({ findings: [finding()] }) });
    stub.requests.length = 0;
    const rules = reviewCampaign(campaign);
    expect(rules.decision).toBe('ok');
    const result = await reviewer().review(campaign, rules);
    expect(result.ok && result.value).toMatchObject({ decision: 'review', findings: [{ code: 'SLEEP_PATTERN_INFERENCE', rule: 'LLM' }] });
    const sent = JSON.parse(stub.requests[0].messages[1].content);
    expect(Object.keys(sent).sort()).toEqual(['audience', 'campaign', 'persona', 'rule_findings', 'segment_size']);
    expect(sent.audience).toMatchObject({ kind: 'broadcast', conditions: [{ text: 'all app users', attribute: 'everyone' }, { source: 'persona' }] });
    expect(stub.requests[0].response_format).toEqual({ type: 'json_object' });
  });

  it('cannot remove or soften the rules’ findings', async () => {
    stub.replies.push({ status: 200, content: '{"findings": []}' });
    const blocked = { ...campaign, campaign: { ...campaign.campaign, audience: 'Customers predicted to be pregnant' } };
    const result = await reviewer().review(blocked, reviewCampaign(blocked));
    expect(result.ok && result.value.decision).toBe('block');
  });

  it('repairs once when the answer does not validate, sending the error back', async () => {
    stub.replies.push({ status: 200, content: JSON.stringify({ findings: [finding({ severity: 'maybe' })] }) }, { status: 200, content: JSON.stringify({ findings: [finding()] }) });
    stub.requests.length = 0;
    const result = await reviewer().review(campaign, reviewCampaign(campaign));
    expect(result.ok).toBe(true);
    expect(stub.requests).toHaveLength(2);
    expect(stub.requests[1].messages.at(-1)?.content).toMatch(/did not validate: findings\.0\.severity/);
  });

  it('returns an error value, not a decision, when the answer fails twice', async () => {
    stub.replies.push({ status: 200, content: 'I think it is fine' }, { status: 200, content: 'still not json' });
    const result = await reviewer().review(campaign, reviewCampaign(campaign));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('LLM_OUTPUT_INVALID');
  });

  it('returns an error value when the server fails', async () => {
    stub.replies.push({ status: 500 });
    const result = await reviewer().review(campaign, reviewCampaign(campaign));
    expect(!result.ok && result.error).toMatchObject({ code: 'LLM_FAILED', message: expect.stringMatching(/only the rules' findings are used/) });
  });

  it('fails at start-up when its prompt file is missing', () => {
    expect(() => createLlmReviewer({ baseURL: stub.baseURL, model: 'm', timeoutMs: 1000, maxRetries: 0 }, '/nonexistent/llm-review.md')).toThrow(/prompt .*cannot be read/);
  });
});
