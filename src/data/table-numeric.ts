/** One numeric column of a customer table → a feature: unit, log1p choice, outliers handled and reported. */
import { dictionaryEntry, readableColumnName } from './labels.js';
import type { NumericColumn } from '../analysis/types.js';
import type { ColumnIssue } from '../result/index.js';
import { BIRTH_YEAR, COUNT_NAME, MONEY_NAME, normaliseName } from './names.js';
import type { LoadOptions } from './options.js';
import type { SchemaDecision } from './schema.js';
import { clipOutliers, findOutliers, outlierExamples, skewness } from './table-columns.js';

/** Oldest plausible customer age in years. */
export const MAX_AGE = 100;

/**
 * Campaign outcomes, complaints and churn flags: results of past marketing, not traits. They are
 * profiled per segment as rates but never clustered on (the segments would be defined by the
 * answer). Detected by name and by holding only 0/1; --outcome-columns names them explicitly.
 */
const OUTCOME_NAME = /^(acceptedcmp\d*|accepted(campaign|offer)\d*|response|responded|complain(ed|t|ts)?|churn(ed)?|converted|unsubscribed|cancelled|canceled)$/;

export function isOutcomeColumn(column: string, binary: boolean, options: Pick<LoadOptions, 'outcomeColumns'>): boolean {
  if (options.outcomeColumns) return options.outcomeColumns.includes(column);
  return binary && OUTCOME_NAME.test(column.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

type Override = Partial<Pick<NumericColumn, 'name' | 'label' | 'unit'>>;

function unitOf(name: string): NumericColumn['unit'] {
  const n = normaliseName(name);
  if (MONEY_NAME.test(n)) return 'money';
  if (COUNT_NAME.test(n)) return 'count';
  if (/recency|days|tenure/.test(n)) return 'days';
  return 'none';
}

export function numericFeature(
  column: string,
  raw: Float64Array,
  referenceYear: number | null,
  options: LoadOptions,
  keep: Uint8Array,
  issues: ColumnIssue[],
  decisions: SchemaDecision[],
  override: Override = {},
): NumericColumn {
  let values = raw;
  let meta: Omit<NumericColumn, 'values' | 'log1p' | 'clustering'> = {
    name: column,
    label: dictionaryEntry(options.labels, column)?.label ?? readableColumnName(column),
    description: dictionaryEntry(options.labels, column)?.description ?? `${column}, from the file`,
    unit: unitOf(column),
    ...override,
  };
  let plausible: { min: number; max: number } | undefined;
  if (BIRTH_YEAR.test(normaliseName(column)) && referenceYear !== null) {
    values = raw.map((y) => referenceYear - y);
    meta = { name: 'age', label: 'Age', description: `Age in ${referenceYear}, from ${column}`, unit: 'years' };
    plausible = { min: 0, max: MAX_AGE };
    decisions.push({ column, role: 'age', by: 'name', note: `age = ${referenceYear} - ${column}` });
  }
  let min = Infinity;
  const levels = new Set<number>();
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    min = Math.min(min, v);
    if (levels.size < 3) levels.add(v);
  }
  const binary = levels.size <= 2 && [...levels].every((v) => v === 0 || v === 1);
  const n = normaliseName(column);
  const skewed = MONEY_NAME.test(n) || COUNT_NAME.test(n) || skewness(values) > 1;
  const log1p = !binary && min >= 0 && skewed && meta.unit !== 'years';

  if (!binary) {
    const flags = findOutliers(values, { log1p, plausible });
    const count = flags.reduce((a, b) => a + b, 0);
    if (count > 0) {
      const examples = outlierExamples(plausible ? raw : values, flags);
      const what = plausible ? `impossible (outside ${plausible.min}..${plausible.max} ${meta.unit}) or extreme` : 'extreme (beyond 3 interquartile ranges' + (log1p ? ' on log scale)' : ')');
      if (options.outliers === 'exclude') {
        for (let i = 0; i < flags.length; i++) if (flags[i]) keep[i] = 0;
        issues.push({ column, code: 'OUTLIER_EXCLUDED', count, action: `${what} values: those customers are excluded (--outliers exclude)`, examples });
      } else {
        clipOutliers(values, flags);
        issues.push({ column, code: 'OUTLIER_CLIPPED', count, action: `${what} values clipped to the nearest plausible value in the data (use --outliers exclude to drop those customers)`, examples });
      }
    }
  }
  const outcome = isOutcomeColumn(column, binary, options);
  if (outcome) {
    decisions.push({ column, role: 'outcome', by: options.outcomeColumns ? 'flag' : 'name', note: 'a past campaign outcome: reported per segment as a rate, not clustered on' });
    return { ...meta, unit: binary ? 'ratio' : meta.unit, values, log1p: false, clustering: false };
  }
  return { ...meta, values, log1p, clustering: true };
}
