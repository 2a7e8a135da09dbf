/**
 * Configuration parsed once at start-up from the environment. Missing optional settings mean
 * "feature off" (no key: offline narrator; no Slack tokens: no Slack), never a crash later.
 * A malformed value stops start-up with a message naming the variable.
 */
import { z } from 'zod';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const EnvSchema = z.object({
  SEGBOT_DATA_DIR: z.string().optional(),
  XDG_DATA_HOME: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  // The Postgres role that owns the tables and runs migrations; DATABASE_URL's role then cannot alter the audit log.
  SEGBOT_DATABASE_OWNER_URL: z.string().regex(/^postgres(?:ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  SEGBOT_LLM_MODEL: z.string().default('gpt-4o-mini'),
  SEGBOT_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  SEGBOT_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  SEGBOT_PROMPTS_DIR: z.string().optional(),
  // Seeds of the approval policy, read only while the store has none (later: `segbot approvals policy`).
  SEGBOT_COMMITTEE: csv, // Slack user ids allowed to approve
  SEGBOT_COMMITTEE_USERGROUP: z.string().optional(),
  SEGBOT_FOUR_EYES: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEGBOT_IDENTITIES: csv.pipe(
    z.array(z.string().regex(/^[\w.@-]+:[UW][A-Z0-9_]{2,}$/, 'must be local:SlackId pairs, e.g. alice:U0123ABCD,bob:U0456EFGH')),
  ),
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
  SEGBOT_MAX_UPLOAD_INFLATED_MB: z.coerce.number().positive().max(65536).default(4096),
  SEGBOT_ARTIFACTS_DIR: z.string().optional(),
  // The weekly digest: when (cron, with seconds optional) and in which time zone, where, of which dataset; and snapshots kept per dataset.
  SEGBOT_DIGEST_CRON: z.string().optional(),
  SEGBOT_DIGEST_TZ: z.string().default('UTC'),
  SEGBOT_DIGEST_CHANNEL: z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'must be a channel id such as C0123ABCD (not a #name)').optional(),
  SEGBOT_DIGEST_DATASET: z.string().default('demo'),
  SEGBOT_SNAPSHOT_RETENTION: z.coerce.number().int().min(0).default(52),
});

export interface Config {
  /** SEGBOT_DATA_DIR, else $XDG_DATA_HOME/segbot, else ~/.local/share/segbot: one store per user, whatever the current directory. */
  dataDir: string;
  databaseUrl?: string;
  /** SEGBOT_DATABASE_OWNER_URL: the Postgres role that owns the tables (migrations, grants). */
  databaseOwnerUrl?: string;
  llm: { apiKey?: string; baseURL?: string; model: string; timeoutMs: number; maxRetries: number } | null;
  promptsDir: string;
  /** Seeds the approval policy in the store once, when it has none; the stored policy rules after that. */
  committee: { userIds: string[]; usergroup?: string; fourEyes: boolean };
  /** SEGBOT_IDENTITIES: local user → Slack id, seeded into the policy's user map once. */
  identities: Record<string, string>;
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
  /** The most a gzip'd upload may decompress to (a gzip bomb is refused before any analysis). */
  maxUploadInflatedBytes: number;
  /** The weekly digest's schedule (null: no scheduled digest; `segbot digest` and `/segment digest` still work). */
  digest: { cron: string | null; timezone: string; channel?: string; dataset: string };
  /** Snapshots kept per dataset; 0 keeps all. */
  snapshotRetention: number;
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
  const dataDir = e.SEGBOT_DATA_DIR ? path.resolve(root, e.SEGBOT_DATA_DIR) : defaultDataDir(e.XDG_DATA_HOME);
  return {
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.SEGBOT_DATABASE_OWNER_URL,
    llm,
    // The prompts ship with the code: found next to it, whatever the current directory.
    promptsDir: e.SEGBOT_PROMPTS_DIR ? path.resolve(root, e.SEGBOT_PROMPTS_DIR) : BUNDLED_PROMPTS,
    committee: { userIds: e.SEGBOT_COMMITTEE, usergroup: e.SEGBOT_COMMITTEE_USERGROUP, fourEyes: e.SEGBOT_FOUR_EYES },
    identities: Object.fromEntries(e.SEGBOT_IDENTITIES.map((pair) => pair.split(':') as [string, string])),
    minSegmentSize: e.SEGBOT_MIN_SEGMENT_SIZE,
    duckdbMemory: e.SEGBOT_DUCKDB_MEMORY,
    slack: e.SLACK_BOT_TOKEN ? slackConfig(e) : null,
    datasetsFile: e.SEGBOT_DATASETS ? path.resolve(root, e.SEGBOT_DATASETS) : undefined,
    artifactsDir: e.SEGBOT_ARTIFACTS_DIR ? path.resolve(root, e.SEGBOT_ARTIFACTS_DIR) : path.join(dataDir, 'artifacts'),
    maxConcurrentRuns: e.SEGBOT_MAX_CONCURRENT_RUNS,
    maxUploadBytes: Math.round(e.SEGBOT_MAX_UPLOAD_MB * 1024 * 1024),
    maxUploadInflatedBytes: Math.round(e.SEGBOT_MAX_UPLOAD_INFLATED_MB * 1024 * 1024),
    digest: digestConfig(e),
    snapshotRetention: e.SEGBOT_SNAPSHOT_RETENTION,
  };
}

/** The cron expression and time zone are checked here, so a typo stops start-up instead of silently never posting. */
function digestConfig(e: z.infer<typeof EnvSchema>): Config['digest'] {
  const cron = e.SEGBOT_DIGEST_CRON?.trim() || null;
  if (cron && !/^(\S+\s+){4,5}\S+$/.test(cron)) throw new ConfigError('BAD_ENV', `environment variable SEGBOT_DIGEST_CRON is invalid: "${cron}" is not a cron expression of 5 or 6 fields, e.g. "0 9 * * MON" (Mondays 09:00). Fix or unset it.`);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: e.SEGBOT_DIGEST_TZ });
  } catch {
    throw new ConfigError('BAD_ENV', `environment variable SEGBOT_DIGEST_TZ is invalid: "${e.SEGBOT_DIGEST_TZ}" is not an IANA time zone such as Europe/Berlin. Fix or unset it.`);
  }
  if (cron && !e.SEGBOT_DIGEST_CHANNEL) throw new ConfigError('BAD_ENV', 'SEGBOT_DIGEST_CRON is set but SEGBOT_DIGEST_CHANNEL is not: set the channel id the digest goes to (the bot invited there), or unset the schedule.');
  return { cron, timezone: e.SEGBOT_DIGEST_TZ, channel: e.SEGBOT_DIGEST_CHANNEL, dataset: e.SEGBOT_DIGEST_DATASET.trim().toLowerCase() };
}

/** $XDG_DATA_HOME/segbot, or ~/.local/share/segbot (an absolute XDG_DATA_HOME only, as the spec says). */
function defaultDataDir(xdgDataHome: string | undefined): string {
  const base = xdgDataHome && path.isAbsolute(xdgDataHome) ? xdgDataHome : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'segbot');
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
