/**
 * Readable labels for the user's own column names (MntWines, NumStorePurchases, AcceptedCmp3,
 * Marital_Status), used where the engine had no better label than the name itself.
 */
import { readableColumnName } from '../result/index.js';

export function readableLabel(name: string, label: string): string {
  return label !== name ? label : readableColumnName(name);
}
