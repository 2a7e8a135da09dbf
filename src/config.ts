/**
 * Configuration parsed once at start-up from the environment. Missing optional settings mean
 * "feature off" (no key: offline narrator; no Slack tokens: no Slack), never a crash later.
 * A malformed value stops start-up with a message naming the variable.
 */
import { z } from 'zod';
import path from 'node:path';
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
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
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
  slack: { botToken: string; signingSecret?: string; appToken?: string } | null;
}

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
    promptsDir: path.resolve(root, e.SEGBOT_PROMPTS_DIR ?? 'prompts'),
    committee: { userIds: e.SEGBOT_COMMITTEE, usergroup: e.SEGBOT_COMMITTEE_USERGROUP, fourEyes: e.SEGBOT_FOUR_EYES },
    minSegmentSize: e.SEGBOT_MIN_SEGMENT_SIZE,
    duckdbMemory: e.SEGBOT_DUCKDB_MEMORY,
    slack: e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN } : null,
  };
}
