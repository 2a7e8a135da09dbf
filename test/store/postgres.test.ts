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

  it('refuses an owner URL with the same role as DATABASE_URL', async () => {
    await expect(openStore({ databaseUrl: TEST_DATABASE_URL, databaseOwnerUrl: TEST_DATABASE_URL, pgSchema: uniqueSchema('segbot_same') })).rejects.toThrow(/same role/);
  });
});
