/**
 * Prompt files (prompts/*.md), each with a version header, loaded once at start-up: a missing or
 * malformed prompt stops start-up with a message that says which file and what to do, never a
 * failure mid-request. The narrator's and the question answerer's prompt sets both load here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { sha256 } from '../result/index.js';

export interface PromptSet<N extends string> {
  /** The shared version of the set, or "name@version,..." when files differ. */
  version: string;
  /** sha256 of all prompt texts: part of cache keys, so that an edit without a version bump is not served stale. */
  hash: string;
  texts: Record<N, string>;
}

export interface PromptSetOptions<N extends string> {
  /** Placeholders a prompt must contain, with what is inserted there (for the error message). */
  placeholders?: Partial<Record<N, Array<{ token: string; what: string }>>>;
}

const HEADER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
const VERSION = /^\d+\.\d+(\.\d+)?$/;

function parsePromptFile(file: string, text: string): { version: string; body: string } {
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
  return { version, body };
}

/** Loads and checks `<dir>/<name>.md` for each name. Throws ConfigError naming the file. */
export function loadPromptSet<N extends string>(dir: string, names: readonly N[], options: PromptSetOptions<N> = {}): PromptSet<N> {
  const texts = {} as Record<N, string>;
  const versions = {} as Record<N, string>;
  for (const name of names) {
    const file = path.join(dir, `${name}.md`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError('PROMPT_MISSING', `prompt file ${file} is missing. Restore it from the repository's prompts/ folder or set SEGBOT_PROMPTS_DIR to a folder holding ${names.map((n) => `${n}.md`).join(', ')}.`);
    }
    const parsed = parsePromptFile(file, text);
    for (const { token, what } of options.placeholders?.[name] ?? []) {
      if (!parsed.body.includes(token)) throw new ConfigError('PROMPT_MALFORMED', `${file}: the ${name} prompt must contain the placeholder ${token}, where ${what} inserted.`);
    }
    texts[name] = parsed.body;
    versions[name] = parsed.version;
  }
  const distinct = [...new Set(Object.values<string>(versions))];
  const version = distinct.length === 1 ? distinct[0] : names.map((n) => `${n}@${versions[n]}`).join(',');
  const hash = sha256(names.map((n) => `${n}\n${texts[n]}`).join('\n\n'));
  return { version, hash, texts };
}
