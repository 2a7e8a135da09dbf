/** The repository contract: the same tests run against every Store implementation. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AuditInput, NewVersion } from '../../src/review/index.js';
import type { Store } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/index.js';

export interface StoreHarness {
  open(): Promise<Store>;
  /** Closes and reopens the same database, as a restarted process would. */
  reopen(store: Store): Promise<Store>;
  /** Another, independent connection to the database opened last (for races); the caller closes it. */
  second(): Promise<Store>;
  cleanup(): Promise<void>;
  /** Runs raw SQL, to prove what the database itself refuses. */
  raw(sql: string): Promise<void>;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function newVersion(campaignId: string, hash: string, over: Partial<NewVersion> = {}): NewVersion {
  return {
    campaignId,
    hash,
    contentHash: `content-of-${hash}`,
    content: { id: campaignId, campaign: { channel: 'email', audience: 'a', message: 'm', offer: 'o' } },
    decision: 'review',
    findings: [{ code: 'SURVEILLANCE_TONE', severity: 'review', category: 'surveillance', evidence: 'message: "we noticed"', rule: 'P1' }],
    state: 'flagged',
    requestedBy: 'U_REQ',
    ...over,
  };
}

export function auditFor(campaignId: string, hash: string, over: Partial<AuditInput> = {}): AuditInput {
  return { actor: 'U_REQ', action: 'submitted', campaignId, versionHash: hash, fromState: null, toState: 'draft', reason: null, detail: null, ...over };
}

