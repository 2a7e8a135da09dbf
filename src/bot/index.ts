/** The Slack face: a Bolt app on the services built by the composition root. */
export { createSlackApp, type SlackApp, type SlackAppOptions } from './app.js';
export { usergroupMembership } from './committee.js';
export { importLegacyBotState, type BotState } from './state.js';
export { questionServiceFrom, type QuestionService, type AskedQuestion, type GivenAnswer } from './questions.js';
export type { BotDeps, BotLogger } from './deps.js';
export { parseSegmentCommand, type SegmentCommand } from './command.js';
export { sniffTable, UploadError } from './uploads.js';
export { startLocalBot, type LocalBot } from './local.js';
