/** Data in: files read through DuckDB, schema detection, cleaning with a data-quality report, per-customer features. */
export type { LoadOptions } from './options.js';
export type { LoadedData } from './load.js';
export type { DataSession } from './session.js';
export { loadCustomers } from './load.js';
export { customerFeatureSql, totalsSql, minusDays, FEATURE_SQL_COLUMNS, type SqlDialect, type FeatureSqlOptions } from './sql.js';
export { toStrptime } from './dates.js';
export { fingerprintFile } from './file.js';
export { redactUrl } from './postgres/index.js';
export { purchaseSummarySql, checkSummaryRequest, type PurchaseSummaryRequest, type PurchaseSummaryRows } from './purchase-summary.js';
