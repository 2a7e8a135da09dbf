/**
 * A Slack workspace on loopback: the Web API a Bolt app calls, the signed requests Slack sends it,
 * and the playground page. Used by the bot's tests and by `npm run playground`. Holds no real
 * token and never reaches the internet.
 */
export { startSlackStandin, type Standin } from './standin.js';
export { slackSignature, signedHeaders } from './signing.js';
export { standinEnvironment } from './environment.js';
export { startPlayground, type Playground, type PlaygroundBot, type PlaygroundOptions } from './playground.js';
export { DEFAULT_CHANNELS, DEFAULT_USERS, STANDIN_BOT, STANDIN_TEAM, STANDIN_USERGROUPS, dmChannelId } from './workspace.js';
export type { RawRequest } from './bot-link.js';
export type { BlockActionInput, EventOptions, MessageInput, SlashCommandInput, UserFileInput, ViewSubmissionInput } from './interactions.js';
export type {
  BotReply, RecordedCall, StandinChannel, StandinFailure, StandinFile, StandinFileInfo, StandinLogger, StandinMessage, StandinOptions, StandinUser, StandinView, SubmissionValues,
} from './types.js';
export { submitExampleCampaign } from './example.js';
