/**
 * The repository contract against a real Postgres. Without a server these tests skip with a
 * message saying how to point them at one, except under CI=true, where a missing server fails.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { postgresHarness } from './harnesses.js';
import { TEST_DATABASE_URL, postgresUnavailable, skipMessage } from './postgres-server.js';

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
