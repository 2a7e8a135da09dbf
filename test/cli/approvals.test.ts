/* eslint-disable no-control-regex -- these tests assert that control characters never reach the output */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerApprovalsCommand } from '../../src/cli/commands/approvals.js';
import { SQLITE_FILE_NAME } from '../../src/store/index.js';
import { runCommand } from '../review/cli-in-process.js';
import { runCli } from '../helpers/cli.js';

const flagged = { id: 'S1-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers who bought tea', message: 'We noticed you like green tea.', offer: '10% off matcha' } };
const blocked = { id: 'S2-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers predicted to be pregnant', message: 'Big changes ahead', offer: '15% off' } };

let dir: string;
let env: Record<string, string>;
let campaigns: string;
/** Runs `segbot approvals …` in-process as the local (OS) user `user`. */
const as = (user: string, ...args: string[]) => runCommand((p) => registerApprovalsCommand(p, { localUser: () => user }), ['approvals', ...args], env);
const hashOf = async (id: string) => ((await as('alice', 'list', '--all', '--json')).lines as { id: string; hash: string }[]).find((l) => l.id === id)!.hash;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-cli-approvals-'));
  // Seeds of the stored policy, read only on the first start.
  env = { SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE,U_BOB', SEGBOT_IDENTITIES: 'alice:U_ALICE,bob:U_BOB,req:U_REQ,carol:U_CAROL' };
  campaigns = path.join(dir, 'campaigns.jsonl');
  writeFileSync(campaigns, [flagged, blocked].map((c) => JSON.stringify(c)).join('\n') + '\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('segbot approvals (the real binary on a temp SQLite file)', () => {
  it('submits in one process and approves in another, as the OS user mapped to a Slack id', async () => {
    expect((await as('req', 'submit', campaigns)).code).toBe(0);
    const me = os.userInfo().username;
    const binEnv = { ...env, SEGBOT_IDENTITIES: `${env.SEGBOT_IDENTITIES},${me}:U_BOB` }; // ignored: the policy is already seeded
    const listed = runCli(['approvals', 'list', '--json'], binEnv).lines as { id: string; hash: string }[];
    const refused = runCli(['approvals', 'approve', 'S1-c1', '--hash', listed[0].hash.slice(0, 10)], binEnv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`local user "${me}" has no Slack id in the approval policy`);
    expect((await as('alice', 'policy', '--map-user', `${me}=U_BOB`)).code).toBe(0);
    const approved = runCli(['approvals', 'approve', 'S1-c1', '--hash', listed[0].hash.slice(0, 10), '--json'], binEnv);
    expect(approved.code).toBe(0);
    expect(approved.lines[0]).toMatchObject({ id: 'S1-c1', state: 'approved' });
    expect(approved.stderr).toContain(`segbot: store ${path.join(env.SEGBOT_DATA_DIR, SQLITE_FILE_NAME)}`);
  });
});

