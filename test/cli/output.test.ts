import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeJsonLine } from '../../src/cli/output.js';

describe('CLI output', () => {
  it('issue 14: `… | head -1` ends quietly, without an EPIPE stack trace', () => {
    const child = fileURLToPath(new URL('./fixtures/write-lots.ts', import.meta.url));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${child}" | head -1`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.split('\n')[0]).toBe('x'.repeat(200));
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('escapes C1 controls, bidi and zero-width characters in JSON lines', () => {
    expect(safeJsonLine({ m: 'a\u001b[2Jb\u009b\u202e\u200b' })).toBe('{"m":"a\\u001b[2Jb\\u009b\\u202e\\u200b"}\n');
  });
});
