import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createNarrator, loadPrompts, PROMPT_NAMES } from '../../src/narrative/index.js';

const REPO_PROMPTS = path.resolve('prompts');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-prompts-'));
  cpSync(REPO_PROMPTS, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectConfigError(fn: () => unknown, code: string, message: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).code).toBe(code);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected a ConfigError');
}

describe('loadPrompts', () => {
  it("loads the repository's four prompts with one version", () => {
    const prompts = loadPrompts(REPO_PROMPTS);
    expect(Object.keys(prompts.texts)).toEqual([...PROMPT_NAMES]);
    expect(prompts.version).toBe('1.0.0');
    expect(prompts.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(prompts.texts.system).not.toContain('version:');
  });

  it('fails on a missing prompt file, naming it and the fix', () => {
    unlinkSync(path.join(dir, 'campaign.md'));
    expectConfigError(() => loadPrompts(dir), 'PROMPT_MISSING', /campaign\.md is missing.*SEGBOT_PROMPTS_DIR/);
  });

  it('fails on a missing prompts folder', () => {
    expectConfigError(() => loadPrompts(path.join(dir, 'nope')), 'PROMPT_MISSING', /system\.md is missing/);
  });

  it('fails on a prompt without a version header', () => {
    writeFileSync(path.join(dir, 'persona.md'), 'Write a persona for the segment, please, with care.\n');
    expectConfigError(() => loadPrompts(dir), 'PROMPT_MALFORMED', /persona\.md: no version header/);
  });

  it('fails on a malformed version', () => {
    const file = path.join(dir, 'system.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.0.0', 'version: latest'));
    expectConfigError(() => loadPrompts(dir), 'PROMPT_MALFORMED', /system\.md: the header has no valid "version:" line \(got "latest"\)/);
  });

  it('fails on an empty prompt body', () => {
    writeFileSync(path.join(dir, 'campaign.md'), '---\nversion: 1.0.0\n---\n\n');
    expectConfigError(() => loadPrompts(dir), 'PROMPT_MALFORMED', /campaign\.md: the prompt text after the header is empty/);
  });

  it('fails on a repair prompt without the {{errors}} placeholder', () => {
    writeFileSync(path.join(dir, 'repair.md'), '---\nversion: 1.0.0\n---\nPlease fix your previous answer and try again.\n');
    expectConfigError(() => loadPrompts(dir), 'PROMPT_MALFORMED', /repair\.md: .*\{\{errors\}\}/);
  });

  it('reports each file version when they differ, and a new hash after an edit', () => {
    const before = loadPrompts(dir);
    const file = path.join(dir, 'persona.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.0.0', 'version: 1.1.0'));
    expect(loadPrompts(dir).version).toBe('system@1.0.0,persona@1.1.0,campaign@1.0.0,repair@1.0.0');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nBe brief.\n');
    expect(loadPrompts(dir).hash).not.toBe(before.hash);
  });
});

describe('createNarrator', () => {
  it('is offline without an LLM configuration, whatever the prompts folder holds', async () => {
    const narrator = await createNarrator({ llm: null, promptsDir: path.join(dir, 'nope') });
    expect(narrator.kind).toBe('offline');
  });

  it('stops start-up with an LLM configured and a broken prompt', async () => {
    unlinkSync(path.join(dir, 'repair.md'));
    await expect(
      createNarrator({ llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 1000, maxRetries: 0 }, promptsDir: dir }),
    ).rejects.toThrow(/repair\.md is missing/);
  });
});
