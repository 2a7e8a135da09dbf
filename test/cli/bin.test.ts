/** bin/segbot.js runs from dist/ when built and current, through tsx otherwise: the same command either way. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (args: string[], fromSource: boolean) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'segbot.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SEGBOT_FROM_SOURCE: fromSource ? '1' : '0' },
  });

describe('bin/segbot.js', () => {
  for (const fromSource of [true, false]) {
    it(`prints the version and the commands ${fromSource ? 'through tsx' : 'from dist/ when current (else tsx)'}`, () => {
      const version = run(['--version'], fromSource);
      expect(version.status).toBe(0);
      expect(version.stdout.trim()).toBe(VERSION);
      const help = run(['--help'], fromSource);
      expect(help.status).toBe(0);
      for (const command of ['analyze', 'review', 'approvals', 'generate']) expect(help.stdout).toContain(command);
      const analyze = run(['analyze', '--help'], fromSource);
      expect(analyze.stdout).toContain('--out <dir>');
      const typo = run(['analyz'], fromSource);
      expect(typo.status).not.toBe(0);
      expect(typo.stderr).toContain('Did you mean analyze?');
    }, 120_000);
  }
});