export function storeContract(harness: StoreHarness): void {
  let store: Store;
  beforeEach(async () => {
    store = await harness.open();
  });
  afterEach(async () => {
    await store.close();
    await harness.cleanup();
  });

  it('records every migration in schema_migrations', async () => {
    expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('numbers versions per campaign and returns the latest', async () => {
    const { version: v1 } = await store.addVersion(newVersion('c1', 'h1'), [auditFor('c1', 'h1')]);
    const { version: v2 } = await store.addVersion(newVersion('c1', 'h2'), [auditFor('c1', 'h2')]);
    await store.addVersion(newVersion('c2', 'h3'), [auditFor('c2', 'h3')]);
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const latest = await store.latestVersion('c1');
    expect(latest?.hash).toBe('h2');
    expect(latest?.findings[0].code).toBe('SURVEILLANCE_TONE');
    expect((await store.getVersion('c1', 1))?.hash).toBe('h1');
    expect((await store.listLatest()).map((v) => `${v.campaignId}@${v.version}`)).toEqual(['c1@2', 'c2@1']);
    expect(await store.latestVersion('nope')).toBeNull();
  });

  it('moves state only from the state the caller saw, with the approval and audit entry', async () => {
    await store.addVersion(newVersion('c1', 'h1'), [auditFor('c1', 'h1')]);
    const approval = { versionHash: 'h1', userId: 'U_A', verdict: 'approved' as const, reason: null };
    const audit = auditFor('c1', 'h1', { actor: 'U_A', action: 'approved', fromState: 'flagged', toState: 'approved' });
    expect(await store.transition({ campaignId: 'c1', version: 1, from: 'flagged', to: 'approved', approval, audit })).toBe(true);
    expect(await store.transition({ campaignId: 'c1', version: 1, from: 'flagged', to: 'rejected', audit })).toBe(false);
    expect((await store.latestVersion('c1'))?.state).toBe('approved');
    expect(await store.approvals('c1', 1)).toEqual([{ campaignId: 'c1', version: 1, ...approval, at: expect.stringMatching(ISO) }]);
    expect((await store.auditLog('c1')).map((a) => a.action)).toEqual(['submitted', 'approved']);
    expect(await store.listLatest(['flagged'])).toEqual([]);
  });

  it('rolls back a transition whose approval cannot be written, leaving the state and log as they were', async () => {
    await store.addVersion(newVersion('c1', 'h1'), [auditFor('c1', 'h1')]);
    const approval = { versionHash: 'h1', userId: 'U_A', verdict: 'approved' as const, reason: null };
    await harness.raw("INSERT INTO approvals (campaign_id, version, version_hash, user_id, verdict, reason, at) VALUES ('c1', 1, 'h1', 'U_A', 'rejected', NULL, 'x')");
    const audit = auditFor('c1', 'h1', { action: 'approved' });
    await expect(store.transition({ campaignId: 'c1', version: 1, from: 'flagged', to: 'approved', approval, audit })).rejects.toThrow();
    expect((await store.latestVersion('c1'))?.state).toBe('flagged');
    expect((await store.auditLog('c1')).map((a) => a.action)).toEqual(['submitted']);
  });

  it('keeps a pending version across a restart', async () => {
    await store.addVersion(newVersion('c1', 'h1'), [auditFor('c1', 'h1')]);
    store = await harness.reopen(store);
    expect((await store.listLatest(['flagged'])).map((v) => v.campaignId)).toEqual(['c1']);
    expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses to update or delete the audit log', async () => {
    await store.addVersion(newVersion('c1', 'h1'), [auditFor('c1', 'h1')]);
    await expect(harness.raw("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(harness.raw('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    if (store.kind === 'postgres') await expect(harness.raw('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await store.auditLog()).map((a) => a.actor)).toEqual(['U_REQ']);
  });

  it('records where a version was posted for review, and moves it when posted again', async () => {
    expect(await store.reviewPost('c1', 'h1')).toBeNull();
    await store.saveReviewPost({ campaignId: 'c1', versionHash: 'h1', channel: 'C1', ts: '1.000' });
    await store.saveReviewPost({ campaignId: 'c1', versionHash: 'h1', channel: 'C2', ts: '2.000' });
    expect(await store.reviewPost('c1', 'h1')).toMatchObject({ campaignId: 'c1', versionHash: 'h1', channel: 'C2', ts: '2.000' });
    expect(await store.reviewPost('c1', 'h2')).toBeNull();
  });

  it('saves and lists analysis runs, newest first', async () => {
    await store.saveRun({ id: 'r1', contentHash: 'x1', path: 'out/a/result.json', asOf: '2026-01-01', createdAt: '2026-01-01T00:00:00.000Z' });
    await store.saveRun({ id: 'r2', contentHash: 'x2', path: 'out/b/result.json', asOf: null, createdAt: '2026-01-08T00:00:00.000Z' });
    expect((await store.listRuns()).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect((await store.listRuns(1))[0]).toEqual({ id: 'r2', contentHash: 'x2', path: 'out/b/result.json', asOf: null, createdAt: '2026-01-08T00:00:00.000Z' });
  });

  it('keeps snapshots per dataset, newest as-of first, and deletes them', async () => {
    await store.saveSnapshot({ id: 's1', dataset: 'retail', asOf: '2011-11-04', runId: null, customers: 10, meta: { segments: [1] } });
    await store.saveSnapshot({ id: 's2', dataset: 'retail', asOf: '2011-11-11', runId: 'run-2', customers: 12, meta: { segments: [2] } });
    await store.saveSnapshot({ id: 'o1', dataset: 'other', asOf: '2011-11-20', runId: null, customers: 3, meta: {} });
    expect((await store.listSnapshots('retail')).map((s) => s.id)).toEqual(['s2', 's1']);
    expect((await store.listSnapshots()).map((s) => s.id)).toEqual(['o1', 's2', 's1']);
    const s2 = (await store.listSnapshots('retail', 1))[0];
    expect(s2).toMatchObject({ id: 's2', runId: 'run-2', customers: 12, meta: { segments: [2] } });
    expect(s2.createdAt).toMatch(ISO);
    await store.deleteSnapshot('s1');
    expect((await store.listSnapshots('retail')).map((s) => s.id)).toEqual(['s2']);
  });

  it('grants a digest period to one claimer; an expired lease passes on; a finished period is never claimed again', async () => {
    const claim = (owner: string, now: string, leaseUntil: string) => store.claimDigest({ period: '2026-12-07T09:00:00.000Z', dataset: 'demo', channel: 'C1', owner, now, leaseUntil });
    const first = await claim('a', '2026-12-07T09:00:00.000Z', '2026-12-07T09:10:00.000Z');
    expect(first).toMatchObject({ owner: 'a', state: 'claimed', attempts: 1 });
    expect(await claim('b', '2026-12-07T09:05:00.000Z', '2026-12-07T09:15:00.000Z')).toBeNull();
    const taken = await claim('b', '2026-12-07T09:11:00.000Z', '2026-12-07T09:21:00.000Z');
    expect(taken).toMatchObject({ owner: 'b', attempts: 2 });
    expect(await store.finishDigest('2026-12-07T09:00:00.000Z', 'a', { state: 'posted', messageTs: '1.1', detail: null, now: '2026-12-07T09:12:00.000Z' })).toBe(false);
    expect(await store.finishDigest('2026-12-07T09:00:00.000Z', 'b', { state: 'posted', messageTs: '1.2', detail: null, now: '2026-12-07T09:12:00.000Z' })).toBe(true);
    expect(await claim('c', '2026-12-08T09:00:00.000Z', '2026-12-08T09:10:00.000Z')).toBeNull();
    expect((await store.digestPosts())[0]).toMatchObject({ state: 'posted', owner: 'b', messageTs: '1.2' });
  });

  it('renews a digest lease for its holder only, and not once the period is finished', async () => {
    const period = '2026-12-14T09:00:00.000Z';
    const claim = (owner: string, now: string, leaseUntil: string) => store.claimDigest({ period, dataset: 'demo', channel: 'C1', owner, now, leaseUntil });
    expect(await claim('a', '2026-12-14T09:00:00.000Z', '2026-12-14T09:30:00.000Z')).toMatchObject({ owner: 'a' });
    expect(await store.renewDigest(period, 'a', { now: '2026-12-14T09:20:00.000Z', leaseUntil: '2026-12-14T09:50:00.000Z' })).toBe(true);
    expect(await store.renewDigest(period, 'b', { now: '2026-12-14T09:20:00.000Z', leaseUntil: '2026-12-14T09:50:00.000Z' })).toBe(false);
    // The renewed lease holds past the first one's end.
    expect(await claim('b', '2026-12-14T09:40:00.000Z', '2026-12-14T10:10:00.000Z')).toBeNull();
    expect(await claim('b', '2026-12-14T09:51:00.000Z', '2026-12-14T10:21:00.000Z')).toMatchObject({ owner: 'b' });
    expect(await store.renewDigest(period, 'a', { now: '2026-12-14T09:52:00.000Z', leaseUntil: '2026-12-14T10:22:00.000Z' })).toBe(false);
    expect(await store.finishDigest(period, 'b', { state: 'posted', messageTs: '2.1', detail: null, now: '2026-12-14T09:55:00.000Z' })).toBe(true);
    expect(await store.renewDigest(period, 'b', { now: '2026-12-14T09:56:00.000Z', leaseUntil: '2026-12-14T10:26:00.000Z' })).toBe(false);
  });

  it('remembers Slack threads, campaign origins and the answers log for every bot process, across a restart', async () => {
    await store.linkThread('r1', { channel: 'C1', ts: '1.1' });
    await store.linkThread('r1', { channel: 'C1', ts: '1.1' });
    await store.linkThread('r1', { channel: 'C2', ts: '2.2' });
    await store.linkThread('r2', { channel: 'C3', ts: '3.3' });
    await store.setOrigin('c1', { channel: 'C1', threadTs: '1.1' });
    await store.setOrigin('c1', { channel: 'C9' }, { onlyIfNew: true });
    await store.setOrigin('c2', { channel: 'D1' });
    const answer = { answerId: 'a-0000000001', at: '2026-12-05T00:00:00Z', user: 'U1', channel: 'D1', threadTs: null, question: 'q', runId: 'r1', tool: 'size', args: { k: 1 }, text: 't' };
    await store.recordAnswer(answer);
    await store.recordFeedback({ answerId: 'a-0000000001', feedback: 'up', user: 'U2', at: '2026-12-05T00:01:00Z' });
    const again = await harness.reopen(store);
    store = again;
    expect(await again.runForThread('C1', '1.1')).toBe('r1');
    expect(await again.runForThread('C1', '9.9')).toBeNull();
    expect(await again.threadsOf('r1')).toEqual([{ channel: 'C1', ts: '1.1' }, { channel: 'C2', ts: '2.2' }]);
    expect(await again.originOf('c1')).toEqual({ channel: 'C1', threadTs: '1.1' });
    expect(await again.originOf('c2')).toEqual({ channel: 'D1' });
    expect(await again.originOf('nope')).toBeNull();
    expect(await again.answers()).toEqual([answer, { answerId: 'a-0000000001', feedback: 'up', user: 'U2', at: '2026-12-05T00:01:00Z' }]);
    expect(await again.answers(1)).toEqual([{ answerId: 'a-0000000001', feedback: 'up', user: 'U2', at: '2026-12-05T00:01:00Z' }]);
    // A thread asked about a newer run now shows that run.
    await again.linkThread('r2', { channel: 'C1', ts: '1.1' });
    expect(await again.runForThread('C1', '1.1')).toBe('r2');
    expect(await again.threadsOf('r1')).toEqual([{ channel: 'C2', ts: '2.2' }]);
    // Another process sees the same memory at once.
    const other = await harness.second();
    try {
      expect(await other.runForThread('C2', '2.2')).toBe('r1');
      await other.setOrigin('c3', { channel: 'C4', threadTs: '4.4' });
      expect(await again.originOf('c3')).toEqual({ channel: 'C4', threadTs: '4.4' });
    } finally {
      await other.close();
    }
  });

  it('records an export with its audit entry in one transaction: both or neither', async () => {
    await store.addVersion(newVersion('x1', 'hx', { state: 'approved', decision: 'ok' }), [auditFor('x1', 'hx')]);
    const row = {
      campaignId: 'x1', version: 1, versionHash: 'hx', targetKind: 'csv' as const, target: '/tmp/x.csv', customers: 10, treatment: 9, holdout: 1, holdoutShare: 0.1,
      segmentKey: 'S1', runDir: '/runs/1', contentHash: 'e'.repeat(64), windowFrom: '2011-11-01', windowTo: '2011-11-29', actor: 'U1',
    };
    const exported = (from: 'approved' | 'flagged') => ({
      campaignId: 'x1', version: 1, from, to: from, audit: auditFor('x1', 'hx', { actor: 'U1', action: 'exported', fromState: from, toState: from }),
    });
    const audits = async () => (await store.auditLog('x1')).filter((a) => a.action === 'exported').length;
    expect(await store.recordExport(exported('approved'), row)).toMatchObject({ ...row, id: expect.any(Number) });
    expect([await audits(), (await store.listExports('x1')).length]).toEqual([1, 1]);
    // The version is no longer in the state the exporter saw: nothing is written.
    expect(await store.recordExport(exported('flagged'), row)).toBeNull();
    // The row is refused by the database (a target kind it does not know): the audit entry is rolled back with it.
    await expect(store.recordExport(exported('approved'), { ...row, targetKind: 'ftp' as 'csv' })).rejects.toThrow();
    expect([await audits(), (await store.listExports('x1')).length]).toEqual([1, 1]);
  });

  it('records audience exports and measurements, newest first, with the database clock', async () => {
    const exp = {
      campaignId: 'abc:S1-c1', version: 1, versionHash: 'vh', targetKind: 'csv' as const, target: '/tmp/a.csv', customers: 100, treatment: 90, holdout: 10, holdoutShare: 0.1,
      segmentKey: 'S1', runDir: '/runs/1', contentHash: 'f'.repeat(64), windowFrom: '2011-11-01', windowTo: '2011-11-29', actor: 'U1',
    };
    const first = await store.saveExport(exp);
    await store.saveExport({ ...exp, targetKind: 'postgres', target: 'marketing.win_back' });
    await store.saveExport({ ...exp, campaignId: 'other:S2-c1' });
    expect(first).toMatchObject({ ...exp, id: expect.any(Number) });
    expect(first.at).toMatch(ISO);
    expect((await store.listExports('abc:S1-c1')).map((e) => e.target)).toEqual(['marketing.win_back', '/tmp/a.csv']);
    expect((await store.listExports()).length).toBe(3);
    const m = {
      campaignId: 'abc:S1-c1', windowFrom: '2011-11-01', windowTo: '2011-11-29', dataSource: 'log.csv', treatmentCustomers: 90, holdoutCustomers: 10,
      lift: 0.2, ciLow: 0.05, ciHigh: 0.36, pValue: 0.01, statusQuo: 0.15, verdict: 'lift_unclear_vs_status_quo', verdictText: '+20% against the holdout', detail: { seed: 42, prior: [] }, actor: 'U1',
    };
    const saved = await store.saveMeasurement(m);
    await store.saveMeasurement({ ...m, lift: null, ciLow: null, ciHigh: null, verdict: 'too_small_to_tell' });
    expect(saved).toMatchObject(m);
    expect((await store.listMeasurements('abc:S1-c1')).map((x) => x.verdict)).toEqual(['too_small_to_tell', 'lift_unclear_vs_status_quo']);
    expect((await store.listMeasurements('abc:S1-c1'))[0]).toMatchObject({ lift: null, ciLow: null });
    expect(await store.listMeasurements('nobody')).toEqual([]);
  });
}
