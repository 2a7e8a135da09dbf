/**
 * Named RFM segments: the rule table marketers know, on the recency score R and the frequency
 * score F (recent = high R). Every (R, F) cell maps to exactly one name, so every code 111..444
 * (or 111..555) does; M is part of the code and of the profiles but does not move a customer
 * between names, so the R×F grid chart reads the names directly.
 */

export interface RfmSegmentRule {
  name: string;
  /** The rule in words, with the score ranges. */
  rule: string;
  /** The marketers' standard action for the segment. */
  action: string;
}

const ACTIONS: Record<string, string> = {
  Champions: 'Reward them: early access, loyalty perks, ask for reviews and referrals; no discounts needed.',
  Loyal: 'Upsell higher-value products, invite to a loyalty programme, ask for reviews.',
  'Potential Loyalists': 'Offer membership or a loyalty programme, recommend related products.',
  'New Customers': 'Onboard well: welcome series, first-order follow-up, build the relationship early.',
  Promising: 'Build brand awareness, offer free trials or a small incentive for a second order.',
  'Needs Attention': 'Limited-time offers and recommendations based on past purchases to reactivate.',
  'About to Sleep': 'Share valuable resources, recommend popular products, a renewal discount.',
  'At Risk': 'Personalised win-back emails, renewals, helpful resources before they leave.',
  "Can't Lose Them": 'Win them back with new products or renewals, talk to them, do not lose them to a competitor.',
  Hibernating: 'Offer other relevant products and special discounts; recreate brand value.',
  Lost: 'Revive interest with an outreach campaign, otherwise ignore; do not overspend.',
};

/** Table order = display order, from most to least valuable relationship. */
export const RFM_SEGMENT_NAMES = Object.keys(ACTIONS);

// Grids: row = R score from high to low, column = F score from 1 up. Abbreviations keep them readable.
const ABBREV: Record<string, string> = {
  CH: 'Champions', LO: 'Loyal', PL: 'Potential Loyalists', NC: 'New Customers', PR: 'Promising', NA: 'Needs Attention',
  AS: 'About to Sleep', AR: 'At Risk', CL: "Can't Lose Them", HI: 'Hibernating', LS: 'Lost',
};
const GRID: Record<4 | 5, string[][]> = {
  4: [
    ['NC', 'PL', 'LO', 'CH'], // R 4
    ['PR', 'PL', 'LO', 'LO'], // R 3
    ['AS', 'NA', 'AR', 'CL'], // R 2
    ['LS', 'HI', 'AR', 'CL'], // R 1
  ],
  5: [
    ['NC', 'PL', 'PL', 'CH', 'CH'], // R 5
    ['PR', 'PL', 'PL', 'LO', 'LO'], // R 4
    ['AS', 'AS', 'NA', 'LO', 'LO'], // R 3
    ['HI', 'HI', 'AR', 'AR', 'CL'], // R 2
    ['LS', 'LS', 'AR', 'AR', 'CL'], // R 1
  ],
};

/** The segment name for scores r and f (1..bins). */
export function rfmSegmentName(r: number, f: number, bins: 4 | 5): string {
  const row = GRID[bins][bins - r];
  const cell = row?.[f - 1];
  if (cell === undefined) throw new RangeError(`RFM scores must be in 1..${bins}, got R=${r} F=${f}`);
  return ABBREV[cell];
}

function ranges(values: number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const v of [...sorted.slice(1), NaN]) {
    if (v === prev + 1) {
      prev = v;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}-${prev}`);
    start = v;
    prev = v;
  }
  return parts.join(',');
}

/** The rule table for a bin count: every name with its cells written out in words. */
export function rfmSegmentRules(bins: 4 | 5): RfmSegmentRule[] {
  return RFM_SEGMENT_NAMES.map((name) => {
    const byR = new Map<string, number[]>(); // F ranges -> R values having exactly those F cells
    for (let r = bins; r >= 1; r--) {
      const fs: number[] = [];
      for (let f = 1; f <= bins; f++) if (rfmSegmentName(r, f, bins) === name) fs.push(f);
      if (fs.length === 0) continue;
      const key = ranges(fs);
      byR.set(key, [...(byR.get(key) ?? []), r]);
    }
    const rule = [...byR].map(([fRange, rs]) => `R ${ranges(rs)} and F ${fRange}`).join('; or ');
    return { name, rule, action: ACTIONS[name] };
  });
}
