/**
 * Planted dirt: extra rows added to a clean log, each a damaged copy of a distinct clean line,
 * so that every dirty row falls into exactly one cleaning category whatever order cleaning runs
 * in, and the cleaned log equals the clean one (the planted segments and RFM values survive).
 */

export const DIRT_KINDS = ['missingCustomerId', 'cancellations', 'zeroPrices', 'duplicates', 'badDates'] as const;
export type DirtKind = (typeof DIRT_KINDS)[number];
export type DirtCounts = Record<DirtKind, number>;

/** Probability that a clean line spawns a dirty copy of each kind (at least one row of each is forced). */
export const DIRT_RATES: DirtCounts = {
  missingCustomerId: 0.05,
  cancellations: 0.02,
  zeroPrices: 0.005,
  duplicates: 0.01,
  badDates: 0.002,
};

/** Unparseable dates, cycled through: spreadsheet errors, zero dates, a day that does not exist. */
export const BAD_DATES_ISO = ['#VALUE!', '0000-00-00 00:00:00', '2011-02-30 10:00:00', 'n/a'];
export const BAD_DATES_DAY_FIRST = ['#VALUE!', '00/00/0000 00:00', '30/02/2011 10:00', 'n/a'];

/**
 * The dirt kind (1..5 in DIRT_KINDS order, 0 = none) that clean line number `rn` spawns: a copy
 * damaged that way, written right after it, so dirt is spread through the file as in real exports
 * (and a type sniffer sampling the head sees it). One line spawns at most one copy, so every
 * duplicate copies a distinct line. A few fixed lines force each kind at least once.
 */
export function dirtKindSql(rn: string, cleanRows: number): string {
  let upTo = 0;
  const arms = DIRT_KINDS.map((k, i) => {
    upTo += DIRT_RATES[k];
    return `WHEN u01(${rn}, -2, 30) < ${upTo} THEN ${i + 1}`;
  });
  const forced = DIRT_KINDS.map((_, i) => `WHEN ${rn} = ${Math.floor(((i + 1) * cleanRows) / (DIRT_KINDS.length + 1))} THEN ${i + 1}`);
  return `CASE ${forced.join(' ')} ${arms.join(' ')} ELSE 0 END`;
}

/** Counts each kind over line numbers alone, without generating the lines. */
export function dirtCountsSql(cleanRows: number): string {
  return `SELECT kind, count(*)::BIGINT AS n FROM (SELECT ${dirtKindSql('rn', cleanRows)} AS kind FROM range(${cleanRows}) t(rn)) WHERE kind > 0 GROUP BY kind`;
}

export function toDirtCounts(rows: { kind: unknown; n: unknown }[]): DirtCounts {
  return Object.fromEntries(DIRT_KINDS.map((k, i) => [k, Number(rows.find((r) => Number(r.kind) === i + 1)?.n ?? 0)])) as DirtCounts;
}

export const NO_DIRT: DirtCounts = { missingCustomerId: 0, cancellations: 0, zeroPrices: 0, duplicates: 0, badDates: 0 };

export const totalDirt = (counts: DirtCounts) => DIRT_KINDS.reduce((s, k) => s + counts[k], 0);
