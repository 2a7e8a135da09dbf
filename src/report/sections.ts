/** The engine's sections of the report, built from a SegmentationResult alone. */
import { readableColumnName, type SegmentationResult, type SegmentProfile } from '../result/index.js';
import type { Block, Section } from './document.js';
import { fmtInt, fmtLift, fmtMoney, fmtNum, fmtPct } from './format.js';
import { readableLabel } from '../narrative/index.js';

const featureValue = (s: SegmentProfile, name: string) => s.features.find((f) => f.feature === name);

/** A feature's human label ("Days since last purchase", "Spend on wines"), never its machine name. */
function labelOf(r: SegmentationResult, feature: string): string {
  return readableLabel(feature, r.features.find((f) => f.name === feature)?.label ?? feature);
}

function highlights(r: SegmentationResult, s: SegmentProfile, limit = 3): string {
  return [...s.features]
    .filter((f) => Number.isFinite(f.z))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature))
    .slice(0, limit)
    .map((f) => `${labelOf(r, f.feature)} ${f.z >= 0 ? 'high' : 'low'} (${fmtLift(f.lift)})`)
    .join('; ');
}

/** Which revenue the headline shows: after netting returns, or with cancellations dropped and purchases kept. */
function revenueBasis(r: SegmentationResult): string {
  const policy = r.dataQuality.returnsPolicy;
  if (r.input.shape !== 'tx' || !policy) return '';
  return policy === 'net' ? ' (net of returns)' : ' (gross: cancellations dropped, their purchases kept at full value)';
}

/** Where the amounts' currency came from, or that the data does not name it. */
function currencyNote(r: SegmentationResult): string {
  if (r.totals.revenue === null) return '';
  const c = r.input.currency;
  if (!c) return ' Amounts are in the data’s own currency, which neither the money column’s name nor its values name: pass --currency (GBP, EUR, USD…) to show it.';
  const decision = r.input.decisions.find((d) => d.role === `currency=${c.code}`);
  const how = decision?.by === 'flag' ? 'as --currency says' : decision?.by === 'name' ? `from the column name ${decision.column}` : decision?.by === 'values' ? `from the symbols in ${decision.column}` : '';
  return ` Amounts are in ${c.code}${how ? ` (${how})` : ''}.`;
}

/** What to make of segments that are tiers of one range: said in plain words, with the tiers in order. */
function tiersText(r: SegmentationResult): string {
  const structure = r.selection.structure!;
  const along = structure.axis.map((name) => labelOf(r, name));
  const first = structure.axis[0];
  const position = (id: number) => r.segments.find((s) => s.id === id)?.features.find((f) => f.feature === first)?.z ?? 0;
  const tiers = r.segments.filter((s) => !s.isNoise).sort((a, b) => position(b.id) - position(a.id)).map((s) => `${s.key} "${s.name}"`);
  return (
    `${structure.summary.replace(/^No clear clusters: /, '').replace(/^./, (c) => c.toUpperCase())} ` +
    `From highest to lowest ${along[0]}: ${tiers.join(', ')}. Customers near a boundary are much like those just across it: treat the segments as tiers, not as different kinds of customer.`
  );
}

export function summarySection(r: SegmentationResult): Section {
  const chosen = r.candidates.find((c) => c.id === r.selection.chosenId);
  const top = r.segments.filter((s) => !s.isNoise);
  const blocks: Block[] = [
    {
      kind: 'p',
      text:
        `${fmtInt(r.totals.customers)} customers` +
        (r.totals.revenue !== null ? ` with ${fmtMoney(r.totals.revenue, r.input.currency)} in revenue${revenueBasis(r)}` : '') +
        ` fall into ${top.length} segments (${chosen ? `${chosen.algorithm}, k=${chosen.k}` : r.selection.chosenId}).` +
        currencyNote(r),
    },
    ...(r.selection.structure && !r.selection.structure.clear
      ? [{ kind: 'callout' as const, tone: 'warn' as const, title: 'No clear clusters:', text: tiersText(r) }]
      : []),
    { kind: 'callout', tone: 'info', title: 'Why this segmentation:', text: r.selection.reason },
  ];
  const valuable = top.filter((s) => s.revenueShare !== null).sort((a, b) => (b.revenueShare ?? 0) - (a.revenueShare ?? 0))[0];
  if (valuable) {
    blocks.push({
      kind: 'p',
      text: `Most valuable: "${valuable.name}" — ${fmtPct(valuable.share)} of customers bring ${fmtPct(valuable.revenueShare)} of revenue.`,
    });
  }
  return { id: 'summary', title: 'Summary', blocks };
}

