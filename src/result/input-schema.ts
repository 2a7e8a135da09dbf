/** What the result says about its input: the columns and their roles, the cleaning, the features. */
import { z } from 'zod';

export const DataShape = z.enum(['tx', 'customers']);
export type DataShape = z.infer<typeof DataShape>;

/** The role each input column plays, as detected or forced by a flag. */
export const ColumnRoles = z.object({
  customer: z.string(),
  date: z.string().optional(),
  invoice: z.string().optional(),
  quantity: z.string().optional(),
  price: z.string().optional(),
  amount: z.string().optional(),
  country: z.string().optional(),
  product: z.string().optional(),
  /** For customer tables: the user's own columns that become features. */
  numeric: z.array(z.string()).default([]),
  categorical: z.array(z.string()).default([]),
});
export type ColumnRoles = z.infer<typeof ColumnRoles>;

export const SchemaDecision = z.object({
  column: z.string(),
  role: z.string(),
  /** 'flag' when forced by the user, 'name' or 'values' when guessed. */
  by: z.enum(['flag', 'name', 'values', 'default']),
  note: z.string().optional(),
});

/** The currency of the money columns: ISO code and the symbol amounts are shown with. */
export const Currency = z.object({ code: z.string().regex(/^[A-Z]{3}$/), symbol: z.string().min(1).max(4) });
export type Currency = z.infer<typeof Currency>;

export const InputInfo = z.object({
  /** File base name or a database URL with the password removed: never a full local path with user names. */
  source: z.string(),
  format: z.enum(['csv', 'parquet', 'postgres']),
  separator: z.string().optional(),
  compression: z.enum(['none', 'gzip']).default('none'),
  shape: DataShape,
  columns: ColumnRoles,
  decisions: z.array(SchemaDecision),
  dateFormat: z.string().optional(),
  /** sha256 of the input bytes (files) or of the query text plus row count (databases). */
  fingerprint: z.string(),
  bytes: z.number().int().nonnegative().optional(),
  rowsRead: z.number().int().nonnegative(),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
  /** Snapshot date for recency: the day after the last date, unless --as-of. YYYY-MM-DD. */
  asOf: z.string().optional(),
  /** Absent when neither --currency, the money column's name nor its values say which currency it is. */
  currency: Currency.optional(),
});
export type InputInfo = z.infer<typeof InputInfo>;

/** One cleaning step: what it removed or changed, and why. Every dropped row is counted in exactly one step. */
export const CleaningStep = z.object({
  code: z.string(), // e.g. MISSING_CUSTOMER_ID, CANCELLATION, NON_POSITIVE_PRICE, DUPLICATE_ROW, BAD_DATE
  description: z.string(),
  rowsDropped: z.number().int().nonnegative(),
  /** Rows changed but kept (clipped values, netted returns). */
  rowsChanged: z.number().int().nonnegative().default(0),
  /** Customers that disappeared because of this step. */
  customersDropped: z.number().int().nonnegative().optional(),
});
export type CleaningStep = z.infer<typeof CleaningStep>;

export const ColumnIssue = z.object({
  column: z.string(),
  code: z.string(), // CONSTANT_COLUMN, OUTLIER_CLIPPED, OUTLIER_EXCLUDED, MISSING_IMPUTED, RARE_CATEGORY_MERGED, ...
  count: z.number().int().nonnegative(),
  action: z.string(),
  examples: z.array(z.union([z.string(), z.number()])).default([]),
});
export type ColumnIssue = z.infer<typeof ColumnIssue>;

export const DataQualityReport = z.object({
  rowsRead: z.number().int().nonnegative(),
  rowsKept: z.number().int().nonnegative(),
  customersBefore: z.number().int().nonnegative(),
  customersKept: z.number().int().nonnegative(),
  /** Sum of quantity × price over every row read, before cleaning (tx data), to reconcile with the source. */
  rawRevenue: z.number().nullable().optional(),
  steps: z.array(CleaningStep),
  columnIssues: z.array(ColumnIssue).default([]),
  /** How returns were treated (transaction logs): netted against their purchases, or dropped with the purchases kept. */
  returnsPolicy: z.enum(['net', 'drop']).optional(),
  netReturns: z
    .object({
      returnsSeen: z.number().int(),
      matched: z.number().int(),
      unmatched: z.number().int(),
      /** Customers every one of whose purchases was reversed by returns: not segmented, listed here. */
      fullyReturnedCustomers: z.number().int().optional(),
      /** What those customers' reversed purchases were worth before netting, in total and the largest one. */
      fullyReturnedValue: z.number().optional(),
      largestFullyReturned: z.number().optional(),
    })
    .optional(),
  warnings: z.array(z.string()).default([]),
});
export type DataQualityReport = z.infer<typeof DataQualityReport>;

export const FeatureDefinition = z.object({
  name: z.string(), // machine name, e.g. recency_days, monetary, education=PhD
  label: z.string(), // human label, e.g. "Days since last purchase"
  description: z.string(),
  unit: z.enum(['days', 'count', 'money', 'ratio', 'years', 'none']).default('none'),
  kind: z.enum(['numeric', 'onehot']).default('numeric'),
  transform: z.enum(['none', 'log1p']).default('none'),
  /** Whether the clustering sees it (after transform and standardization). */
  clustering: z.boolean(),
  /** Population statistics on the raw (untransformed) scale. */
  mean: z.number(),
  std: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
});
export type FeatureDefinition = z.infer<typeof FeatureDefinition>;
