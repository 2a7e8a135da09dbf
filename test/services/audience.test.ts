/**
 * The closed loop on real parts: a generated log segmented and narrated into a SQLite store, an
 * approved campaign's audience exported (refused for every other state), the same customers in the
 * same groups after a re-run, the export audited, and a planted effect measured from a sales log.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { generateTransactions } from '../../src/data/generator.js';
import { createRng } from '../../src/analysis/index.js';
import { runAnalysis } from '../../src/runs/index.js';
import { createServices } from '../../src/services/index.js';
import { openApprovalServices, type ApprovalServices } from '../../src/services/approvals.js';
import { exportAudience, runOfCampaign } from '../../src/services/audience.js';
import { measureCampaign, parseAudienceCsv } from '../../src/services/measure.js';
import pg from 'pg';
import { TEST_DATABASE_URL, dropSchema, postgresUnavailable, skipMessage, uniqueSchema } from '../store/postgres-server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'segbot-audience-'));
const input = path.join(dir, 'orders.csv');
const env = { SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE,U_BOB', SEGBOT_IDENTITIES: 'alice:U_ALICE' };
let s: ApprovalServices;
let campaignId: string;
let run1Reviews: { campaignId: string; launch?: { windowWeeks: number } }[] = [];

async function analyze(outDir: string) {
  const services = await createServices(loadConfig(env, dir), { log: () => {} });
  try {
    return await runAnalysis({ source: input, outDir, seed: 3, narrate: true, charts: false, requestedBy: 'U_REQ' }, services.runDeps);
  } finally {
    await services.close();
  }
}

const deps = () => ({ approvals: s.service, store: s.store });

beforeAll(async () => {
  await generateTransactions({ customers: 800, seed: 7, out: input, plantedSegments: 3 });
  const run = await analyze(path.join(dir, 'run1'));
  s = await openApprovalServices(loadConfig(env, dir));
  const approved = run.narrative!.reviews.find((r) => r.state === 'auto_approved');
  expect(approved, 'the offline narrator proposes at least one clean campaign').toBeDefined();
  campaignId = approved!.campaignId;
  run1Reviews = run.narrative!.reviews;
}, 120_000);

afterAll(async () => {
  await s?.close();
});

describe('audience export', () => {
  it('writes the approved segment as customer_id,group with the holdout its A/B design planned (10% or 20%), and audits it', async () => {
    const out = path.join(dir, 'audience.csv');
    const summary = await exportAudience(deps(), campaignId, 'U_REQ', out);
    const rows = parseAudienceCsv(readFileSync(out, 'utf8'), out);
    expect(rows.length).toBe(summary.customers);
    expect(summary.holdout).toBe(rows.filter((r) => r.group === 'holdout').length);
    const planned = (await s.service.get(campaignId)).content as unknown as { segment_stats: { holdout_share: number } };
    expect([0.1, 0.2]).toContain(planned.segment_stats.holdout_share);
    expect(summary.holdoutFraction).toBe(planned.segment_stats.holdout_share);
    expect(summary.holdout / summary.customers).toBeGreaterThan(planned.segment_stats.holdout_share - 0.07);
    expect(summary.holdout / summary.customers).toBeLessThan(planned.segment_stats.holdout_share + 0.07);
    const entry = (await s.service.history(campaignId)).at(-1)!;
    expect(entry).toMatchObject({ action: 'exported', actor: 'U_REQ', campaignId, versionHash: summary.versionHash });
    expect(entry.detail).toMatchObject({ customers: summary.customers, holdout: summary.holdout, holdoutFraction: planned.segment_stats.holdout_share, fileHash: summary.fileHash, segmentKey: summary.segmentKey });
    expect((await s.service.verify()).ok).toBe(true);
    const [recorded] = await s.store.listExports(campaignId);
    expect(recorded).toMatchObject({ targetKind: 'csv', target: path.resolve(out), customers: summary.customers, holdout: summary.holdout, holdoutShare: planned.segment_stats.holdout_share, contentHash: summary.fileHash, actor: 'U_REQ' });
    expect(recorded.windowTo > recorded.windowFrom).toBe(true);
    // By default the window is the test length the campaign's card planned, the weeks its before-launch figure is for.
    const review = run1Reviews.find((r) => r.campaignId === campaignId)!;
    const days = (Date.parse(recorded.windowTo) - Date.parse(recorded.windowFrom)) / 86_400_000;
    expect(days).toBe(7 * review.launch!.windowWeeks);
  });

  it('puts the same customers in the same groups after a re-run (the campaign id survives it)', async () => {
    const first = readFileSync(path.join(dir, 'audience.csv'), 'utf8');
    const rerun = await analyze(path.join(dir, 'run2'));
    expect(rerun.narrative!.reviews.map((r) => r.campaignId)).toContain(campaignId);
    const out = path.join(dir, 'audience-rerun.csv');
    await exportAudience(deps(), campaignId, 'U_ALICE', out, { runDir: path.join(dir, 'run2') });
    expect(readFileSync(out, 'utf8')).toBe(first);
  }, 120_000);

  it('refuses flagged, rejected, changes-requested and blocked campaigns, writing nothing', async () => {
    const campaign = (id: string, audience: string) => ({ id, segment_stats: { size: 300, segment: 'S1' }, campaign: { channel: 'email', audience, message: 'We noticed you like what you bought.', offer: '10% off' } });
    const submit = async (id: string, audience: string) => (await s.service.submit(campaign(id, audience), 'U_REQ')).version;
    const flagged = await submit('t-flagged', 'Customers who bought tea');
    const rejected = await submit('t-rejected', 'Customers who bought coffee');
    const changes = await submit('t-changes', 'Customers who bought cocoa');
    const blocked = await submit('t-blocked', 'Customers predicted to be pregnant');
    expect([flagged.state, rejected.state, changes.state, blocked.decision]).toEqual(['flagged', 'flagged', 'flagged', 'block']);
    await s.service.reject({ campaignId: 't-rejected', versionHash: rejected.hash, actor: 'U_ALICE', reason: 'no' });
    await s.service.requestChanges({ campaignId: 't-changes', versionHash: changes.hash, actor: 'U_ALICE', reason: 'softer' });
    for (const [id, code] of [['t-flagged', 'NOT_APPROVED'], ['t-rejected', 'NOT_APPROVED'], ['t-changes', 'NOT_APPROVED'], ['t-blocked', 'BLOCKED'], ['never-submitted', 'NOT_FOUND']]) {
      const out = path.join(dir, `${id}.csv`);
      await expect(exportAudience(deps(), id, 'U_ALICE', out)).rejects.toMatchObject({ code });
      expect(existsSync(out)).toBe(false);
    }
    expect((await s.service.history('t-flagged')).some((e) => e.action === 'exported')).toBe(false);
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('finds a CLI run under its published name although the store recorded its staging folder', async () => {
    const published = path.join(dir, 'run1');
    const staging = path.join(dir, '.run1.segbot-partial-123-abcdef');
    const store = { listRuns: async () => [{ id: 'x', contentHash: 'x', path: staging, asOf: null, createdAt: '2026-01-01T00:00:00Z' }] };
    expect(await runOfCampaign({ approvals: s.service, store }, campaignId)).toBe(published);
    await expect(runOfCampaign({ approvals: s.service, store }, 'nobody:C9')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });

  it('refuses anyone but the committee and the requester', async () => {
    await expect(exportAudience(deps(), campaignId, 'U_CAROL', path.join(dir, 'carol.csv'))).rejects.toMatchObject({ code: 'NOT_COMMITTEE_MEMBER' });
  });
});

describe('audience export to a Postgres table', () => {
  let unavailable: string | null = null;
  let schema = '';
  beforeAll(async () => {
    unavailable = await postgresUnavailable();
    if (unavailable && process.env.CI === 'true') throw new Error(skipMessage(unavailable));
    if (unavailable) console.warn(skipMessage(unavailable));
    schema = uniqueSchema('segbot_export');
  });
  afterAll(async () => {
    if (!unavailable) await dropSchema(schema);
  });
  const rowsOf = async (table: string) => {
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    try {
      return (await c.query(`SELECT customer_id, "group" FROM ${schema}.${table} ORDER BY customer_id`)).rows.map((r) => ({ customerId: String(r.customer_id), group: String(r.group) }));
    } finally {
      await c.end();
    }
  };

  it('writes customer_id,group rows in one transaction, audited and recorded; a re-export replaces its own table', async ({ skip }) => {
    if (unavailable) skip();
    const out = `postgres:${schema}.win_back`;
    const summary = await exportAudience(deps(), campaignId, 'U_REQ', out, { databaseUrl: TEST_DATABASE_URL, window: { from: '2011-11-01', weeks: 4 } });
    const csv = parseAudienceCsv(readFileSync(path.join(dir, 'audience.csv'), 'utf8'), 'audience.csv');
    expect(await rowsOf('win_back')).toEqual(csv);
    expect(summary).toMatchObject({ out: `${schema}.win_back`, targetKind: 'postgres', windowFrom: '2011-11-01', windowTo: '2011-11-29' });
    expect((await s.service.history(campaignId)).at(-1)).toMatchObject({ action: 'exported', detail: expect.objectContaining({ out: `${schema}.win_back`, targetKind: 'postgres', fileHash: summary.fileHash }) });
    expect((await s.store.listExports(campaignId))[0]).toMatchObject({ targetKind: 'postgres', target: `${schema}.win_back`, windowFrom: '2011-11-01', windowTo: '2011-11-29' });
    await exportAudience(deps(), campaignId, 'U_REQ', out, { databaseUrl: TEST_DATABASE_URL });
    expect(await rowsOf('win_back')).toEqual(csv);
  });

  it('refuses to overwrite a table Segbot did not write, or another campaign\'s, leaving it as it was', async ({ skip }) => {
    if (unavailable) skip();
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query(`CREATE TABLE ${schema}.crm_contacts (customer_id TEXT, "group" TEXT)`);
      await c.query(`INSERT INTO ${schema}.crm_contacts VALUES ('keep-me', 'vip')`);
      await c.query(`CREATE TABLE ${schema}.other_campaign (customer_id TEXT PRIMARY KEY, "group" TEXT)`);
      await c.query(`COMMENT ON TABLE ${schema}.other_campaign IS 'segbot audience export of campaign abc:S9-c1'`);
    } finally {
      await c.end();
    }
    const exportsBefore = (await s.store.listExports(campaignId)).length;
    await expect(exportAudience(deps(), campaignId, 'U_REQ', `postgres:${schema}.crm_contacts`, { databaseUrl: TEST_DATABASE_URL })).rejects.toMatchObject({ code: 'EXPORT_TARGET_NOT_SEGBOT', message: expect.stringMatching(/was not written by Segbot/) });
    await expect(exportAudience(deps(), campaignId, 'U_REQ', `postgres:${schema}.other_campaign`, { databaseUrl: TEST_DATABASE_URL })).rejects.toMatchObject({ code: 'EXPORT_TARGET_NOT_SEGBOT', message: expect.stringMatching(/abc:S9-c1/) });
    expect(await rowsOf('crm_contacts')).toEqual([{ customerId: 'keep-me', group: 'vip' }]);
    expect((await s.store.listExports(campaignId)).length).toBe(exportsBefore);
  });

  it('says what to write when the target or the database is missing', async () => {
    await expect(exportAudience(deps(), campaignId, 'U_REQ', 'postgres:marketing.win_back', {})).rejects.toMatchObject({ code: 'BAD_EXPORT_TARGET', message: expect.stringMatching(/--database-url/) });
    await expect(exportAudience(deps(), campaignId, 'U_REQ', 'postgres://u:secret@h/db', { databaseUrl: 'postgres://h/db' })).rejects.toMatchObject({ code: 'BAD_EXPORT_TARGET', message: expect.not.stringMatching(/secret/) });
    await expect(exportAudience(deps(), campaignId, 'U_REQ', 'postgres:Marketing.Win-Back', { databaseUrl: 'postgres://h/db' })).rejects.toMatchObject({ code: 'BAD_EXPORT_TARGET' });
  });
});

describe('measure', () => {
  it('measures a planted +20% from a sales log, with the fields the issue names and prior windows', async () => {
    const rows = parseAudienceCsv(readFileSync(path.join(dir, 'audience.csv'), 'utf8'), 'audience.csv');
    const rng = createRng(11);
    const lines = ['customer_id,order_date,amount'];
    // Three prior months without a campaign, then the window with treated spend raised by 20%.
    for (const [month, treated] of [['2024-01', false], ['2024-02', false], ['2024-03', false], ['2024-04', true]] as const) {
      for (const r of rows) {
        if (rng.next() < 0.6) continue;
        const amount = (20 + 60 * rng.next()) * (treated && r.group === 'treatment' ? 1.2 : 1);
        lines.push(`${r.customerId},${month}-1${rng.int(9)},${amount.toFixed(2)}`);
      }
    }
    const log = path.join(dir, 'sales.csv');
    writeFileSync(log, lines.join('\n') + '\n');
    const m = await measureCampaign(s.service, { campaignId, data: log, from: '2024-04-01', to: '2024-05-01', resamples: 400, permutations: 400 });
    expect(m).toMatchObject({ treatment_customers: expect.any(Number), holdout_customers: expect.any(Number), lift: expect.any(Number), ci_low: expect.any(Number), ci_high: expect.any(Number), p_value: expect.any(Number) });
    expect(m.treatment_customers + m.holdout_customers).toBe(rows.length);
    expect(m.ci_low!).toBeLessThan(m.ci_high!);
    expect(m.prior.prior).toHaveLength(3);
    expect(m.prior.priorMean).toBeGreaterThan(0);
    expect(m.verdict_text).toMatch(/against the holdout/);
    const again = await measureCampaign(s.service, { campaignId, data: log, from: '2024-04-01', to: '2024-05-01', resamples: 400, permutations: 400 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(m));
  }, 60_000);

  it('refuses a campaign never exported, naming the export command', async () => {
    await expect(measureCampaign(s.service, { campaignId: 't-flagged', data: input, from: '2024-04-01', to: '2024-05-01' })).rejects.toMatchObject({ code: 'NOT_EXPORTED' });
  });
});