export function segmentsSection(r: SegmentationResult): Section {
  const hasMoney = r.totals.revenue !== null;
  const rfmCols = ['recency_days', 'frequency', 'monetary'].filter((n) => r.features.some((f) => f.name === n));
  // Customer tables have no RFM scores: no column of dashes.
  const hasRfm = r.segments.some((s) => s.rfmCode);
  const header = ['Segment', 'Name', 'Customers', 'Share', ...(hasMoney ? ['Revenue share'] : []), ...rfmCols.map((c) => `${labelOf(r, c)} (mean)`), ...(hasRfm ? ['Typical RFM'] : []), 'Stands out by', 'Anomalies'];
  const rows = r.segments.map((s) => [
    s.key,
    s.name,
    fmtInt(s.size),
    fmtPct(s.share),
    ...(hasMoney ? [fmtPct(s.revenueShare)] : []),
    ...rfmCols.map((c) => (c === 'monetary' ? fmtMoney(featureValue(s, c)?.mean ?? null, r.input.currency) : fmtNum(featureValue(s, c)?.mean ?? null))),
    ...(hasRfm ? [s.rfmCode ? `${s.rfmCode} (${fmtPct(s.rfmCodeShare, 0)})` : '—'] : []),
    highlights(r, s),
    fmtInt(s.anomalies),
  ]);
  const blocks: Block[] = [{ kind: 'table', header, rows, numeric: header.map((h) => /Customers|Share|share|Mean|Anomalies/.test(h)) }];
  for (const s of r.segments) {
    const tops: string[] = [];
    if (s.topCountries.length) tops.push(`Top countries: ${s.topCountries.slice(0, 3).map((t) => `${t.value} ${fmtPct(t.share, 0)}`).join(', ')}`);
    // Ranked by how distinctive they are for the segment (lift against the population), not by share: the best-seller would top every segment.
    // Only a product bought more here than overall is called distinctive; a segment with none (light buyers) gets its most bought, said as such.
    const product = (t: (typeof s.topProducts)[number]) => `${t.value} (${fmtPct(t.share, 0)} of the segment${t.lift !== null ? `, ${fmtLift(t.lift)} the usual share` : ''})`;
    const top = s.topProducts.slice(0, 3);
    const standOut = top.filter((t) => t.lift !== null && t.lift > 1);
    if (standOut.length) tops.push(`Most distinctive products: ${standOut.map(product).join(', ')}`);
    else if (top.length) tops.push(`Most bought products (none is bought more here than by customers overall): ${top.map(product).join(', ')}`);
    for (const [column, values] of Object.entries(s.topCategories)) {
      if (column === 'country') continue;
      tops.push(`${readableColumnName(column)}: ${values.slice(0, 3).map((t) => `${t.value} ${fmtPct(t.share, 0)}`).join(', ')}`);
    }
    for (const rule of s.associationRules ?? []) {
      tops.push(`Buyers of ${rule.antecedent.join(' + ')} also buy ${rule.consequent.join(' + ')} (confidence ${fmtPct(rule.confidence, 0)}, lift ${fmtNum(rule.lift)})`);
    }
    if (tops.length) blocks.push({ kind: 'card', title: `${s.key} · ${s.name}`, fields: [], body: tops });
  }
  return { id: 'segments', title: 'Segments', intro: 'Lift compares the segment mean with the whole population (1.00× = average).', blocks };
}

