import type { Progress } from '../progress.js';
import type { DataDictionary } from './labels.js';

export interface LoadOptions {
  path: string;
  shape?: 'tx' | 'customers';
  customerColumn?: string;
  dateColumn?: string;
  /** strptime (`%d/%m/%Y %H:%M`) or pattern (`DD/MM/YYYY HH:mm`) style. */
  dateFormat?: string;
  invoiceColumn?: string;
  quantityColumn?: string;
  priceColumn?: string;
  amountColumn?: string;
  countryColumn?: string;
  productColumn?: string;
  sep?: string;
  /** Text encoding of a CSV (WHATWG label: utf-8, windows-1252, utf-16le…); default: detected. */
  encoding?: string;
  /** Currency of the money columns (ISO code or symbol); default: from the money column's name or values, else none. */
  currency?: string;
  /** A data dictionary (`--labels FILE`): the user's labels for their own columns. */
  labels?: DataDictionary;
  /** Snapshot date YYYY-MM-DD; default: the day after the last date in the data. */
  asOf?: string;
  /**
   * Returns and cancellations: 'net' (default for files) matches each to the purchase it reverses and nets it;
   * 'drop' drops them and keeps the purchases at full value (the textbook cleaning; the only one for Postgres).
   */
  returns?: 'net' | 'drop';
  /** Customer tables: the 0/1 outcome columns (campaign responses, complaints, churn) to report but not cluster on; default: by name and values. */
  outcomeColumns?: string[];
  /** @deprecated the old flag: true = returns 'net', false = 'drop'. */
  netReturns?: boolean;
  /** Impossible values in customer tables: clip to the nearest plausible value (default) or drop the customer. */
  outliers?: 'clip' | 'exclude';
  /** DuckDB's memory cap (e.g. "2GB"); default DEFAULT_MEMORY_LIMIT. Changes speed and memory, never the result. */
  memoryLimit?: string;
  progress?: Progress;
}

/** The returns policy a file load applies: 'net' unless asked for 'drop'. */
export function returnsPolicy(options: Pick<LoadOptions, 'returns' | 'netReturns'>): 'net' | 'drop' {
  return options.returns ?? (options.netReturns === false ? 'drop' : 'net');
}
