/** Per-column facts measured in SQL on a sample or the whole relation: how full, how distinct, how numeric. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, queryRow, toNumber } from './duckdb.js';

export interface ColumnProfile {
  name: string;
  nonNull: number;
  distinct: number;
  /** Share of non-null values that parse as numbers, as written and with a decimal comma. */
  numericShare: number;
  decimalCommaShare: number;
}

/** Trimmed text, '' as NULL: how every raw (all-VARCHAR) value is read. */
export const cleanText = (column: string) => `NULLIF(trim(${ident(column)}), '')`;

export async function profileColumns(connection: DuckDBConnection, relation: string, columns: string[]): Promise<Map<string, ColumnProfile>> {
  const parts = columns.flatMap((c, i) => {
    const v = cleanText(c);
    return [
      `COUNT(${v}) AS n${i}`,
      `COUNT(DISTINCT ${v}) AS d${i}`,
      `COUNT(TRY_CAST(${v} AS DOUBLE)) AS x${i}`,
      `COUNT(TRY_CAST(replace(${v}, ',', '.') AS DOUBLE)) AS y${i}`,
    ];
  });
  const row = await queryRow(connection, `SELECT ${parts.join(', ')} FROM ${relation}`);
  const out = new Map<string, ColumnProfile>();
  columns.forEach((name, i) => {
    const nonNull = toNumber(row[`n${i}`]);
    const share = (k: string) => (nonNull ? toNumber(row[`${k}${i}`]) / nonNull : 0);
    out.set(name, { name, nonNull, distinct: toNumber(row[`d${i}`]), numericShare: share('x'), decimalCommaShare: share('y') });
  });
  return out;
}

export const isNumeric = (p: ColumnProfile | undefined, min = 0.95) => !!p && p.nonNull > 0 && Math.max(p.numericShare, p.decimalCommaShare) >= min;
export const usesDecimalComma = (p: ColumnProfile | undefined) => !!p && p.numericShare < 0.95 && p.decimalCommaShare >= 0.95;

/** A DECIMAL expression for a numeric text column (exact money arithmetic: sums are byte-stable). */
export function decimalExpr(column: string, profile: ColumnProfile | undefined): string {
  const v = cleanText(column);
  return `TRY_CAST(${usesDecimalComma(profile) ? `replace(${v}, ',', '.')` : v} AS DECIMAL(18,4))`;
}

/** A DOUBLE expression for a numeric text column. */
export function doubleExpr(column: string, profile: ColumnProfile | undefined): string {
  const v = cleanText(column);
  return `TRY_CAST(${usesDecimalComma(profile) ? `replace(${v}, ',', '.')` : v} AS DOUBLE)`;
}

/** Customer ids stay strings with their leading zeros; "17850.0" (a float export) becomes "17850". */
export const customerIdExpr = (column: string) => {
  const v = `trim(${ident(column)})`;
  // The regular expression only runs on ids with a dot: it is the costly part on millions of rows.
  return `NULLIF(CASE WHEN contains(${v}, '.') THEN regexp_replace(${v}, '^([0-9]+)\\.0+$', '\\1') ELSE ${v} END, '')`;
};