export function rfmSection(r: SegmentationResult): Section | null {
  if (!r.rfm) return null;
  const rows = r.rfm.segments.map((s) => [
    s.name,
    fmtInt(s.customers),
    fmtPct(s.share),
    fmtPct(s.revenueShare),
    fmtNum(s.meanRecency, 0),
    fmtNum(s.meanFrequency, 1),
    fmtMoney(s.meanMonetary, r.input.currency),
    s.rule,
    s.action,
  ]);
  return {
    id: 'rfm',
    title: `RFM segments (${r.rfm.bins === 4 ? 'quartiles' : 'quintiles'})`,
    intro: 'The classic segmentation marketers already know, computed beside the clustering. Scores run 1 (worst) to ' + r.rfm.bins + ' (best); recency is scored so that recent = high.',
    blocks: [
      {
        kind: 'table',
        header: ['RFM segment', 'Customers', 'Share', 'Revenue share', 'Days since last purchase (mean)', 'Orders (mean)', 'Total spend (mean)', 'Rule', 'Standard action'],
        rows,
        numeric: [false, true, true, true, true, true, true, false, false],
      },
    ],
  };
}

function screenedNote(r: SegmentationResult): string {
  const screened = r.candidates.find((c) => c.scoredOn !== undefined);
  if (!screened) return '';
  return ` * Screened: candidates that could not win have their silhouette on a ${fmtInt(screened.scoredOn!)}-customer sample and no stability (—); the chosen model and its contenders have full scores.`;
}

export function modelsSection(r: SegmentationResult): Section {
  const rows = [...r.candidates]
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.id.localeCompare(b.id))
    .map((c) => [
      c.id === r.selection.chosenId ? `${c.id} ✔` : c.id,
      String(c.k),
      c.scores.bic == null ? '—' : fmtNum(c.scores.bic, 0),
      c.scoredOn === undefined ? fmtNum(c.scores.silhouette, 3) : `${fmtNum(c.scores.silhouette, 3)}*`,
      fmtNum(c.scores.daviesBouldin, 3),
      fmtNum(c.scores.calinskiHarabasz, 0),
      fmtNum(c.scores.inertia, 0),
      fmtNum(c.scores.stability, 3),
      fmtPct(c.scores.smallestSegmentShare),
      c.rank === null ? '—' : String(c.rank),
      c.eligible ? 'yes' : c.rejectedBecause.join('; '),
    ]);
  const s = r.selection;
  return {
    id: 'models',
    title: 'Model comparison',
    intro: `${s.rule} Silhouette ${s.silhouetteSample.exact ? 'exact' : `on a seeded sample of ${fmtInt(s.silhouetteSample.size)} customers`}; stability = mean adjusted Rand index over ${s.stabilityResamples} bootstrap resamples; minimum segment size ${fmtInt(s.minSegmentSize)} customers.${screenedNote(r)}`,
    blocks: [
      {
        kind: 'table',
        header: ['Model', 'k', 'Partition BIC ↓', 'Silhouette ↑', 'Davies-Bouldin ↓', 'Calinski-Harabasz ↑', 'Inertia', 'Stability ↑', 'Smallest segment', 'Rank', 'Eligible'],
        rows,
        numeric: [false, true, true, true, true, true, true, true, true, true, false],
      },
      {
        kind: 'p',
        text: `PCA map: the first two components explain ${fmtPct(r.projection.explainedVariance[0])} and ${fmtPct(r.projection.explainedVariance[1])} of the variance. Isolation forest (${r.anomalies.trees} trees, contamination ${fmtPct(r.anomalies.contamination)}) marks ${fmtInt(r.anomalies.count)} customers as anomalies.`,
      },
    ],
  };
}

