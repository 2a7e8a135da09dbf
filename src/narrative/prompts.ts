/**
 * Prompts live in files (prompts/system.md, persona.md, campaign.md, repair.md), each with a
 * version header, and are loaded once at start-up: a missing or malformed prompt stops start-up
 * with a message that says which file and what to do, never a failure mid-run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { sha256 } from '../result/index.js';

export const PROMPT_NAMES = ['system', 'persona', 'campaign', 'repair'] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export interface Prompts {
  /** The shared version of the prompt set, or "name@version,..." when files differ. Goes into the Narrative. */
  version: string;
  /** sha256 of all prompt texts: part of the cache key, so that an edit without a version bump is not served stale. */
  hash: string;
  texts: Record<PromptName, string>;
}

const HEADER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
const VERSION = /^\d+\.\d+(\.\d+)?$/;

function parsePromptFile(file: string, name: PromptName, text: string): { version: string; body: string } {
  const m = text.match(HEADER);
  if (!m) throw new ConfigError('PROMPT_MALFORMED', `${file}: no version header. Start the file with "---", a line "version: 1.0.0", and "---".`);
  const fields = Object.fromEntries(
    m[1].split(/\r?\n/).map((line) => line.split(/:\s*/, 2)).filter((kv) => kv.length === 2).map(([k, v]) => [k.trim(), v.trim()]),
  );
  const version = fields.version;
  if (!version || !VERSION.test(version)) {
    throw new ConfigError('PROMPT_MALFORMED', `${file}: the header has no valid "version:" line (got ${JSON.stringify(version ?? null)}). Use a version such as 1.0.0.`);
  }
  const body = m[2].trim();
  if (body.length < 20) throw new ConfigError('PROMPT_MALFORMED', `${file}: the prompt text after the header is empty or too short. Write the prompt below the header.`);
  if (name === 'repair' && !body.includes('{{errors}}')) {
    throw new ConfigError('PROMPT_MALFORMED', `${file}: the repair prompt must contain the placeholder {{errors}}, where the validation errors are inserted.`);
  }
  return { version, body };
}

/** Loads and checks the four prompt files from `dir`. Throws ConfigError naming the file. */
export function loadPrompts(dir: string): Prompts {
  const texts = {} as Record<PromptName, string>;
  const versions = {} as Record<PromptName, string>;
  for (const name of PROMPT_NAMES) {
    const file = path.join(dir, `${name}.md`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError('PROMPT_MISSING', `prompt file ${file} is missing. Restore it from the repository's prompts/ folder or set SEGBOT_PROMPTS_DIR to a folder holding ${PROMPT_NAMES.map((n) => `${n}.md`).join(', ')}.`);
    }
    const parsed = parsePromptFile(file, name, text);
    texts[name] = parsed.body;
    versions[name] = parsed.version;
  }
  const distinct = [...new Set(Object.values(versions))];
  const version = distinct.length === 1 ? distinct[0] : PROMPT_NAMES.map((n) => `${n}@${versions[n]}`).join(',');
  const hash = sha256(PROMPT_NAMES.map((n) => `${n}\n${texts[n]}`).join('\n\n'));
  return { version, hash, texts };
}
