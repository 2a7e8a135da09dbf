/**
 * Association rules on invoice baskets ("customers in this segment who buy X also buy Y"):
 * frequent itemsets by FP-growth (node-fpgrowth), then rules with a single-item consequent.
 * Output order is fixed (lift, confidence, support, then text), so the same baskets give the same rules.
 */
import { FPGrowth, type Itemset } from 'node-fpgrowth';
import { AnalysisError } from '../errors.js';
import type { AssociationRule } from '../result/index.js';
import { withDefaults } from './options.js';

export interface AssociationOptions {
  /** Share of baskets an itemset must appear in. */
  minSupport?: number;
  /** P(consequent | antecedent) at least this. */
  minConfidence?: number;
  /** Keep only rules that beat chance by this factor. */
  minLift?: number;
  maxRules?: number;
  /** Largest itemset turned into rules (antecedent + consequent). */
  maxItems?: number;
}

const DEFAULTS = { minSupport: 0.02, minConfidence: 0.3, minLift: 1.0001, maxRules: 10, maxItems: 3 } satisfies AssociationOptions;

const SEP = '\u0000';

function frequentItemsets(baskets: string[][], minSupport: number): Itemset<string>[] {
  let mined: Itemset<string>[] | null = null;
  // exec() runs the whole mining inside its Promise executor, which JavaScript runs synchronously,
  // and hands the result to the callback before returning: this keeps the function synchronous.
  void new FPGrowth<string>(minSupport).exec(baskets, (result) => {
    mined = result;
  });
  if (mined === null) throw new Error('node-fpgrowth did not return synchronously; wrap mineAssociationRules in a Promise');
  return mined;
}

export function mineAssociationRules(baskets: string[][], options: AssociationOptions = {}): AssociationRule[] {
  const o = withDefaults(DEFAULTS, options);
  if (!(o.minSupport > 0 && o.minSupport <= 1) || !(o.minConfidence > 0 && o.minConfidence <= 1)) {
    throw new AnalysisError('BAD_OPTION', `association rules: min support and min confidence must be in (0, 1], got ${o.minSupport} and ${o.minConfidence}.`);
  }
  // One entry per product per basket; sorted so the tree is built the same way every run.
  const sets = baskets.map((b) => [...new Set(b)].sort()).filter((b) => b.length > 0);
  const n = sets.length;
  if (n === 0) return [];
  const support = new Map<string, number>();
  for (const itemset of frequentItemsets(sets, o.minSupport)) {
    support.set([...itemset.items].sort().join(SEP), itemset.support);
  }
  const rules: AssociationRule[] = [];
  for (const [key, count] of support) {
    const items = key.split(SEP);
    if (items.length < 2 || items.length > o.maxItems) continue;
    for (const consequent of items) {
      const antecedent = items.filter((i) => i !== consequent);
      const antecedentCount = support.get(antecedent.join(SEP));
      const consequentCount = support.get(consequent);
      if (!antecedentCount || !consequentCount) continue;
      const confidence = count / antecedentCount;
      const lift = confidence / (consequentCount / n);
      if (confidence >= o.minConfidence && lift >= o.minLift) {
        rules.push({ antecedent, consequent: [consequent], support: count / n, confidence, lift });
      }
    }
  }
  const text = (r: AssociationRule) => `${r.antecedent.join(SEP)}>${r.consequent[0]}`;
  return rules
    .sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || b.support - a.support || (text(a) < text(b) ? -1 : 1))
    .slice(0, o.maxRules);
}