export function dataQualitySection(r: SegmentationResult): Section {
  const dq = r.dataQuality;
  const blocks: Block[] = [
    {
      kind: 'p',
      text: `Read ${fmtInt(dq.rowsRead)} rows from ${r.input.source} (${r.input.format}${r.input.separator ? `, separator ${JSON.stringify(r.input.separator)}` : ''}${r.input.compression === 'gzip' ? ', gzip' : ''}); kept ${fmtInt(dq.rowsKept)} rows and ${fmtInt(dq.customersKept)} of ${fmtInt(dq.customersBefore)} customers.` +
        (r.input.firstDate ? ` Dates ${r.input.firstDate} to ${r.input.lastDate}; ${r.input.shape === 'tx' ? 'recency' : 'ages and tenure'} measured as of ${r.input.asOf}.` : '') +
        (dq.rawRevenue != null ? ` Revenue of every row read, before cleaning: ${fmtMoney(dq.rawRevenue, r.input.currency)}.` : ''),
    },
    {
      kind: 'table',
      header: ['Step', 'What', 'Rows dropped', 'Rows changed', 'Customers dropped'],
      rows: dq.steps.map((s) => [s.code, s.description, fmtInt(s.rowsDropped), fmtInt(s.rowsChanged), s.customersDropped === undefined ? '—' : fmtInt(s.customersDropped)]),
      numeric: [false, false, true, true, true],
    },
  ];
  if (dq.netReturns) {
    const n = dq.netReturns;
    const fully = n.fullyReturnedCustomers
      ? ` ${fmtInt(n.fullyReturnedCustomers)} ${n.fullyReturnedCustomers === 1 ? 'customer' : 'customers'} returned everything they bought (${fmtMoney(n.fullyReturnedValue ?? 0, r.input.currency)} of purchases reversed, the largest ${fmtMoney(n.largestFullyReturned ?? 0, r.input.currency)}): they are not segmented and not counted as customers.`
      : '';
    blocks.push({ kind: 'p', text: `Returns netted against purchases (--returns net): ${fmtInt(n.matched)} of ${fmtInt(n.returnsSeen)} matched, ${fmtInt(n.unmatched)} unmatched (dropped).${fully} Use --returns drop for the textbook cleaning (cancellations dropped, purchases kept).` });
  }
  if (dq.columnIssues.length) {
    blocks.push({
      kind: 'table',
      header: ['Column', 'Issue', 'Count', 'Action', 'Examples'],
      rows: dq.columnIssues.map((c) => [c.column, c.code, fmtInt(c.count), c.action, c.examples.slice(0, 5).join(', ')]),
      numeric: [false, false, true, false, false],
    });
  }
  for (const w of dq.warnings) blocks.push({ kind: 'callout', tone: 'warn', title: 'Warning:', text: w });
  blocks.push({
    kind: 'table',
    header: ['Column', 'Used as', 'Chosen by', 'Note'],
    rows: r.input.decisions.map((d) => [d.column, d.role, d.by, d.note ?? '']),
  });
  return { id: 'data-quality', title: 'Data quality', blocks };
}

export function featuresSection(r: SegmentationResult): Section {
  return {
    id: 'features',
    title: 'Features',
    intro: 'Clustering features are transformed as shown, then standardized (z-scores). Statistics are on the raw scale.',
    blocks: [
      {
        kind: 'table',
        header: ['Feature', 'Column', 'Meaning', 'Unit', 'Transform', 'Clustering', 'Mean', 'Median', 'Min', 'Max'],
        rows: r.features.map((f) => [readableLabel(f.name, f.label), f.name, f.description, f.unit, f.transform, f.clustering ? 'yes' : 'profile only', fmtNum(f.mean), fmtNum(f.median), fmtNum(f.min), fmtNum(f.max)]),
        numeric: [false, false, false, false, false, false, true, true, true, true],
      },
    ],
  };
}

export function reproducibilitySection(r: SegmentationResult, command?: string): Section {
  const items = [
    `Segbot ${r.tool.version}, result schema ${r.schemaVersion}, content hash ${r.contentHash.slice(0, 16)}…`,
    `Input fingerprint (sha256): ${r.input.fingerprint.slice(0, 16)}…`,
    `Options: ${JSON.stringify(r.options)}`,
  ];
  if (command) items.unshift(`Command: ${command}`);
  return { id: 'reproduce', title: 'Reproduce', intro: 'Same input and seed give the same segments, byte for byte.', blocks: [{ kind: 'list', items }] };
}
