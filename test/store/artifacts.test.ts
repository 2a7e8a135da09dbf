/** The local artifact store in a temp folder: staged writes, atomic commits, safe names. */
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localArtifactStore, ArtifactError } from '../../src/store/artifacts.js';
import { tempDir } from '../helpers/temp-dir.js';

const fresh = () => {
  const root = path.join(tempDir('segbot-artifacts-'), 'artifacts');
  return { root, store: localArtifactStore(root) };
};

/** Stages a run with a result.json and a chart. */
async function stageRun(store: ReturnType<typeof localArtifactStore>, runId: string): Promise<string> {
  const dir = await store.stage(runId);
  await writeFile(path.join(dir, 'result.json'), `{"run":"${runId}"}`);
  await mkdir(path.join(dir, 'charts'));
  await writeFile(path.join(dir, 'charts', 'segment-map.png'), 'png');
  return dir;
}

describe('localArtifactStore: staging and committing', () => {
  it('shows nothing of a staged run until commit, then all of it', async () => {
    const { store, root } = fresh();
    expect(store.location).toBe(root);
    const dir = await stageRun(store, 'r1');
    expect(existsSync(dir)).toBe(true);
    expect(await store.has('r1')).toBe(false);
    expect(await store.list()).toEqual([]);
    await expect(store.read('r1', 'result.json')).rejects.toThrow(ArtifactError);

    await store.commit('r1', dir);
    expect(existsSync(dir)).toBe(false);
    expect(await store.has('r1')).toBe(true);
    expect(await store.list()).toEqual(['r1']);
    expect(await store.files('r1')).toEqual(['charts/segment-map.png', 'result.json']);
    expect((await store.read('r1', 'result.json')).toString()).toBe('{"run":"r1"}');
    expect((await store.read('r1', 'charts/segment-map.png')).toString()).toBe('png');
    expect(store.localPath('r1', 'charts/segment-map.png')).toBe(path.join(root, 'r1', 'charts', 'segment-map.png'));
  });

  it('gives each stage call its own folder, even for the same run id', async () => {
    const { store } = fresh();
    const a = await store.stage('r1');
    const b = await store.stage('r1');
    expect(a).not.toBe(b);
  });

  it('refuses a second commit of the same run id and keeps the first one’s files', async () => {
    const { store } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    await expect(store.commit('r1', await stageRun(store, 'r1'))).rejects.toThrow(/run r1 already has artifacts; a run id is used once/);
    await expect(store.commit('r1', await store.stage('r1'))).rejects.toThrow(ArtifactError);
    expect((await store.read('r1', 'result.json')).toString()).toBe('{"run":"r1"}');
  });

  it('refuses to commit a folder it did not stage', async () => {
    const { store, root } = fresh();
    const elsewhere = tempDir('segbot-not-staged-');
    await expect(store.commit('r1', elsewhere)).rejects.toThrow(/was not staged by this artifact store/);
    await expect(store.commit('r1', `${root}/.staging/..`)).rejects.toThrow(ArtifactError);
    expect(existsSync(elsewhere)).toBe(true);
    expect(await store.has('r1')).toBe(false);
  });

  it('discards a staged folder, which then never appears', async () => {
    const { store } = fresh();
    const dir = await stageRun(store, 'r1');
    await store.discard(dir);
    expect(existsSync(dir)).toBe(false);
    expect(await store.has('r1')).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('discards only folders it staged, never the store or its staging area', async () => {
    const { store, root } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    const other = await stageRun(store, 'r2');
    const elsewhere = tempDir('segbot-not-staged-');
    await store.discard(elsewhere);
    await store.discard(`${root}/.staging/..`);
    await store.discard(`${root}/.staging/.`);
    expect(existsSync(elsewhere)).toBe(true);
    expect(await store.has('r1')).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});

describe('localArtifactStore: listing', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    const { store } = fresh();
    expect(await store.list()).toEqual([]);
  });

  it('lists committed runs oldest first by commit time, whatever their ids or write times', async () => {
    const { store } = fresh();
    const zeta = await stageRun(store, 'zeta');
    const alpha = await stageRun(store, 'alpha');
    const mid = await stageRun(store, 'mid');
    await writeFile(path.join(zeta, 'late.txt'), 'written last');
    await store.commit('zeta', zeta);
    await store.commit('alpha', alpha);
    await store.commit('mid', mid);
    expect(await store.list()).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('lists neither staged runs nor stray files and folders that are not run ids', async () => {
    const { store, root } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    await stageRun(store, 'r2');
    writeFileSync(path.join(root, 'notes.txt'), 'x');
    mkdirSync(path.join(root, '.hidden'));
    expect(await store.list()).toEqual(['r1']);
    expect(readdirSync(root).sort()).toEqual(['.hidden', '.staging', 'notes.txt', 'r1']);
  });
});

describe('localArtifactStore: refused names', () => {
  it.each(['../x', '../../etc/passwd', 'charts/../../x', '/etc/passwd', 'a\\b', '..\\x', '', '.', 'a\0b'])('refuses to read the file name %j', async (name) => {
    const { store } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    await expect(store.read('r1', name)).rejects.toThrow(/is not a file name inside a run/);
    expect(() => store.localPath('r1', name)).toThrow(ArtifactError);
  });

  it('reads a name that stays inside the run after normalizing', async () => {
    const { store } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    expect((await store.read('r1', 'charts/../result.json')).toString()).toBe('{"run":"r1"}');
  });

  it('says which file is missing', async () => {
    const { store } = fresh();
    await store.commit('r1', await stageRun(store, 'r1'));
    await expect(store.read('r1', 'narrative.json')).rejects.toThrow('run r1 has no file narrative.json.');
  });

  it.each(['', '../x', '.staging', 'a/b', 'a\\b', '-r1', 'r 1', 'x'.repeat(81)])('refuses the run id %j everywhere', async (runId) => {
    const { store } = fresh();
    const message = /is not a run id/;
    await expect(store.stage(runId)).rejects.toThrow(message);
    await expect(store.commit(runId, await store.stage('ok'))).rejects.toThrow(message);
    await expect(store.has(runId)).rejects.toThrow(message);
    await expect(store.files(runId)).rejects.toThrow(message);
    await expect(store.read(runId, 'result.json')).rejects.toThrow(message);
    expect(() => store.localPath(runId, 'result.json')).toThrow(message);
  });

  it('says a run is unknown when listing its files', async () => {
    const { store } = fresh();
    await expect(store.files('nope')).rejects.toThrow(ArtifactError);
  });
});
