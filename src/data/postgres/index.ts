/**
 * The Postgres source: cleaning and per-customer aggregation pushed down into the database, and
 * the chosen model's assignment as SQL that runs there too.
 */
export { loadFromPostgres, postgresFeatureQuery, type PostgresSourceOptions } from './load.js';
export type { CustomerSample } from './features.js';
export { buildAssignmentSql, type AssignmentSqlOptions } from './assignment.js';
export { redactUrl } from './connection.js';
