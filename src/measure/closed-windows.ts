/**
 * For the weekly digest: the campaigns whose measurement window closed in the week, each with its
 * latest measurement of that window (lift, interval, verdict) or the command that measures it. Pure:
 * the store's exports and measurements in, plain sentences out (every figure from `segbot measure`).
 */

export interface ExportedWindow {
  campaignId: string;
  segmentKey: string;
  windowFrom: string;
  windowTo: string;
  holdout: number;
  customers: number;
}

export interface MeasuredWindow {
  campaignId: string;
  windowFrom: string;
  windowTo: string;
  verdictText: string;
  at: string;
}

export interface ClosedWindow {
  campaignId: string;
  segmentKey: string | null;
  windowFrom: string;
  windowTo: string;
  /** The latest measurement's verdict sentence for this window; null when not measured yet. */
  verdictText: string | null;
}

/**
 * Windows are [from, to): one closes on the day `to`. A window closed in the week [weekFrom, weekTo)
 * when its last day (to − 1) falls in it, i.e. weekFrom < to ≤ weekTo. Newest exports and
 * measurements first, as the store lists them; one entry per campaign and window.
 */
export function windowsClosedIn(week: { from: string; to: string }, exports: readonly ExportedWindow[], measurements: readonly MeasuredWindow[]): ClosedWindow[] {
  const inWeek = (to: string) => week.from < to && to <= week.to;
  const byKey = new Map<string, ClosedWindow>();
  const key = (w: { campaignId: string; windowFrom: string; windowTo: string }) => `${w.campaignId}\0${w.windowFrom}\0${w.windowTo}`;
  for (const e of exports) {
    if (inWeek(e.windowTo) && !byKey.has(key(e))) byKey.set(key(e), { campaignId: e.campaignId, segmentKey: e.segmentKey, windowFrom: e.windowFrom, windowTo: e.windowTo, verdictText: null });
  }
  for (const m of measurements) {
    if (!inWeek(m.windowTo)) continue;
    const known = byKey.get(key(m));
    if (known && known.verdictText === null) known.verdictText = m.verdictText;
    else if (!known) byKey.set(key(m), { campaignId: m.campaignId, segmentKey: null, windowFrom: m.windowFrom, windowTo: m.windowTo, verdictText: m.verdictText });
  }
  return [...byKey.values()].sort((a, b) => (a.windowTo < b.windowTo ? -1 : a.windowTo > b.windowTo ? 1 : a.campaignId < b.campaignId ? -1 : 1));
}

const lastDay = (to: string) => new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** One sentence per closed window: its verdict, or the command that measures it. */
export function closedWindowLines(closed: readonly ClosedWindow[]): string[] {
  return closed.map((c) => {
    const name = `${c.campaignId.split(':').pop()}${c.segmentKey ? ` (${c.segmentKey})` : ''}, ${c.windowFrom} to ${lastDay(c.windowTo)}`;
    return c.verdictText
      ? `${name}: ${c.verdictText}`
      : `${name}: the window has closed and it is not measured yet. Run segbot measure ${c.campaignId} --data <transaction log> --from ${c.windowFrom} --to ${c.windowTo}.`;
  });
}
