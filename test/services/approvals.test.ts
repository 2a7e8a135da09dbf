import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openApprovalServices } from '../../src/services/approvals.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function configFor(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'segbot-services-'));
  dirs.push(dataDir);
  return (extra: Record<string, string> = {}) => loadConfig({ SEGBOT_DATA_DIR: dataDir, ...env, ...extra }, dataDir);
}

describe('approval services from the configuration (issue 14)', () => {
  it('seeds the policy once from start-up configuration; a later environment cannot change the stored committee or four-eyes', async () => {
    const config = configFor({ SEGBOT_COMMITTEE: 'U0AAAAAAA,U0BBBBBBB', SEGBOT_FOUR_EYES: 'true' });
    const first = await openApprovalServices(config());
    try {
      const p = (await first.policy.current()).policy;
      expect(p.members).toEqual(['U0AAAAAAA', 'U0BBBBBBB']);
      expect(p.fourEyes).toBe(true);
    } finally {
      await first.close();
    }
    const insider = await openApprovalServices(config({ SEGBOT_COMMITTEE: 'U0MALLORY', SEGBOT_FOUR_EYES: 'false' }));
    try {
      const p = (await insider.policy.current()).policy;
      expect(p.members).toEqual(['U0AAAAAAA', 'U0BBBBBBB']);
      expect(p.fourEyes).toBe(true);
    } finally {
      await insider.close();
    }
  });

  it('the CLI acts as a committee member only through a stored mapping of its OS user to a Slack id', async () => {
    const config = configFor({ SEGBOT_COMMITTEE: 'U0AAAAAAA', SEGBOT_IDENTITIES: 'alice:U0AAAAAAA' });
    const asAlice = await openApprovalServices(config(), { localUser: () => 'alice' });
    try {
      expect(await asAlice.cliActor()).toBe('U0AAAAAAA');
      expect(await asAlice.cliRequester()).toBe('U0AAAAAAA');
    } finally {
      await asAlice.close();
    }
    const asBob = await openApprovalServices(config(), { localUser: () => 'bob' });
    try {
      await expect(asBob.cliActor()).rejects.toMatchObject({ code: 'NO_IDENTITY' });
      expect(await asBob.cliRequester()).toBe('local:bob');
    } finally {
      await asBob.close();
    }
  });

  it('names the store in use, and leaves an injected store open', async () => {
    const config = configFor({})();
    const own = await openApprovalServices(config);
    const shared = await openApprovalServices(config, { store: own.store });
    expect(shared.location).toBe(own.location);
    expect(own.location).toContain(config.dataDir);
    await shared.close();
    expect(await own.store.migrations()).toContain(3);
    await own.close();
  });
});
