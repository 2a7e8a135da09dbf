import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerApprovalsCommand } from '../../src/cli/commands/approvals.js';
import { runCommand } from '../review/cli-in-process.js';
import { runCli } from '../helpers/cli.js';

const flagged = { id: 'S1-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers who bought tea', message: 'We noticed you like green tea.', offer: '10% off matcha' } };
const blocked = { id: 'S2-c1', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'Customers predicted to be pregnant', message: 'Big changes ahead', offer: '15% off' } };

let dir: string;
let env: Record<string, string>;
let campaigns: string;
const cli = (...args: string[]) => runCommand(registerApprovalsCommand, ['approvals', ...args], env);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-cli-approvals-'));
  env = { SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE,U_BOB' };
  campaigns = path.join(dir, 'campaigns.jsonl');
  writeFileSync(campaigns, [flagged, blocked].map((c) => JSON.stringify(c)).join('\n') + '\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('segbot approvals (the real binary on a temp SQLite file)', () => {
  it('submits, lists and approves across separate processes', () => {
    const submitted = runCli(['approvals', 'submit', campaigns, '--as', 'U_REQ'], env);
    expect(submitted.code).toBe(0);
    expect(submitted.lines).toMatchObject([{ id: 'S1-c1', state: 'flagged', decision: 'review' }, { id: 'S2-c1', state: 'flagged', decision: 'block' }]);
    const listed = runCli(['approvals', 'list', '--json'], env).lines as { id: string; hash: string }[];
    const approved = runCli(['approvals', 'approve', 'S1-c1', '--as', 'U_ALICE', '--hash', listed[0].hash.slice(0, 10), '--json'], env);
    expect(approved.code).toBe(0);
    expect(approved.lines[0]).toMatchObject({ id: 'S1-c1', state: 'approved' });
  });
});

describe('segbot approvals', () => {
  beforeEach(async () => {
    expect((await cli('submit', campaigns, '--as', 'U_REQ')).code).toBe(0);
  });

  it('lists the campaigns awaiting a decision, with hash and findings', async () => {
    const r = await cli('list', '--json');
    expect(r.code).toBe(0);
    expect(r.lines).toMatchObject([
      { id: 'S1-c1', version: 1, state: 'flagged', decision: 'review', requestedBy: 'U_REQ', findings: [{ code: 'SURVEILLANCE_TONE' }] },
      { id: 'S2-c1', version: 1, state: 'flagged', decision: 'block' },
    ]);
  });

  it('approves for a committee member, pinned to the hash they read, and takes it off the pending list', async () => {
    const [first] = (await cli('list', '--json')).lines as { hash: string }[];
    const r = await cli('approve', 'S1-c1', '--as', 'U_ALICE', '--hash', first.hash.slice(0, 10), '--reason', 'mild');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^S1-c1 {2}v1 {2}[0-9a-f]{12} {2}approved/);
    expect((await cli('list', '--json')).lines).toMatchObject([{ id: 'S2-c1' }]);
  });

  it('refuses someone not on the committee, saying who is', async () => {
    const r = await cli('approve', 'S1-c1', '--as', 'U_MALLORY');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/U_MALLORY is not on the approval committee.*U_ALICE, U_BOB/);
  });

  it('refuses the requester approving their own campaign', async () => {
    env.SEGBOT_COMMITTEE = 'U_ALICE,U_REQ';
    const r = await cli('approve', 'S1-c1', '--as', 'U_REQ');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/four-eyes/);
  });

  it('refuses a stale hash after the campaign was edited', async () => {
    const [first] = (await cli('list', '--json')).lines as { hash: string }[];
    writeFileSync(campaigns, JSON.stringify({ ...flagged, campaign: { ...flagged.campaign, offer: '20% off matcha' } }) + '\n');
    await cli('submit', campaigns, '--as', 'U_REQ');
    const r = await cli('approve', 'S1-c1', '--as', 'U_ALICE', '--hash', first.hash);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/you read version 1, but its current text is version 2/);
  });

  it('never approves a blocked campaign; rejecting needs a reason', async () => {
    expect((await cli('approve', 'S2-c1', '--as', 'U_ALICE')).stderr).toMatch(/blocked by the review.*can never be approved/);
    expect((await cli('reject', 'S2-c1', '--as', 'U_ALICE')).stderr).toMatch(/required option '--reason <text>'/);
    expect((await cli('reject', 'S2-c1', '--as', 'U_ALICE', '--reason', 'infers pregnancy', '--json')).lines[0]).toMatchObject({ state: 'rejected' });
  });

  it('keeps the whole story in the audit log', async () => {
    await cli('request-changes', 'S1-c1', '--as', 'U_BOB', '--reason', 'drop "we noticed"');
    const log = (await cli('history', 'S1-c1')).lines as { actor: string; action: string; reason: string | null }[];
    expect(log.map((e) => `${e.actor}:${e.action}`)).toEqual(['U_REQ:submitted', 'segbot-reviewer:reviewed', 'U_BOB:changes_requested']);
    expect(log[2].reason).toBe('drop "we noticed"');
  });

  it('shows the full text, findings and decisions of a campaign before anyone approves it', async () => {
    await cli('approve', 'S1-c1', '--as', 'U_ALICE', '--reason', 'mild');
    const r = await cli('show', 'S1-c1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^S1-c1 version 1 \([0-9a-f]{64}\), approved, review decision review, requested by U_REQ$/m);
    expect(r.stdout).toMatch(/^message {3}We noticed you like green tea\.$/m);
    expect(r.stdout).toMatch(/^finding: {2}review SURVEILLANCE_TONE \[P1\] message: "we noticed"$/m);
    expect(r.stdout).toMatch(/^decision: approved by U_ALICE at .*: mild$/m);
    expect((await cli('show', 'nope')).stderr).toMatch(/no campaign "nope"/);
  });

  it('refuses an unknown state in list', async () => {
    const r = await cli('list', '--state', 'pending');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--state pending is not a state/);
  });

  it('refuses to mark an unapproved campaign as shared', async () => {
    const r = await cli('mark-shared', 'S1-c1', '--as', 'U_ALICE');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is flagged, not approved/);
  });
});
