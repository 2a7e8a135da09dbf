/** The bot's memory on disk: a bad line or a malformed state file loses nothing else and never stops the bot. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBotState } from '../../src/bot/state.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-state-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const answer = (id: string) => ({ answerId: id, at: '2026-12-05T00:00:00Z', user: 'U1', channel: 'D1', threadTs: null, question: 'q', runId: 'r1', tool: 'size', args: {}, text: 't' });

describe('fileBotState', () => {
  it('remembers threads, origins and review messages across a restart', () => {
    const dir = tempDir();
    const a = fileBotState(dir);
    a.linkThread('r1', { channel: 'C1', ts: '1.1' });
    a.linkThread('r1', { channel: 'C1', ts: '1.1' });
    a.setOrigin('c1', { channel: 'C1', threadTs: '1.1' });
    a.setReviewMessage('c1', 'abcd1234', { channel: 'C2', ts: '2.2' });
    const b = fileBotState(dir);
    expect(b.runForThread('C1', '1.1')).toBe('r1');
    expect(b.threadsOf('r1')).toEqual([{ channel: 'C1', ts: '1.1' }]);
    expect(b.originOf('c1')).toEqual({ channel: 'C1', threadTs: '1.1' });
    expect(b.reviewMessage('c1', 'abcd1234')).toEqual({ channel: 'C2', ts: '2.2' });
  });

  it('keeps the good answers when a line of answers.jsonl is bad, and counts the bad ones in the log', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const s = fileBotState(dir, { warn: (m) => warnings.push(m) });
    s.recordAnswer(answer('a1'));
    appendFileSync(path.join(dir, 'answers.jsonl'), '{"answerId": "half\n[1,2]\nnull\n');
    s.recordFeedback('a1', 'U1', 'up', '2026-12-05T00:00:01Z');
    appendFileSync(path.join(dir, 'answers.jsonl'), '{"answerId":"a2","at":"x","user":"U1","channel":"D1","threadTs":null,"question":"q","runId":"r","tool":"t","args":{},"text":"t"'); // cut by a crash
    const all = s.answers();
    expect(all.map((a) => a.answerId)).toEqual(['a1', 'a1']);
    expect(warnings.join('\n')).toMatch(/4 bad lines/);
  });

  it.each([
    ['{"threadRuns":null}'],
    ['{"threadRuns":[],"runThreads":"x","origins":5,"reviewMessages":true}'],
    ['{"runThreads":{"r1":null,"r2":[null,{"channel":"C1"},{"channel":"C1","ts":"1.1"}]}}'],
    ['null'],
    ['[]'],
    ['"text"'],
    ['{not json'],
    [''],
  ])('a malformed state file %s starts with what is usable, with a warning, and the bot works', (content) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), content);
    const warnings: string[] = [];
    const s = fileBotState(dir, { warn: (m) => warnings.push(m) });
    expect(warnings.length).toBeGreaterThan(0);
    expect(s.runForThread('C9', '9.9')).toBeUndefined();
    expect(s.originOf('x')).toBeUndefined();
    expect(s.reviewMessage('x', 'y')).toBeUndefined();
    expect(Array.isArray(s.threadsOf('r1'))).toBe(true);
    for (const t of s.threadsOf('r2')) expect(typeof t.ts).toBe('string');
    s.linkThread('r1', { channel: 'C1', ts: '1.1' });
    s.setOrigin('c1', { channel: 'C1' });
    s.setReviewMessage('c1', 'h', { channel: 'C2', ts: '2.2' });
    expect(fileBotState(dir).runForThread('C1', '1.1')).toBe('r1');
    expect(JSON.parse(readFileSync(path.join(dir, 'slack-state.json'), 'utf8')).threadRuns).toEqual({ 'C1:1.1': 'r1' });
  });

  it('keeps the good parts of a partly malformed state file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), JSON.stringify({ threadRuns: { 'C1:1.1': 'r1', 'C1:2.2': 42 }, origins: null, reviewMessages: { 'c@h': { channel: 'C2', ts: '3.3' }, bad: 'x' } }));
    const s = fileBotState(dir, { warn: () => {} });
    expect(s.runForThread('C1', '1.1')).toBe('r1');
    expect(s.runForThread('C1', '2.2')).toBeUndefined();
    expect(s.reviewMessage('c', 'h')).toEqual({ channel: 'C2', ts: '3.3' });
    expect(s.reviewMessage('bad', '')).toBeUndefined();
  });

  it('a missing file on first start is not a warning', () => {
    const warnings: string[] = [];
    fileBotState(tempDir(), { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });

  it('a key like __proto__ in the file does not reach the object prototype', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), '{"threadRuns":{"__proto__":{"polluted":"yes"}},"origins":{"__proto__":{"channel":"C1"}}}');
    const s = fileBotState(dir, { warn: () => {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(s.originOf('toString')).toBeUndefined();
    expect(s.runForThread('constructor', 'x')).toBeUndefined();
  });
});
