/**
 * The bot's memory lives in the store; an earlier version's files in the data folder are imported
 * once. A bad line or a malformed state file loses nothing else and never stops the bot.
 */
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importLegacyBotState, recall, remember } from '../../src/bot/state.js';
import { openStore, type Store } from '../../src/store/index.js';

const dirs: string[] = [];
const stores: Store[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-state-'));
  dirs.push(dir);
  return dir;
};
async function storeIn(dir: string): Promise<Store> {
  const store = await openStore({ dataDir: path.join(dir, 'store') });
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const answer = (id: string) => ({ answerId: id, at: '2026-12-05T00:00:00Z', user: 'U1', channel: 'D1', threadTs: null, question: 'q', runId: 'r1', tool: 'size', args: {}, text: 't' });

describe('an earlier version\'s Slack memory', () => {
  it('is imported into the store once: threads, origins, review messages and answers; the files are renamed', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'slack-state.json'),
      JSON.stringify({
        threadRuns: { 'C1:1.1': 'r1', 'C1:2.2': 'r2', 'C9:9.9': 'r3' },
        runThreads: { r1: [{ channel: 'C1', ts: '1.1' }], r2: [{ channel: 'C1', ts: '2.2' }] },
        origins: { 'ds:S1-c1': { channel: 'C1', threadTs: '1.1' } },
        reviewMessages: { 'ds:S1-c1@abcd1234': { channel: 'C2', ts: '2.2' } },
      }),
    );
    writeFileSync(path.join(dir, 'answers.jsonl'), `${JSON.stringify(answer('a1'))}\n${JSON.stringify({ answerId: 'a1', feedback: 'up', user: 'U2', at: 'x' })}\n`);
    const store = await storeIn(dir);
    expect(await importLegacyBotState(dir, store, { warn: () => {} })).toEqual({ threads: 3, origins: 1, reviewMessages: 1, answers: 2 });
    expect(await store.runForThread('C1', '1.1')).toBe('r1');
    expect(await store.runForThread('C9', '9.9')).toBe('r3');
    expect(await store.threadsOf('r2')).toEqual([{ channel: 'C1', ts: '2.2' }]);
    expect(await store.originOf('ds:S1-c1')).toEqual({ channel: 'C1', threadTs: '1.1' });
    expect(await store.reviewPost('ds:S1-c1', 'abcd1234')).toMatchObject({ channel: 'C2', ts: '2.2' });
    expect((await store.answers()).map((a) => a.answerId)).toEqual(['a1', 'a1']);
    expect(existsSync(path.join(dir, 'slack-state.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'slack-state.json.imported'))).toBe(true);
    expect(existsSync(path.join(dir, 'answers.jsonl.imported'))).toBe(true);
    // A second start finds nothing to import.
    expect(await importLegacyBotState(dir, store, { warn: () => {} })).toBeNull();
    expect((await store.answers()).length).toBe(2);
  });

  it('keeps the good answers when lines of answers.jsonl are bad, and counts the bad ones in the log', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'answers.jsonl');
    writeFileSync(file, JSON.stringify(answer('a1')) + '\n');
    appendFileSync(file, '{"answerId": "half\n[1,2]\nnull\n');
    appendFileSync(file, JSON.stringify({ answerId: 'a1', feedback: 'up', user: 'U1', at: '2026-12-05T00:00:01Z' }) + '\n');
    appendFileSync(file, '{"answerId":"a2","at":"x","user":"U1","channel":"D1","threadTs":null,"question":"q","runId":"r","tool":"t","args":{},"text":"t"'); // cut by a crash
    const warnings: string[] = [];
    const store = await storeIn(dir);
    await importLegacyBotState(dir, store, { warn: (m) => warnings.push(m) });
    expect((await store.answers()).map((a) => a.answerId)).toEqual(['a1', 'a1']);
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
  ])('a malformed state file %s imports what is usable, with a warning, and the bot works', async (content) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), content);
    const warnings: string[] = [];
    const store = await storeIn(dir);
    await importLegacyBotState(dir, store, { warn: (m) => warnings.push(m) });
    expect(warnings.length).toBeGreaterThan(0);
    expect(await store.runForThread('C9', '9.9')).toBeNull();
    for (const t of await store.threadsOf('r2')) expect(typeof t.ts).toBe('string');
    await store.linkThread('r1', { channel: 'C1', ts: '1.1' });
    expect(await store.runForThread('C1', '1.1')).toBe('r1');
  });

  it('keeps the good parts of a partly malformed state file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), JSON.stringify({ threadRuns: { 'C1:1.1': 'r1', 'C1:2.2': 42 }, origins: null, reviewMessages: { 'c@h': { channel: 'C2', ts: '3.3' }, bad: 'x' } }));
    const store = await storeIn(dir);
    await importLegacyBotState(dir, store, { warn: () => {} });
    expect(await store.runForThread('C1', '1.1')).toBe('r1');
    expect(await store.runForThread('C1', '2.2')).toBeNull();
    expect(await store.reviewPost('c', 'h')).toMatchObject({ channel: 'C2', ts: '3.3' });
  });

  it('none on a first start: nothing imported, no warning', async () => {
    const warnings: string[] = [];
    const dir = tempDir();
    expect(await importLegacyBotState(dir, await storeIn(dir), { warn: (m) => warnings.push(m) })).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('a key like __proto__ in the file does not reach the object prototype', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'slack-state.json'), '{"threadRuns":{"__proto__":{"polluted":"yes"}},"origins":{"__proto__":{"channel":"C1"}}}');
    const store = await storeIn(dir);
    await importLegacyBotState(dir, store, { warn: () => {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await store.originOf('__proto__')).toBeNull();
  });
});

describe('memory that fails', () => {
  it('is logged, never thrown into a reply: a failed write, a failed read read as the fallback', async () => {
    const warnings: string[] = [];
    const log = { warn: (m: string) => warnings.push(m) };
    await remember(log, 'which run the thread shows', Promise.reject(new Error('database is locked')));
    expect(await recall(log, 'an origin', Promise.reject(new Error('connection refused')), null)).toBeNull();
    expect(warnings).toEqual(['could not remember which run the thread shows: database is locked', 'could not read an origin: connection refused']);
  });
});
