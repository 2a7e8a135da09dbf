/**
 * Readable labels for the user's own column names (MntWines, NumStorePurchases, AcceptedCmp3,
 * Marital_Status), used where the engine had no better label than the name itself.
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

export function readableLabel(name: string, label: string): string {
  if (label !== name) return label;
  let text = name;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(text)) {
      text = text.replace(pattern, replacement);
      break;
    }
  }
  text = text
    .replace(/Prods\b/, ' products')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
