/**
 * In-database assignment: once a model is chosen, every customer's segment as plain SQL over the
 * per-customer features (nearest centroid in the scaled clustering space), so a warehouse-sized
 * table never leaves the database; only a sample needs to be clustered. Portable SQL (no LATERAL,
 * no functions beyond LN and COALESCE): Postgres, Redshift, Snowflake and BigQuery alike.
 */
import { AnalysisError } from '../../errors.js';
import type { Selection } from '../../result/index.js';

export interface AssignmentSqlOptions {
  /** Column of featureSql holding the customer id (default customer_id). */
  customerColumn?: string;
  /** Identifier quoting (default ANSI double quotes; BigQuery wants backticks). */
  quote?: (name: string) => string;
  /** The dialect's double type (default DOUBLE PRECISION; BigQuery: FLOAT64). */
  floatType?: string;
}

const ansiQuote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A JS number as an SQL literal that reads back as the same double. */
function numberLiteral(x: number, floatType: string): string {
  if (!Number.isFinite(x)) throw new AnalysisError('BAD_MODEL', `the chosen model holds a non-finite number (${x}); it cannot be written as SQL.`);
  return `CAST(${String(x)} AS ${floatType})`;
}

function checkSelection(selection: Selection): void {
  const width = selection.scaling.length;
  if (selection.centroids.length === 0) throw new AnalysisError('BAD_MODEL', 'the chosen model has no centroids, so there is nothing to assign customers to.');
  if (width === 0) throw new AnalysisError('BAD_MODEL', 'the chosen model records no feature scaling, so the database cannot reproduce its clustering space.');
  for (const [i, c] of selection.centroids.entries()) {
    if (c.length !== width) throw new AnalysisError('BAD_MODEL', `centroid ${i} has ${c.length} coordinates but the model scales ${width} features; the result is inconsistent.`);
  }
  for (const s of selection.scaling) {
    if (!(s.scale > 0)) throw new AnalysisError('BAD_MODEL', `feature ${s.feature} has scale ${s.scale}; it must be positive.`);
  }
}

/**
 * SELECT customer_id, segment FROM (featureSql): segment = index of the nearest centroid (ties to
 * the lower index, as the engine), i.e. the segment id of result.json. featureSql must return a
 * column per scaled feature, named as in selection.scaling (raw values: the transform is applied
 * here). A missing value is imputed as the engine does: the feature's mean, 0 after scaling.
 */
export function buildAssignmentSql(selection: Selection, featureSql: string, options: AssignmentSqlOptions = {}): string {
  checkSelection(selection);
  const quote = options.quote ?? ansiQuote;
  const float = options.floatType ?? 'DOUBLE PRECISION';
  const id = quote(options.customerColumn ?? 'customer_id');
  const lit = (x: number) => numberLiteral(x, float);

  const scaled = selection.scaling.map((s, j) => {
    const x = `CAST(features.${quote(s.feature)} AS ${float})`;
    // Sign-preserving log1p, as the engine's transform.
    const t = s.transform === 'log1p' ? `(CASE WHEN ${x} < 0 THEN -LN(1 - ${x}) ELSE LN(1 + ${x}) END)` : x;
    return `COALESCE((${t} - ${lit(s.center)}) / ${lit(s.scale)}, 0) AS z${j}`;
  });
  const distances = selection.centroids.map((c, i) => `${c.map((v, j) => `(z${j} - ${lit(v)}) * (z${j} - ${lit(v)})`).join(' + ')} AS d${i}`);
  const k = selection.centroids.length;
  const arms = Array.from({ length: k - 1 }, (_, i) => {
    const rest = Array.from({ length: k - 1 - i }, (_, r) => `d${i} <= d${i + 1 + r}`).join(' AND ');
    return `WHEN ${rest} THEN ${i}`;
  });
  const segment = k === 1 ? '0' : `CASE ${arms.join(' ')} ELSE ${k - 1} END`;
  return `SELECT ${id}, ${segment} AS segment
FROM (
  SELECT ${id}, ${distances.join(',\n         ')}
  FROM (
    SELECT features.${id}, ${scaled.join(',\n           ')}
    FROM (${featureSql}) features
  ) scaled
) distances`;
}
