import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, queryRow, toNumber, type DuckDb } from '../../src/data/duckdb.js';
import { cleanText, profileColumns } from '../../src/data/profile.js';

// Every way a value can or cannot read as a number, written as users' exports write them.
const VALUES = [
  '12', ' 3.5 ', '-0.25', '+7', '1e5', '1_000', 'inf', '-Infinity', 'NaN', '.', '1.',
  '3,50', '1,234.50', '$58,138.00', '€ 12', '£1,000', '¥ 3 000', '12 ', '1 000', '1,5,0',
  'abc', 'N/A', '', '   ', '12abc', '$', 'e', '0x10', '１２', '$inf', '1,23', '1,2345',
];

describe('profileColumns', () => {
  let db: DuckDb;
  beforeAll(async () => {
    db = await openDuckDb();
    const rows = VALUES.map((v, i) => `(${i}, '${v}')`).join(', ');
    await db.connection.run(`CREATE TABLE t AS SELECT CAST(id AS VARCHAR) AS id, v FROM (VALUES ${rows}) AS x(id, v)`);
  });
  afterAll(() => db.close());

  it('counts what parses as written, with a decimal comma and as money text, as the plain definition does', async () => {
    // The definition, value by value, without the shortcuts profileColumns takes for speed.
    const v = cleanText('v');
    const money = `regexp_replace(regexp_replace(${v}, '[$€£¥\\s]', '', 'g'), ',([0-9]{3})', '\\1', 'g')`;
    const plain = await queryRow(
      db.connection,
      `SELECT COUNT(${v}) AS n, COUNT(DISTINCT ${v}) AS d, COUNT(TRY_CAST(${v} AS DOUBLE)) AS x,
              COUNT(TRY_CAST(replace(${v}, ',', '.') AS DOUBLE)) AS y, COUNT(TRY_CAST(${money} AS DOUBLE)) AS z FROM t`,
    );
    const profile = (await profileColumns(db.connection, 't', ['id', 'v'])).get('v')!;
    const n = toNumber(plain.n);
    expect(profile.nonNull).toBe(n);
    expect(profile.distinct).toBe(toNumber(plain.d));
    expect(profile.numericShare).toBe(toNumber(plain.x) / n);
    expect(profile.decimalCommaShare).toBe(toNumber(plain.y) / n);
    expect(profile.moneyTextShare).toBe(toNumber(plain.z) / n);
    // And the figures themselves, so that the definition above cannot drift unseen.
    expect([profile.nonNull, toNumber(plain.x), toNumber(plain.y), toNumber(plain.z)]).toEqual([30, 11, 14, 19]);
  });

  it('profiles every column of the relation, ids as numbers', async () => {
    const id = (await profileColumns(db.connection, 't', ['id', 'v'])).get('id')!;
    expect(id).toMatchObject({ nonNull: VALUES.length, distinct: VALUES.length, numericShare: 1 });
  });
});
