/**
 * `segbot analyze postgres://… --table T` on the real Postgres: the same customers and the same
 * segments, byte for byte, as the file the table was loaded from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { generateTransactions } from '../../src/data/generator.js';
import { createSchema, dropSchema, findTestDatabase, importFile } from '../data/postgres-fixture.js';
import { runCli } from '../helpers/cli.js';

const database = await findTestDatabase();
if (database.url === null) {
  if (process.env.CI === 'true') throw new Error(`CI=true but no Postgres answers on 127.0.0.1:5432: ${database.reason}`);
  console.warn(`Skipping segbot analyze on Postgres: no server reachable (${database.reason}). Start one or set SEGBOT_TEST_DATABASE_URL.`);
}
const url = database.url ?? '';
const dir = tempDir('segbot-cli-pg-');
const env = { SEGBOT_DATA_DIR: path.join(dir, 'data') };
const file = path.join(dir, 'orders.csv');
let schema = '';

describe.skipIf(database.url === null)('segbot analyze on a Postgres source', () => {
  beforeAll(async () => {
    await generateTransactions({ customers: 400, seed: 5, out: file, truthPath: null });
    schema = await createSchema(url, 'segbot_cli');
    await importFile(url, file, schema, 'orders', { InvoiceDate: 'TIMESTAMP', Quantity: 'INTEGER', UnitPrice: 'NUMERIC(10,2)' });
  });
  afterAll(async () => {
    if (schema) await dropSchema(url, schema);
  });

  it('segments the table exactly as the file', () => {
    const flags = ['--json', '--no-charts', '--seed', '9', '--k-max', '5'];
    // A Postgres source drops cancellations: the file run does the same to compare like with like.
    const fromFile = runCli(['analyze', file, '--returns', 'drop', '--out', path.join(dir, 'file'), ...flags], env);
    const fromDb = runCli(['analyze', url, '--table', `${schema}.orders`, '--out', path.join(dir, 'db'), ...flags], env);
    expect(fromFile.code).toBe(0);
    expect(fromDb.stderr).not.toMatch(/segbot:/);
    expect(fromDb.code).toBe(0);
    const summary = fromDb.lines[0] as { customers: number; chosen: string };
    expect(summary.customers).toBe((fromFile.lines[0] as { customers: number }).customers);
    expect(readFileSync(path.join(dir, 'db', 'assignments.csv'), 'utf8')).toBe(readFileSync(path.join(dir, 'file', 'assignments.csv'), 'utf8'));
    const result = JSON.parse(readFileSync(path.join(dir, 'db', 'result.json'), 'utf8'));
    expect(result.input.format).toBe('postgres');
    expect(JSON.stringify(result)).not.toMatch(/password/i);
  });

  it('refuses --table with a file source, saying what to do', () => {
    const r = runCli(['analyze', file, '--table', 'orders'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--table and --query need a postgres:\/\//);
  });
});
