/** The analysis engine's public face: pure, seeded, no I/O. */
export { runSegmentation, type EngineOptions, type EngineOutput } from './engine.js';
export { createMatrix, type CategoricalColumn, type ClusteringFit, type CustomerFeatures, type Labels, type Matrix, type NumericColumn } from './types.js';
export { adjustedRandIndex, calinskiHarabasz, daviesBouldin, inertia } from './scoring/metrics.js';
export { silhouetteScore, silhouetteScores } from './scoring/silhouette.js';
export { quantileBins, scoreRfm, summarizeRfm, type RfmScores } from './features/rfm.js';
export { RFM_SEGMENT_NAMES, rfmSegmentName, rfmSegmentRules } from './features/rfm-segments.js';
export { prepareFeatures, type PreparedFeatures } from './features/preprocess.js';
export { selectModel, type SelectionOptions } from './scoring/selection.js';
export { RANKING_RULE } from './scoring/ranking.js';
export { mineAssociationRules, type AssociationOptions } from './association.js';
export { createRng, deriveSeed, sampleIndices } from './compute/random.js';
export {
  DEFAULT_ALPHA,
  DEFAULT_POWER,
  holdoutSizeNeeded,
  minimumDetectableLift,
  normalQuantile,
  plannedPower,
  splitSizes,
  testPlan,
  testWeeks,
  windowSalesMoments,
  MAX_TEST_WEEKS,
  zSum,
  type PowerOptions,
  type PurchaseProfile,
  type SalesMoments,
} from './stats/power.js';
