/**
 * The weekly digest's "Campaigns measured this week" section: campaigns whose measurement window
 * closed in the seven days before the digest's as-of date, with their verdict, or what to run to
 * measure them (src/measure/closed-windows.ts). Read from the store's exports and measurements.
 */
import type { DigestSection } from '../digest/index.js';
import { closedWindowLines, windowsClosedIn } from '../measure/index.js';
import type { Store } from '../store/index.js';

export const MEASUREMENT_SECTION_TITLE = 'Campaign windows that closed this week';

const DAY = 86_400_000;

/** The section for the week [asOf − 7 days, asOf), or null when no window closed in it. */
export async function measurementDigestSection(store: Pick<Store, 'listExports' | 'listMeasurements'>, asOf: string): Promise<DigestSection | null> {
  const to = asOf.slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 7 * DAY).toISOString().slice(0, 10);
  const [exports, measurements] = await Promise.all([store.listExports(undefined, 1000), store.listMeasurements(undefined, 1000)]);
  const lines = closedWindowLines(windowsClosedIn({ from, to }, exports, measurements));
  return lines.length ? { title: MEASUREMENT_SECTION_TITLE, lines } : null;
}
