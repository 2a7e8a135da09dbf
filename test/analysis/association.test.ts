import { describe, expect, it } from 'vitest';
import { mineAssociationRules } from '../../src/analysis/association.js';

const baskets = [
  ['tea', 'cake', 'milk'],
  ['tea', 'cake'],
  ['tea', 'cake', 'napkins'],
  ['coffee', 'milk'],
  ['coffee', 'milk', 'sugar'],
  ['coffee', 'sugar'],
  ['tea', 'cake', 'cake'],
  ['napkins'],
];

describe('association rules', () => {
  it('finds "who buys tea also buys cake" with support, confidence and lift', () => {
    const rules = mineAssociationRules(baskets, { minSupport: 0.25, minConfidence: 0.6 });
    const teaCake = rules.find((r) => r.antecedent.join() === 'tea' && r.consequent.join() === 'cake')!;
    expect(teaCake.support).toBeCloseTo(4 / 8, 12);
    expect(teaCake.confidence).toBe(1);
    expect(teaCake.lift).toBeCloseTo(1 / (4 / 8), 12);
    expect(rules.every((r) => r.lift > 1 && r.confidence >= 0.6)).toBe(true);
  });

  it('gives the same rules in the same order for shuffled baskets', () => {
    const a = mineAssociationRules(baskets, { minSupport: 0.2, minConfidence: 0.3 });
    const b = mineAssociationRules([...baskets].reverse().map((x) => [...x].reverse()), { minSupport: 0.2, minConfidence: 0.3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.length).toBeGreaterThan(2);
  });

  it('returns no rules for no baskets', () => {
    expect(mineAssociationRules([])).toEqual([]);
  });

  it('rejects a min support outside (0, 1]', () => {
    expect(() => mineAssociationRules(baskets, { minSupport: 0 })).toThrow(/min support and min confidence must be in \(0, 1\]/);
  });
});
