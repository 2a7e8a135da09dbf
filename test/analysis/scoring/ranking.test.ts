import { describe, expect, it } from 'vitest';
import { rankCandidates, winnerReason, type ScoredCandidate } from '../../../src/analysis/scoring/ranking.js';

const rules = { minSegmentSize: 20, minSegments: 2, stabilityFloor: 0.6, maxNoiseShare: 0.3 };

function candidate(id: string, k: number, s: Partial<ScoredCandidate['scores']>, smallest = 50): ScoredCandidate {
  return {
    id, algorithm: id.startsWith('dbscan') ? 'dbscan' : 'kmeans', k, params: {},
    scores: { silhouette: 0.4, daviesBouldin: 1, calinskiHarabasz: 1000, inertia: 10, stability: 0.9, smallestSegmentShare: 0.1, noiseShare: 0, ...s },
    eligible: false, rejectedBecause: [], rank: null, smallestSegmentSize: smallest, composite: null, indexRanks: null,
  };
}

describe('candidate ranking', () => {
  it('ranks by the mean of normalised ranks of silhouette, DB, CH and stability', () => {
    const cs = [
      candidate('kmeans-k2', 2, { silhouette: 0.3, daviesBouldin: 1.2, calinskiHarabasz: 900, stability: 0.8 }),
      candidate('kmeans-k3', 3, { silhouette: 0.5, daviesBouldin: 0.8, calinskiHarabasz: 1200, stability: 0.95 }),
      candidate('kmeans-k4', 4, { silhouette: 0.4, daviesBouldin: 1.0, calinskiHarabasz: 1000, stability: 0.9 }),
    ];
    expect(cs[rankCandidates(cs, rules)].id).toBe('kmeans-k3');
    expect(cs.map((c) => c.rank)).toEqual([3, 1, 2]);
    expect(cs[1].composite).toBe(0);
    expect(cs[0].composite).toBe(1);
  });

  it('breaks a near-tie in favour of fewer segments', () => {
    // Equal scores give equal averages (a tie within any tolerance)...
    const cs = [
      candidate('kmeans-k5', 5, { silhouette: 0.41, daviesBouldin: 0.9, calinskiHarabasz: 1100, stability: 0.9 }),
      candidate('kmeans-k3', 3, { silhouette: 0.41, daviesBouldin: 0.9, calinskiHarabasz: 1100, stability: 0.9 }),
    ];
    // ...identical scores tie exactly, and the tie goes to k=3.
    expect(cs[rankCandidates(cs, rules)].id).toBe('kmeans-k3');
    expect(winnerReason(cs[1], cs)).toMatch(/^kmeans k=3 won: silhouette 0\.41 \(tied 1st of 2\)/);
  });

  it('keeps two-segment splits from winning by default, but scores them', () => {
    const cs = [
      candidate('kmeans-k2', 2, { silhouette: 0.6, daviesBouldin: 0.7, calinskiHarabasz: 2000, stability: 0.99 }),
      candidate('kmeans-k3', 3, { silhouette: 0.4, daviesBouldin: 1.0, calinskiHarabasz: 1000, stability: 0.9 }),
    ];
    expect(cs[rankCandidates(cs, { ...rules, minSegments: 3 })].id).toBe('kmeans-k3');
    expect(cs[0].eligible).toBe(false);
    expect(cs[0].rejectedBecause.join()).toMatch(/2 segments are too coarse to target; at least 3 are wanted \(--min-segments 2 allows it\)/);
    expect(cs[rankCandidates(cs, rules)].id).toBe('kmeans-k2');
  });

  it('rejects small, unstable, noisy and single-segment candidates with reasons', () => {
    const cs = [
      candidate('kmeans-k2', 2, {}),
      candidate('kmeans-k6', 6, {}, 12),
      candidate('kmeans-k7', 7, { stability: 0.41 }),
      candidate('dbscan-k3', 3, { noiseShare: 0.45 }),
      candidate('dbscan-k1', 1, { silhouette: null, daviesBouldin: null, calinskiHarabasz: null }),
    ];
    rankCandidates(cs, rules);
    expect(cs.map((c) => c.eligible)).toEqual([true, false, false, false, false]);
    expect(cs[1].rejectedBecause).toEqual(['smallest segment has 12 customers, below the minimum of 20']);
    expect(cs[2].rejectedBecause).toEqual(['stability 0.41 is below the floor of 0.6']);
    expect(cs[3].rejectedBecause).toEqual(['45% of customers are noise, above the maximum of 30%']);
    expect(cs[4].rejectedBecause).toEqual(['found 1 segment; at least 2 are needed']);
    expect(cs.filter((c) => c.rank !== null).map((c) => c.id)).toEqual(['kmeans-k2']);
  });

  it('returns -1 when nothing is eligible', () => {
    expect(rankCandidates([candidate('kmeans-k2', 2, {}, 3)], rules)).toBe(-1);
  });
});
