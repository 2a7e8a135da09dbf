import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { canonicalCampaignText, canMove, createCommittee, versionHash } from '../../src/review/index.js';
import { postgresHarness, sqliteHarness } from '../store/harnesses.js';
import { postgresUnavailable, skipMessage } from '../store/postgres-server.js';
import { approvalSuite, flaggedCampaign } from './approvals-suite.js';

describe('approval workflow on SQLite', () => approvalSuite(sqliteHarness()));

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI !== 'true') console.warn(skipMessage(unavailable));
describe.skipIf(unavailable !== null && process.env.CI !== 'true')('approval workflow on Postgres', () => {
  it('has a server to test against', () => expect(unavailable, unavailable ? skipMessage(unavailable) : '').toBeNull());
  describe.skipIf(unavailable !== null)('suite', () => approvalSuite(postgresHarness()));
});

describe('version hash', () => {
  it('is the same for the same text whatever the key order or Unicode form', () => {
    // The segment statistics are part of the version (issue 14), so the reordered copy carries them too.
    const reordered = { id: 'other-id', segment_stats: { size: 420 }, campaign: { offer: flaggedCampaign.campaign.offer, message: flaggedCampaign.campaign.message, audience: flaggedCampaign.campaign.audience, channel: 'email' } };
    expect(versionHash(reordered)).toBe(versionHash(flaggedCampaign));
    const composed = { id: 'x', campaign: { channel: 'email', audience: 'Kunden in Köln', message: 'm', offer: 'o' } };
    const decomposed = { id: 'x', campaign: { channel: 'email', audience: 'Kunden in Ko\u0308ln', message: 'm', offer: 'o' } };
    expect(versionHash(decomposed)).toBe(versionHash(composed));
  });

  it('changes with any edit, even whitespace, and covers every field the narrator wrote', () => {
    const spaced = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, message: `${flaggedCampaign.campaign.message} ` } };
    expect(versionHash(spaced)).not.toBe(versionHash(flaggedCampaign));
    const withKpi = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, kpi: 'conversion' } };
    expect(versionHash(withKpi)).not.toBe(versionHash(flaggedCampaign));
    expect(canonicalCampaignText(withKpi)).toContain('"kpi":"conversion"');
  });
});

describe('state machine', () => {
  it('allows only the documented transitions', () => {
    expect(canMove('draft', 'flagged')).toBe(true);
    expect(canMove('flagged', 'approved')).toBe(true);
    expect(canMove('approved', 'shared')).toBe(true);
    expect(canMove('flagged', 'shared')).toBe(false);
    expect(canMove('rejected', 'approved')).toBe(false);
    expect(canMove('shared', 'approved')).toBe(false);
  });
});

describe('a crash in the middle of a review', () => {
  it('loses no pending approval: a process killed right after submitting leaves it in the SQLite file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-crash-'));
    try {
      const child = fileURLToPath(new URL('./fixtures/submit-then-crash.ts', import.meta.url));
      const run = spawnSync(process.execPath, ['--import', 'tsx', child, dir], { encoding: 'utf8', timeout: 60_000 });
      expect(run.signal).toBe('SIGKILL');
      expect(run.stdout).toBe('submitted\n');
      const store = await openStore({ dataDir: dir });
      try {
        expect((await store.listLatest(['flagged'])).map((v) => v.campaignId)).toEqual(['S1-c1']);
        expect((await store.auditLog('S1-c1')).map((e) => e.action)).toEqual(['submitted', 'reviewed']);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('committee', () => {
  it('says why nobody may act when none is configured, or when only a Slack group is and Slack is absent', async () => {
    expect(createCommittee({ userIds: [] }).describe()).toMatch(/^nobody: the approval policy has no committee \(seed it with SEGBOT_COMMITTEE/);
    const groupOnly = createCommittee({ userIds: [], usergroup: 'S_COMMITTEE' });
    expect(await groupOnly.isMember('U_ALICE')).toBe(false);
    expect(groupOnly.describe()).toMatch(/^nobody, not the Slack user group S_COMMITTEE, which cannot be checked without Slack/);
    expect(createCommittee({ userIds: ['U_A'], usergroup: 'S_C', isMember: async () => false }).describe()).toBe('the members in the approval policy (U_A) and members of the Slack user group S_C');
  });
});
