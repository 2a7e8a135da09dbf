/**
 * A customer id column found by its values when no name says so (account_ref, ref, Kto): text or
 * integer tokens without spaces or decimals, such as C1042, 000123, ACME-7781, a UUID or an e-mail.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, queryRow, toNumber } from './duckdb.js';
import { nameScore, type Role } from './names.js';
import type { ColumnProfile } from './profile.js';

const ID_VALUE = `'([A-Za-z]{0,8}[-_#]?[0-9]{2,}[A-Za-z0-9]*|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,})'`;
const OTHER_ROLES: Role[] = ['date', 'invoice', 'quantity', 'price', 'amount', 'country', 'product', 'productLabel'];
/** Words in a name that hint at an id, checked before the leftmost-column rule. */
const ID_HINT = /(id|ref|reference|key|code|nr|no|num|number|account|acct|konto)$/;

/**
 * The id-like column, or undefined: every sample value is an id-like token, at least 10 distinct
 * values, no name that suggests another role, no value that reads as a number with decimals or as a
 * date, and not all digits unless the name ends like an id. Among several, a name ending like an id wins, then the leftmost column.
 */
export async function customerColumnByValues(
  connection: DuckDBConnection,
  relation: string,
  columns: string[],
  profiles: Map<string, ColumnProfile>,
): Promise<{ column: string; note: string } | undefined> {
  const candidates = columns.filter((c) => {
    const p = profiles.get(c);
    return !!p && p.nonNull > 0 && p.distinct >= 10 && OTHER_ROLES.every((r) => nameScore(r, c) === 0);
  });
  if (candidates.length === 0) return undefined;
  const parts = candidates.map((c, i) => {
    const v = `trim(${ident(c)})`;
    return [
      `COUNT(CASE WHEN regexp_full_match(${v}, ${ID_VALUE}) AND (contains(${v}, '@') OR (TRY_CAST(${v} AS TIMESTAMP) IS NULL AND NOT contains(${v}, '.'))) THEN 1 END) AS m${i}`,
      `COUNT(CASE WHEN regexp_full_match(${v}, '[0-9]+') THEN 1 END) AS d${i}`,
    ].join(', ');
  });
  const row = await queryRow(connection, `SELECT ${parts.join(', ')} FROM ${relation}`);
  const hints = (c: string) => ID_HINT.test(c.toLowerCase().replace(/[^a-z0-9]/g, ''));
  // Plain integers (ages, counts, years) are ids only when the name hints so.
  const idLike = candidates.filter((c, i) => {
    const n = profiles.get(c)!.nonNull;
    return toNumber(row[`m${i}`]) === n && (toNumber(row[`d${i}`]) < n || hints(c));
  });
  const hinted = idLike.find(hints);
  const column = hinted ?? idLike[0];
  if (!column) return undefined;
  const p = profiles.get(column)!;
  return { column, note: `no name says customer; every value in the sample looks like an id (${p.distinct} distinct in ${p.nonNull} rows)` };
}
