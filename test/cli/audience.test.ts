import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerAudienceCommand } from '../../src/cli/commands/audience.js';
import { registerMeasureCommand } from '../../src/cli/commands/measure.js';
import { runCommand } from '../review/cli-in-process.js';

let dir: string;
let env: Record<string, string>;
const run = (...args: string[]) => runCommand((p) => (registerAudienceCommand(p, { localUser: () => 'req' }), registerMeasureCommand(p, { localUser: () => 'req' })), args, env);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-cli-audience-'));
  env = { SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('segbot audience export / measure (bad input)', () => {
  it('refuses a holdout share outside (0, 1) before touching the store', async () => {
    const r = await run('audience', 'export', 'x:C1', '--out', path.join(dir, 'a.csv'), '--holdout', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--holdout 2 is not a share between 0 and 1');
  });

  it('refuses a campaign that was never submitted, naming how to list them', async () => {
    const r = await run('audience', 'export', 'nope:C1', '--out', path.join(dir, 'a.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no campaign "nope:C1" has been submitted');
  });

  it('refuses a window that is not a date range', async () => {
    const r = await run('measure', 'x:C1', '--data', path.join(dir, 'none.csv'), '--from', '2011-12-01', '--to', '2011-11-01');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--to 2011-11-01 must be after --from 2011-12-01');
  });
});
