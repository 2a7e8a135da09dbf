/**
 * A column name as words a marketer reads (MntWines → "Spend on wines", NumWebVisitsMonth → "Web
 * visits per month", avg_order_value → "Average order value"): shared by data/ (feature labels) and
 * the narrative, chart and report faces (names the engine had no better label for).
 */

const RULES: Array<[RegExp, string]> = [
  [/^Mnt(.+?)(Prods)?$/, 'Spend on $1$2'],
  [/^Num(.+)Purchases$/, '$1 purchases'],
  [/^Num(.+)Month$/, '$1 per month'],
  [/^Num(.+)$/, 'Number of $1'],
  [/^AcceptedCmp(\d+)$/, 'Accepted campaign $1'],
  [/^Kidhome$/i, 'Small children at home'],
  [/^Teenhome$/i, 'Teenagers at home'],
];

/** Common short words of column names, spelled out (whole words only). */
const WORDS: Record<string, string> = {
  avg: 'average',
  amt: 'amount',
  qty: 'quantity',
  cnt: 'count',
  num: 'number of',
  pct: 'share of',
  perc: 'share of',
  tot: 'total',
  dt: 'date',
  yr: 'year',
  yrs: 'years',
  mo: 'month',
  mos: 'months',
  cust: 'customer',
  prods: 'products',
  prod: 'product',
  txn: 'transaction',
  txns: 'transactions',
  rev: 'revenue',
  freq: 'frequency',
  ltv: 'lifetime value',
  aov: 'average order value',
};

/** A column name as words a marketer reads: rules for well-known exports, CamelCase and snake_case split, short words spelled out. */
export function readableColumnName(name: string): string {
  let text = name;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(text)) {
      text = text.replace(pattern, replacement);
      break;
    }
  }
  const words = text
    .replace(/Prods\b/, ' products')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_=.]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => WORDS[w.toLowerCase()] ?? w.toLowerCase());
  const out = words.join(' ');
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : name;
}

