/**
 * The repository contract against a real Postgres. Without a server these tests skip with a
 * message saying how to point them at one, except under CI=true, where a missing server fails.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalService } from '../../src/review/index.js';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { postgresHarness } from './harnesses.js';
import { TEST_DATABASE_URL, dropSchema, postgresUnavailable, skipMessage, uniqueSchema } from './postgres-server.js';

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI !== 'true') console.warn(skipMessage(unavailable));

describe.skipIf(unavailable !== null && process.env.CI !== 'true')('Postgres store', () => {
  it('has a server to test against', () => {
    expect(unavailable, unavailable ? skipMessage(unavailable) : '').toBeNull();
  });

  describe.skipIf(unavailable !== null)('repository contract', () => {
    storeContract(postgresHarness());

    it('reports an unreachable server with the URL, without its password', async () => {
      await expect(openStore({ databaseUrl: 'postgres://segbot:secret@127.0.0.1:1/nowhere' })).rejects.toThrow(/postgres:\/\/segbot:\*\*\*@127\.0\.0\.1:1\/nowhere.*DATABASE_URL/);
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: 'x; DROP TABLE y' })).rejects.toThrow(/schema name/);
    });
  });
});

describe.skipIf(unavailable !== null)('Postgres store with a separate owner (issue 14: the app role could empty its own audit log)', () => {
  const role = `segbot_app_${process.pid}`;
  const appUrl = (() => {
    const u = new URL(TEST_DATABASE_URL);
    u.username = role;
    u.password = '';
    return u.toString();
  })();
  let schema = '';
  const asApp = async (sql: string) => {
    const c = new pg.Client({ connectionString: appUrl, options: `-c search_path=${schema}` });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    await c.query(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
    await c.query(`CREATE ROLE ${role} LOGIN`);
    await c.end();
  });
  afterAll(async () => {
    await dropSchema(schema);
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    await c.query(`DROP OWNED BY ${role}`);
    await c.query(`DROP ROLE ${role}`);
    await c.end();
  });

  it('grants the app role only SELECT and INSERT on the audit log: no TRUNCATE, DELETE, UPDATE or trigger change', async () => {
    schema = uniqueSchema('segbot_owner');
    const store = await openStore({ databaseUrl: appUrl, databaseOwnerUrl: TEST_DATABASE_URL, pgSchema: schema });
    try {
      const s = new ApprovalService({ store });
      await s.policy.seed({ members: ['U_ALICE'], usergroup: null, fourEyes: true, userMap: {} });
      const { version } = await s.submit({ id: 'c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers who bought tea', message: 'We noticed you like tea.', offer: '10% off' } }, 'U_REQ');
      await s.approve({ campaignId: 'c1', versionHash: version.hash, actor: 'U_ALICE' });
      await expect(asApp('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
      await expect(asApp('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      await expect(asApp("UPDATE audit_log SET actor = 'x'")).rejects.toThrow(/permission denied/);
      await expect(asApp('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
      await expect(asApp('DROP TABLE audit_log')).rejects.toThrow(/must be owner/);
      expect((await s.verify()).ok).toBe(true);
      expect((await s.history()).map((e) => e.action)).toEqual(['policy_seeded', 'submitted', 'reviewed', 'approved']);
    } finally {
      await store.close();
    }
    // A second start by the app alone (no owner URL) finds the schema migrated and works.
    const again = await openStore({ databaseUrl: appUrl, pgSchema: schema });
    expect((await again.auditLog()).length).toBe(4);
    await again.close();
  });

  it('lets the app role write every table the app writes (review posts, exports, Slack memory, answers)', async () => {
    schema = uniqueSchema('segbot_owner');
    const store = await openStore({ databaseUrl: appUrl, databaseOwnerUrl: TEST_DATABASE_URL, pgSchema: schema });
    try {
      await store.saveReviewPost({ campaignId: 'c1', versionHash: 'h1', channel: 'C1', ts: '1.1' });
      await store.saveReviewPost({ campaignId: 'c1', versionHash: 'h1', channel: 'C1', ts: '1.2' });
      expect(await store.reviewPost('c1', 'h1')).toMatchObject({ ts: '1.2' });
      await store.linkThread('r1', { channel: 'C1', ts: '1.1' });
      await store.linkThread('r2', { channel: 'C1', ts: '1.1' });
      expect(await store.runForThread('C1', '1.1')).toBe('r2');
      await store.setOrigin('c1', { channel: 'C1' });
      await store.setOrigin('c1', { channel: 'C2' });
      expect(await store.originOf('c1')).toEqual({ channel: 'C2' });
      await store.recordAnswer({ answerId: 'a-1', at: 'x', user: 'U1', channel: 'D1', threadTs: null, question: 'q', runId: 'r1', tool: 't', args: {}, text: 't' });
      await store.recordFeedback({ answerId: 'a-1', feedback: 'down', user: 'U1', at: 'y' });
      expect((await store.answers()).length).toBe(2);
      const exp = { campaignId: 'c1', version: 1, versionHash: 'h1', targetKind: 'csv' as const, target: '/tmp/a.csv', customers: 1, treatment: 1, holdout: 0, holdoutShare: 0.1, segmentKey: 'S1', runDir: '/r', contentHash: 'f', windowFrom: '2026-01-01', windowTo: '2026-01-29', actor: 'U1' };
      expect(await store.saveExport(exp)).toMatchObject({ campaignId: 'c1' });
    } finally {
      await store.close();
    }
  });

  it('refuses an owner URL with the same role as DATABASE_URL', async () => {
    await expect(openStore({ databaseUrl: TEST_DATABASE_URL, databaseOwnerUrl: TEST_DATABASE_URL, pgSchema: uniqueSchema('segbot_same') })).rejects.toThrow(/same role/);
  });
});
