/**
 * The planted segments of generated transaction logs: each archetype has its own recency,
 * frequency and basket-size generating process, far enough apart in RFM space that a
 * correct engine recovers them, with heavy tails so that it is not trivial.
 */

export interface Archetype {
  name: string;
  /** Relative share of customers (normalised over the archetypes in use). */
  weight: number;
  /** Invoices per customer: lognormal median and sigma, floored at min. */
  invoicesMedian: number;
  invoicesSigma: number;
  invoicesMin: number;
  /** Days between the last purchase and the end of the log: uniform in [lo, hi]. */
  recencyDays: readonly [number, number];
  /** Days between the first purchase and the end of the log; relative = measured from the last purchase instead. */
  firstPurchaseDays: readonly [number, number];
  firstPurchaseRelative: boolean;
  /** Multiplies the quantity of every order line. */
  quantityFactor: number;
  /** Multiplies the number of lines per invoice. */
  basketFactor: number;
}

/**
 * In the order they are planted: `--planted-segments 2` uses the first two (the easiest pair to
 * tell apart), 5 (the default) the classic marketing five, 6 adds wholesale buyers.
 */
export const ARCHETYPES: readonly Archetype[] = [
  { name: 'champions', weight: 0.12, invoicesMedian: 14, invoicesSigma: 0.45, invoicesMin: 6, recencyDays: [0, 21], firstPurchaseDays: [240, 372], firstPurchaseRelative: false, quantityFactor: 2.5, basketFactor: 1.3 },
  { name: 'lapsed', weight: 0.27, invoicesMedian: 1, invoicesSigma: 0.3, invoicesMin: 1, recencyDays: [230, 360], firstPurchaseDays: [0, 12], firstPurchaseRelative: true, quantityFactor: 0.7, basketFactor: 0.8 },
  { name: 'new', weight: 0.16, invoicesMedian: 1, invoicesSigma: 0.4, invoicesMin: 1, recencyDays: [0, 30], firstPurchaseDays: [0, 25], firstPurchaseRelative: true, quantityFactor: 1, basketFactor: 1 },
  { name: 'at-risk', weight: 0.18, invoicesMedian: 5, invoicesSigma: 0.35, invoicesMin: 2, recencyDays: [95, 210], firstPurchaseDays: [260, 372], firstPurchaseRelative: false, quantityFactor: 1.4, basketFactor: 1 },
  { name: 'loyal', weight: 0.22, invoicesMedian: 6, invoicesSigma: 0.35, invoicesMin: 3, recencyDays: [3, 60], firstPurchaseDays: [150, 372], firstPurchaseRelative: false, quantityFactor: 1.2, basketFactor: 1 },
  { name: 'wholesale', weight: 0.05, invoicesMedian: 3, invoicesSigma: 0.3, invoicesMin: 1, recencyDays: [10, 120], firstPurchaseDays: [100, 372], firstPurchaseRelative: false, quantityFactor: 12, basketFactor: 1.5 },
];

export const MIN_PLANTED = 1;
export const MAX_PLANTED = ARCHETYPES.length;
export const DEFAULT_PLANTED = 5;

/** The log ends here (like Online Retail); the first possible purchase is 372 days earlier. */
export const LOG_END_DATE = '2011-12-09';

export const COUNTRIES: readonly string[] = [
  'Germany', 'France', 'EIRE', 'Spain', 'Netherlands', 'Belgium', 'Switzerland', 'Portugal', 'Australia', 'Norway',
];
/** Share of customers in the home market; the rest spread over COUNTRIES. */
export const HOME_COUNTRY = 'United Kingdom';
export const HOME_SHARE = 0.88;

/** Catalogue size: prime, so that stepping by PRODUCT_STEP visits distinct products within an invoice. */
export const PRODUCTS = 3989;
export const PRODUCT_STEP = 7;

export const PRODUCT_ADJECTIVES: readonly string[] = [
  'HANGING', 'VINTAGE', 'SMALL', 'LARGE', 'JUMBO', 'RETRO', 'PAPER', 'GLASS', 'WOODEN', 'METAL',
  'FELT', 'CERAMIC', 'SET OF 3', 'PACK OF 12', 'MINI', 'REGENCY', 'FOLDING', 'SCENTED', 'PAINTED', 'CHRISTMAS',
];
export const PRODUCT_COLOURS: readonly string[] = [
  'WHITE', 'RED', 'PINK', 'BLUE', 'GREEN', 'IVORY', 'BLACK', 'SILVER', 'GOLD', 'CREAM', 'PASTEL', 'SPOTTY',
];
export const PRODUCT_NOUNS: readonly string[] = [
  'HEART T-LIGHT HOLDER', 'LANTERN', 'CAKE CASES', 'LUNCH BAG', 'DOORMAT', 'TEACUP AND SAUCER', 'BUNTING', 'ALARM CLOCK',
  'HOT WATER BOTTLE', 'PICNIC BASKET', 'WATER BOTTLE', 'JAM JAR', 'NOTEBOOK', 'CANDLE', 'PHOTO FRAME', 'STORAGE TIN', 'GIFT WRAP',
];
