/** Block Kit views: pure functions from data to blocks, with no Slack client inside. */
export * from './blocks.js';
export * from './help.js';
export * from './datasets.js';
export * from './progress.js';
export * from './run-summary.js';
export * from './review.js';
export * from './modals.js';
export * from './answer.js';
export * from './home.js';
export * from './approvals.js';
