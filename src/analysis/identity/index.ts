/** Stable segment identity across runs: the model a snapshot keeps, and the matching of new segments to old ones. */
export { fitSegmentModel, assignWithModel, type SegmentModel, type RfmColumns } from './model.js';
export { matchSegments, firstIdentity, IDENTITY_DEFAULTS, type IdentityEvent, type IdentityResult, type PreviousSegments, type CurrentSegments } from './match.js';
export { minCostAssignment } from './hungarian.js';
export { engineModelOf, canPlace, toModelSpace, nearestCentroids, type EngineSegmentModel, type ClusteringSpace } from './engine-model.js';
