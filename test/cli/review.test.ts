import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerReviewCommand } from '../../src/cli/commands/review.js';
import { runCommand } from '../review/cli-in-process.js';
import { runCli } from '../helpers/cli.js';
import { startOpenAiStub } from '../review/openai-stub.js';

const review = (args: string[], env: Record<string, string> = {}) => runCommand(registerReviewCommand, ['review', ...args], env);

const pregnant = { id: 'S1-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers predicted to be pregnant', message: 'Big changes ahead', offer: '15% off' } };
const clean = { id: 'S2-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'All customers', message: 'Our autumn range is here', offer: 'Free returns' } };
const small = { id: 'S3-c1', segment_stats: { size: 12 }, campaign: { channel: 'email', audience: 'Top buyers', message: 'Thanks', offer: 'Gift' } };

let dir: string;
const file = (name: string, lines: string[]) => {
  const p = path.join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-cli-review-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('segbot review', () => {
  it('prints one decision line per campaign and exits 0', async () => {
    const r = await review([file('ok.jsonl', [JSON.stringify(pregnant), JSON.stringify(clean)])]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      { id: 'S1-c1', decision: 'block', findings: [{ code: 'SENSITIVE_INFERENCE_PREGNANCY', severity: 'block', evidence: 'audience: "pregnant"' }] },
      { id: 'S2-c1', decision: 'ok', findings: [] },
    ]);
  });

  it('reports a malformed line with its line number, reviews the rest, and exits 1 (the real binary)', () => {
    const r = runCli(['review', file('bad.jsonl', [JSON.stringify(pregnant), '{"id": "broken", "campaign": ', '', JSON.stringify({ id: 'x', campaign: { channel: 'email', audience: 'a', offer: 'o' } }), JSON.stringify(clean)])]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(4);
    expect(r.lines[0]).toMatchObject({ id: 'S1-c1', decision: 'block' });
    expect(r.lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/not valid JSON/) });
    expect(r.lines[2]).toMatchObject({ line: 4, error: expect.stringMatching(/^campaign\.message: /) });
    expect(r.lines[3]).toMatchObject({ id: 'S2-c1', decision: 'ok' });
  });

  it('takes the k-anonymity threshold from the environment and from --min-segment-size', async () => {
    const f = file('small.jsonl', [JSON.stringify(small)]);
    expect((await review([f])).lines[0]).toMatchObject({ decision: 'block' });
    // Above the threshold it is no longer blocked; a segment under 50 still goes to the committee (SMALL_AUDIENCE, issue 24).
    expect((await review([f], { SEGBOT_MIN_SEGMENT_SIZE: '10' })).lines[0]).toMatchObject({ decision: 'review', findings: [{ code: 'SMALL_AUDIENCE' }] });
    expect((await review([f, '--min-segment-size', '10'])).lines[0]).toMatchObject({ decision: 'review', findings: [{ code: 'SMALL_AUDIENCE' }] });
  });

  it('exits 3 with --fail-on block when a campaign is blocked', async () => {
    expect((await review([file('fail.jsonl', [JSON.stringify(pregnant)]), '--fail-on', 'block'])).code).toBe(3);
  });

  it('adds category and rule with --detail', async () => {
    const r = (await review([file('detail.jsonl', [JSON.stringify(pregnant)]), '--detail']));
    expect(r.lines[0]).toMatchObject({ findings: [{ category: 'sensitive-trait', rule: 'S1' }] });
  });

  it('says which file cannot be read', async () => {
    const r = (await review([path.join(dir, 'missing.jsonl')]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.jsonl \(no such file\)/);
  });

  it('refuses a bad --min-segment-size', async () => {
    const r = (await review([file('x.jsonl', [JSON.stringify(clean)]), '--min-segment-size', 'ten']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--min-segment-size must be a whole number/);
  });

  it('refuses --llm when no LLM is configured', async () => {
    const r = (await review([file('y.jsonl', [JSON.stringify(clean)]), '--llm']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--llm needs an LLM: set OPENAI_API_KEY/);
  });

  it('adds the LLM reviewer\'s findings with --llm, against a local OpenAI-compatible server', async () => {
    const stub = await startOpenAiStub();
    try {
      stub.replies.push({ status: 200, content: JSON.stringify({ findings: [{ code: 'LATE_NIGHT_PROFILING', severity: 'review', category: 'surveillance', evidence: 'Still awake?' }] }) });
      const r = await review([file('llm.jsonl', [JSON.stringify(clean)]), '--llm', '--detail'], { OPENAI_BASE_URL: stub.baseURL });
      expect(r.code).toBe(0);
      expect(r.lines[0]).toMatchObject({ id: 'S2-c1', decision: 'review', findings: [{ code: 'LATE_NIGHT_PROFILING', rule: 'LLM' }] });
    } finally {
      await stub.close();
    }
  });
});
