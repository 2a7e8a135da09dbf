/**
 * Configuration parsed once at start-up from the environment. Missing optional settings mean
 * "feature off" (no key: offline narrator; no Slack tokens: no Slack), never a crash later.
 * A malformed value stops start-up with a message naming the variable.
 */
import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const EnvSchema = z.object({
  SEGBOT_DATA_DIR: z.string().default('.segbot'),
  DATABASE_URL: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  SEGBOT_LLM_MODEL: z.string().default('gpt-4o-mini'),
  SEGBOT_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  SEGBOT_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  SEGBOT_PROMPTS_DIR: z.string().optional(),
  SEGBOT_COMMITTEE: csv, // Slack user ids allowed to approve
  SEGBOT_COMMITTEE_USERGROUP: z.string().optional(),
  SEGBOT_FOUR_EYES: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEGBOT_MIN_SEGMENT_SIZE: z.coerce.number().int().min(1).default(20), // k-anonymity threshold
  // DuckDB's memory cap while reading a file, e.g. 2GB; past it DuckDB spills to a temp directory.
  SEGBOT_DUCKDB_MEMORY: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'must be a size such as 1536MB or 2GB')
    .optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, 'must be the app\'s signing secret (Basic Information → App Credentials)').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp- (needed only for Socket Mode)').optional(),
  // Web API base URL: tests and the playground point it at the loopback stand-in.
  SLACK_API_URL: z.string().url().regex(/\/$/, 'must end with a slash, e.g. http://127.0.0.1:3001/api/').optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SEGBOT_DATASETS: z.string().optional(),
  SEGBOT_REVIEW_CHANNEL: z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'must be a channel id such as C0123ABCD (not a #name)').optional(),
  SEGBOT_CHANNELS: csv,
  SEGBOT_MAX_CONCURRENT_RUNS: z.coerce.number().int().min(1).max(16).default(1),
  SEGBOT_MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(200),
  SEGBOT_ARTIFACTS_DIR: z.string().optional(),
});

export interface Config {
  dataDir: string;
  databaseUrl?: string;
  llm: { apiKey?: string; baseURL?: string; model: string; timeoutMs: number; maxRetries: number } | null;
  promptsDir: string;
  committee: { userIds: string[]; usergroup?: string; fourEyes: boolean };
  minSegmentSize: number;
  /** DuckDB's memory cap while reading a file (undefined: the loader's default). */
  duckdbMemory?: string;
  slack: SlackConfig | null;
  /** SEGBOT_DATASETS: the file naming the datasets that `/segment run <name>` may analyze. */
  datasetsFile?: string;
  /** Where each run's result, assignments, charts and report are kept (SEGBOT_ARTIFACTS_DIR, default <dataDir>/artifacts). */
  artifactsDir: string;
  /** Runs analysed at the same time; the others wait in line. */
  maxConcurrentRuns: number;
  /** Largest file accepted from a Slack upload, in bytes. */
  maxUploadBytes: number;
}

export interface SlackConfig {
  botToken: string;
  /** Required in HTTP mode: every request's signature is checked with it. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  apiUrl?: string;
  port: number;
  /** Where flagged campaigns wait for the committee. */
  reviewChannel?: string;
  /** Channels the bot may speak in (DMs always); empty = every channel it was invited to. */
  channels: string[];
}

const BUNDLED_PROMPTS = fileURLToPath(new URL('../prompts', import.meta.url));

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError('BAD_ENV', `environment variable ${String(issue.path[0])} is invalid: ${issue.message}. Fix or unset it.`);
  }
  const e = parsed.data;
  // An LLM is configured by a key, or by a base URL alone (local OpenAI-compatible servers need no key).
  const llm = e.OPENAI_API_KEY || e.OPENAI_BASE_URL
    ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.SEGBOT_LLM_MODEL, timeoutMs: e.SEGBOT_LLM_TIMEOUT_MS, maxRetries: e.SEGBOT_LLM_MAX_RETRIES }
    : null;
  return {
    dataDir: path.resolve(root, e.SEGBOT_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    llm,
    // The prompts ship with the code: found next to it, whatever the current directory.
    promptsDir: e.SEGBOT_PROMPTS_DIR ? path.resolve(root, e.SEGBOT_PROMPTS_DIR) : BUNDLED_PROMPTS,
    committee: { userIds: e.SEGBOT_COMMITTEE, usergroup: e.SEGBOT_COMMITTEE_USERGROUP, fourEyes: e.SEGBOT_FOUR_EYES },
    minSegmentSize: e.SEGBOT_MIN_SEGMENT_SIZE,
    duckdbMemory: e.SEGBOT_DUCKDB_MEMORY,
    slack: e.SLACK_BOT_TOKEN ? slackConfig(e) : null,
    datasetsFile: e.SEGBOT_DATASETS ? path.resolve(root, e.SEGBOT_DATASETS) : undefined,
    artifactsDir: path.resolve(root, e.SEGBOT_ARTIFACTS_DIR ?? path.join(e.SEGBOT_DATA_DIR, 'artifacts')),
    maxConcurrentRuns: e.SEGBOT_MAX_CONCURRENT_RUNS,
    maxUploadBytes: Math.round(e.SEGBOT_MAX_UPLOAD_MB * 1024 * 1024),
  };
}

function slackConfig(e: z.infer<typeof EnvSchema>): SlackConfig {
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError('BAD_ENV', 'SLACK_SIGNING_SECRET is missing: HTTP mode verifies every request with it. Set it (Basic Information → App Credentials), or set SLACK_APP_TOKEN for Socket Mode.');
  }
  return {
    botToken: e.SLACK_BOT_TOKEN as string,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
    port: e.PORT,
    reviewChannel: e.SEGBOT_REVIEW_CHANNEL,
    channels: e.SEGBOT_CHANNELS,
  };
}
