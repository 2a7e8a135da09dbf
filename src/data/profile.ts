/** Per-column facts measured in SQL on a sample or the whole relation: how full, how distinct, how numeric. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, queryRow, toNumber } from './duckdb.js';

export interface ColumnProfile {
  name: string;
  nonNull: number;
  distinct: number;
  /** Share of non-null values that parse as numbers: as written, with a decimal comma, as money text ($58,138.00). */
  numericShare: number;
  decimalCommaShare: number;
  moneyTextShare: number;
  /** Share that reads as money with a decimal comma: currency and thousands dots removed (1.234,56 €, 11,77 EUR). */
  moneyCommaShare: number;
}

/** Spaces removed from both ends; trim only runs where there are any (it copies every string it touches). */
export const trimmed = (column: string) => {
  const c = ident(column);
  return `CASE WHEN starts_with(${c}, ' ') OR ends_with(${c}, ' ') THEN trim(${c}) ELSE ${c} END`;
};

/** Trimmed text, '' as NULL: how every raw (all-VARCHAR) value is read. */
export const cleanText = (column: string) => `NULLIF(${trimmed(column)}, '')`;

/** Money text: currency signs, codes and spaces removed, thousands commas removed (58,138.00 → 58138.00, 12.00 CHF → 12.00). */
const moneyText = (v: string) => `regexp_replace(regexp_replace(${v}, '[$€£¥₹\\s]|EUR|CHF|USD|GBP', '', 'g'), ',([0-9]{3})', '\\1', 'g')`;

/** Money with a decimal comma: currency signs, codes and spaces removed, thousands dots removed, comma → dot. */
const moneyCommaText = (v: string) =>
  `replace(regexp_replace(regexp_replace(${v}, '[$€£¥₹\\s]|EUR|CHF|USD|GBP', '', 'g'), '\\.([0-9]{3})', '\\1', 'g'), ',', '.')`;
/** The whole shape of such a value (11,77 €, € 1.234,56, -3,5 EUR): a date like 29.03.2020 is not one. */
const CURRENCY = `([$€£¥₹]|EUR|CHF|USD|GBP)`;
const MONEY_COMMA_SHAPE = `'[-+]?\\s*${CURRENCY}?\\s*[-+]?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?\\s*${CURRENCY}?'`;

/**
 * Characters a money text can hold and still read as a number once moneyText has run: currency
 * signs, spaces, digits, separators, signs, and what DuckDB's cast accepts besides (exponents,
 * inf/infinity/nan, digit-group underscores). Anything else cannot parse, so the costly
 * regexp_replace pair only runs on values made of these.
 */
const MONEY_CHARS = `'[$€£¥₹\\s0-9.,_+\\-eEiInNfFtTyYaACHUSDGBPR]+'`;

/** Columns profiled per query: one query over hundreds of columns costs far more than several smaller ones. */
const PROFILE_BATCH = 50;

export async function profileColumns(connection: DuckDBConnection, relation: string, columns: string[]): Promise<Map<string, ColumnProfile>> {
  const out = new Map<string, ColumnProfile>();
  for (let start = 0; start < columns.length; start += PROFILE_BATCH) {
    for (const [name, profile] of await profileBatch(connection, relation, columns.slice(start, start + PROFILE_BATCH))) out.set(name, profile);
  }
  return out;
}

async function profileBatch(connection: DuckDBConnection, relation: string, columns: string[]): Promise<Map<string, ColumnProfile>> {
  // Each column is cleaned once, in the subquery. A value that reads as a number as written also
  // reads with a decimal comma and as money text (it has no comma, sign or space to change), so the
  // two rewrites only run on the values that do not.
  const cleaned = columns.map((c, i) => `${cleanText(c)} AS v${i}`).join(', ');
  const parts = columns.flatMap((_, i) => {
    const v = `v${i}`;
    const plain = `TRY_CAST(${v} AS DOUBLE)`;
    return [
      `COUNT(${v}) AS n${i}`,
      `COUNT(DISTINCT ${v}) AS d${i}`,
      `COUNT(${plain}) AS x${i}`,
      `COUNT(CASE WHEN ${plain} IS NOT NULL THEN 1 ELSE TRY_CAST(replace(${v}, ',', '.') AS DOUBLE) END) AS y${i}`,
      `COUNT(CASE WHEN ${plain} IS NOT NULL THEN 1 WHEN regexp_full_match(${v}, ${MONEY_CHARS}) THEN TRY_CAST(${moneyText(v)} AS DOUBLE) END) AS z${i}`,
      `COUNT(CASE WHEN ${plain} IS NOT NULL THEN 1 WHEN regexp_full_match(${v}, ${MONEY_COMMA_SHAPE}) THEN TRY_CAST(${moneyCommaText(v)} AS DOUBLE) END) AS w${i}`,
    ];
  });
  const row = await queryRow(connection, `SELECT ${parts.join(', ')} FROM (SELECT ${cleaned} FROM ${relation}) AS cleaned`);
  const out = new Map<string, ColumnProfile>();
  columns.forEach((name, i) => {
    const nonNull = toNumber(row[`n${i}`]);
    const share = (k: string) => (nonNull ? toNumber(row[`${k}${i}`]) / nonNull : 0);
    out.set(name, { name, nonNull, distinct: toNumber(row[`d${i}`]), numericShare: share('x'), decimalCommaShare: share('y'), moneyTextShare: share('z'), moneyCommaShare: share('w') });
  });
  return out;
}

export const isNumeric = (p: ColumnProfile | undefined, min = 0.95) =>
  !!p && p.nonNull > 0 && Math.max(p.numericShare, p.decimalCommaShare, p.moneyTextShare, p.moneyCommaShare) >= min;

/** How a numeric column's text is turned into a number: the reading that parses most values, plain first. */
function numberText(column: string, p: ColumnProfile | undefined): string {
  const v = cleanText(column);
  if (!p || p.numericShare >= Math.max(p.decimalCommaShare, p.moneyTextShare, p.moneyCommaShare)) return v;
  // A decimal comma (3,50) beats thousands commas (1,234.50) on a tie: "1,234" alone is ambiguous.
  if (p.decimalCommaShare >= Math.max(p.moneyTextShare, p.moneyCommaShare)) return `replace(${v}, ',', '.')`;
  return p.moneyTextShare >= p.moneyCommaShare ? moneyText(v) : moneyCommaText(v);
}

/** A DECIMAL expression for a numeric text column (exact money arithmetic: sums are byte-stable). */
export const decimalExpr = (column: string, profile: ColumnProfile | undefined) => `TRY_CAST(${numberText(column, profile)} AS DECIMAL(18,4))`;

/** A DOUBLE expression for a numeric text column. */
export const doubleExpr = (column: string, profile: ColumnProfile | undefined) => `TRY_CAST(${numberText(column, profile)} AS DOUBLE)`;

/** Customer ids stay strings with their leading zeros; "17850.0" (a float export) becomes "17850". */
export const customerIdExpr = (column: string) => {
  const v = `(${trimmed(column)})`;
  // The regular expression only runs on ids with a dot: it is the costly part on millions of rows.
  return `NULLIF(CASE WHEN contains(${v}, '.') THEN regexp_replace(${v}, '^([0-9]+)\\.0+$', '\\1') ELSE ${v} END, '')`;
};