describe('segbot approvals', () => {
  beforeEach(async () => {
    expect((await as('req', 'submit', campaigns)).code).toBe(0);
  });

  it('records the requester of a CLI submit under their Slack id, and prints the store in use', async () => {
    const r = await as('req', 'submit', campaigns);
    expect(r.lines).toMatchObject([{ id: 'S1-c1', created: false, requestedBy: 'U_REQ' }, { id: 'S2-c1', created: false }]);
    expect(r.stderr).toContain(`segbot: store ${path.join(env.SEGBOT_DATA_DIR, SQLITE_FILE_NAME)}`);
  });

  it('lists the campaigns awaiting a decision, with hash and findings', async () => {
    const r = await as('alice', 'list', '--json');
    expect(r.code).toBe(0);
    expect(r.lines).toMatchObject([
      { id: 'S1-c1', version: 1, state: 'flagged', decision: 'review', requestedBy: 'U_REQ', findings: [{ code: 'SURVEILLANCE_TONE' }] },
      { id: 'S2-c1', version: 1, state: 'flagged', decision: 'block' },
    ]);
  });

  it('approves for a committee member, pinned to the hash they read, and takes it off the pending list', async () => {
    const r = await as('alice', 'approve', 'S1-c1', '--hash', (await hashOf('S1-c1')).slice(0, 10), '--reason', 'mild');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^S1-c1 {2}v1 {2}[0-9a-f]{12} {2}approved/);
    expect((await as('alice', 'list', '--json')).lines).toMatchObject([{ id: 'S2-c1' }]);
  });

  it('issue 14: refuses an approval that does not name the version hash', async () => {
    const r = await as('alice', 'approve', 'S1-c1');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/required option '--hash <hash>'/);
  });

  it('refuses someone not on the committee, saying who is', async () => {
    const r = await as('carol', 'approve', 'S1-c1', '--hash', await hashOf('S1-c1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/U_CAROL is not on the approval committee.*U_ALICE, U_BOB/);
  });

  it('issue 14: neither --as nor SEGBOT_COMMITTEE / SEGBOT_FOUR_EYES in the caller\'s environment makes anyone a member', async () => {
    const hash = await hashOf('S1-c1');
    expect((await as('carol', 'approve', 'S1-c1', '--as', 'U_ALICE', '--hash', hash)).stderr).toMatch(/unknown option '--as'/);
    env.SEGBOT_COMMITTEE = 'U_CAROL';
    expect((await as('carol', 'approve', 'S1-c1', '--hash', hash)).stderr).toMatch(/U_CAROL is not on the approval committee/);
    env.SEGBOT_COMMITTEE = 'U_REQ';
    env.SEGBOT_FOUR_EYES = 'false';
    expect((await as('req', 'approve', 'S1-c1', '--hash', hash)).stderr).toMatch(/U_REQ is not on the approval committee/);
  });

  it('issue 14: refuses a local user without a Slack id, saying how to map one', async () => {
    const r = await as('mallory', 'approve', 'S1-c1', '--hash', await hashOf('S1-c1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/local user "mallory" has no Slack id in the approval policy.*--map-user mallory=U123/);
  });

  it('refuses the requester approving their own campaign, even after becoming a member', async () => {
    expect((await as('alice', 'policy', '--add-member', 'U_REQ')).code).toBe(0);
    const r = await as('req', 'approve', 'S1-c1', '--hash', await hashOf('S1-c1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/four-eyes/);
  });

  it('refuses a stale hash after the campaign was edited, naming the latest version', async () => {
    const first = await hashOf('S1-c1');
    writeFileSync(campaigns, JSON.stringify({ ...flagged, campaign: { ...flagged.campaign, offer: '20% off matcha' } }) + '\n');
    await as('req', 'submit', campaigns);
    const r = await as('alice', 'approve', 'S1-c1', '--hash', first);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/you read version 1, but its current text is version 2 \([0-9a-f]{12}\)/);
  });

  it('never approves a blocked campaign; rejecting needs a reason', async () => {
    const hash = await hashOf('S2-c1');
    expect((await as('alice', 'approve', 'S2-c1', '--hash', hash)).stderr).toMatch(/blocked by the review.*can never be approved/);
    expect((await as('alice', 'reject', 'S2-c1', '--hash', hash)).stderr).toMatch(/required option '--reason <text>'/);
    expect((await as('alice', 'reject', 'S2-c1', '--hash', hash, '--reason', 'infers pregnancy', '--json')).lines[0]).toMatchObject({ state: 'rejected' });
  });

  it('keeps the whole story in the audit log, with the policy in force', async () => {
    await as('bob', 'request-changes', 'S1-c1', '--hash', await hashOf('S1-c1'), '--reason', 'drop "we noticed"');
    const log = (await as('alice', 'history', 'S1-c1')).lines as { actor: string; action: string; reason: string | null; detail: Record<string, unknown> | null }[];
    expect(log.map((e) => `${e.actor}:${e.action}`)).toEqual(['U_REQ:submitted', 'segbot-reviewer:reviewed', 'U_BOB:changes_requested']);
    expect(log[2].reason).toBe('drop "we noticed"');
    expect(log[2].detail).toEqual({ policyRevision: 1, members: ['U_ALICE', 'U_BOB'], usergroup: null, fourEyes: true, autoApprove: 'earned' });
  });

  it('shows the full text, findings and decisions of a campaign before anyone approves it', async () => {
    await as('alice', 'approve', 'S1-c1', '--hash', await hashOf('S1-c1'), '--reason', 'mild');
    const r = await as('alice', 'show', 'S1-c1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^S1-c1 version 1 \([0-9a-f]{64}\), approved, review decision review, requested by U_REQ$/m);
    expect(r.stdout).toMatch(/^message {3}We noticed you like green tea\.$/m);
    expect(r.stdout).toMatch(/^finding: {2}review SURVEILLANCE_TONE \[P1\] message: "we noticed"$/m);
    expect(r.stdout).toMatch(/^decision: approved by U_ALICE at .*: mild$/m);
    expect((await as('alice', 'show', 'nope')).stderr).toMatch(/no campaign "nope"/);
  });

  it('issue 14: shows escape codes in stored text instead of letting them rewrite the screen', async () => {
    const evil = { id: 'S9-c1\u001b[2K', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'All customers\u001b[1A\u001b[2Kaudience  Everyone who opted in', message: 'Hi\u009b2J \u202Ereversed', offer: '10% off' } };
    writeFileSync(campaigns, JSON.stringify(evil) + '\n');
    await as('req', 'submit', campaigns);
    const shown = await as('alice', 'show', evil.id);
    expect(shown.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(shown.stdout).toContain('audience  All customers␛[1A␛[2Kaudience  Everyone who opted in');
    expect(shown.stdout).toContain('Hi\\x9b2J ⟨U+202E⟩reversed');
    const listed = await as('alice', 'list', '--all');
    expect(listed.stdout).toContain('S9-c1␛[2K');
    expect(listed.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const json = await as('alice', 'show', evil.id, '--json');
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('refuses an unknown state in list', async () => {
    const r = await as('alice', 'list', '--state', 'pending');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--state pending is not a state/);
  });

  it('refuses to mark an unapproved campaign as shared', async () => {
    const r = await as('alice', 'mark-shared', 'S1-c1', '--hash', await hashOf('S1-c1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is flagged, not approved/);
  });

  it('issue 14: mark-shared checks the committee, as its help says', async () => {
    const hash = await hashOf('S1-c1');
    await as('alice', 'approve', 'S1-c1', '--hash', hash);
    const r = await as('req', 'mark-shared', 'S1-c1', '--hash', hash);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/U_REQ is not on the approval committee, so cannot mark campaign S1-c1 as shared/);
    expect((await as('bob', 'mark-shared', 'S1-c1', '--hash', hash, '--json')).lines[0]).toMatchObject({ state: 'shared' });
  });

  it('issue 14: changes the policy only for a committee member, and audits who changed what', async () => {
    expect((await as('carol', 'policy', '--add-member', 'U_CAROL')).stderr).toMatch(/U_CAROL is not on the approval committee, so cannot change the approval policy/);
    const changed = await as('alice', 'policy', '--four-eyes', 'off', '--add-member', 'U_CAROL');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/^members: {3}U_ALICE, U_BOB, U_CAROL$/m);
    expect(changed.stdout).toMatch(/^four-eyes: off$/m);
    const log = (await as('alice', 'history', '(policy)')).lines as { actor: string; action: string; reason: string }[];
    expect(log.map((e) => [e.actor, e.action, e.reason])).toEqual([
      ['segbot-config', 'policy_seeded', 'added members U_ALICE, U_BOB; mapped local user alice to U_ALICE; mapped local user bob to U_BOB; mapped local user carol to U_CAROL; mapped local user req to U_REQ'],
      ['U_ALICE', 'policy_changed', 'added members U_CAROL; four-eyes on → off'],
    ]);
    expect((await as('alice', 'policy', '--remove-member', 'U_ALICE,U_BOB,U_CAROL')).stderr).toMatch(/leave the approval committee empty/);
  });

  it('issue 14: verify finds an audit entry edited behind segbot\'s back (SQLite triggers dropped)', async () => {
    const ok = await as('alice', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^audit log intact: 5 entries in /);
    const db = new Database(path.join(env.SEGBOT_DATA_DIR, SQLITE_FILE_NAME));
    db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET actor = 'U_SOMEONE' WHERE action = 'submitted' AND campaign_id = 'S1-c1'; DELETE FROM audit_log WHERE action = 'reviewed' AND campaign_id = 'S1-c1';");
    db.close();
    const r = await as('alice', 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/entry \d+ was changed after it was written/);
    expect(r.stdout).toMatch(/an entry was removed or inserted here/);
    expect(r.stdout).toMatch(/campaign S1-c1 version 1 has no "reviewed" entry/);
  });

  it('issue 14: verify finds a log emptied wholesale', async () => {
    const db = new Database(path.join(env.SEGBOT_DATA_DIR, SQLITE_FILE_NAME));
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;');
    db.close();
    const r = await as('alice', 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/campaign S1-c1 version 1 has no "submitted" entry/);
    expect(r.stdout).toMatch(/approval policy is at revision 1 but the audit log has no entry/);
  });
});

describe('segbot approvals policy on an empty committee', () => {
  it('lets the first local user add and map themselves, and nobody else in', async () => {
    env = { SEGBOT_DATA_DIR: path.join(dir, 'data') };
    expect((await as('dana', 'policy', '--add-member', 'U_DANA')).stderr).toMatch(/local user "dana" has no Slack id/);
    expect((await as('dana', 'policy', '--map-user', 'dana=U_DANA', '--add-member', 'U_EVE')).stderr).toMatch(/first policy change must add yourself/);
    const r = await as('dana', 'policy', '--map-user', 'dana=U_DANA', '--add-member', 'U_DANA');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^members: {3}U_DANA$/m);
    expect((await as('eve', 'policy', '--map-user', 'eve=U_EVE', '--add-member', 'U_EVE')).stderr).toMatch(/local user "eve" has no Slack id/);
  });
});
