/**
 * `segbot digest` and `segbot history` on a generated log cut at three weeks: --out writes the
 * numbers, the migration matrix, the Block Kit payload, digest.md and the chart; history lists the
 * snapshots; SEGBOT_SNAPSHOT_RETENTION prunes; flagged campaigns stay out of the digest and go to
 * the committee (with --post, to the review channel of the Slack stand-in).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigestCommand } from '../../src/cli/commands/digest.js';
import { registerHistoryCommand } from '../../src/cli/commands/history.js';
import { loadConfig } from '../../src/config.js';
import { createServices } from '../../src/services/index.js';
import { runOfCampaign } from '../../src/services/audience.js';
import { generateTransactions } from '../../src/data/generator.js';
import { reconciles, type MigrationMatrix } from '../../src/analysis/change/index.js';
import { startSlackStandin, standinEnvironment, type Standin } from '../../src/slack-standin/index.js';
import { runCommand } from '../review/cli-in-process.js';

let dir: string;
let log: string;
const base = () => ({ SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE' });
const run = (args: string[], env: Record<string, string> = {}) => runCommand((p) => (registerDigestCommand(p), registerHistoryCommand(p)), args, { ...base(), ...env });
const digest = (asOf: string, out: string, env: Record<string, string> = {}, extra: string[] = []) =>
  run(['digest', '--data', log, '--dataset', 'shop', '--as-of', asOf, '--k', '3', '--out', path.join(dir, out), ...extra], env);

interface DigestJson {
  dataset: string;
  asOf: string;
  previousAsOf: string | null;
  headline: { customers: number; customersChange: number | null; segments: number };
  segments: { id: number; customers: number }[];
  change: { customers: { before: number; after: number }; segmentMigration: MigrationMatrix; rfmMigration: MigrationMatrix | null } | null;
  campaigns: { campaignId: string; message: string }[];
  text: { headline: string; lines: string[]; narrator: string };
  blocks: { type: string; text?: { text: string } }[];
}
const readDigest = (out: string) => JSON.parse(readFileSync(path.join(dir, out, 'digest.json'), 'utf8')) as DigestJson;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-cli-digest-'));
  log = path.join(dir, 'shop.csv');
  await generateTransactions({ customers: 400, seed: 11, out: log, truthPath: null });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('segbot digest and segbot history', () => {
  it('writes the first digest (no previous snapshot: no migration, no chart)', async () => {
    const r = await digest('2011-11-25', 'w1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('first snapshot');
    const d = readDigest('w1');
    expect(d).toMatchObject({ dataset: 'shop', asOf: '2011-11-25', previousAsOf: null, change: null });
    expect(d.headline.customers).toBe(d.segments.reduce((a, s) => a + s.customers, 0));
    expect(readdirSync(path.join(dir, 'w1'))).toEqual(expect.arrayContaining(['digest.json', 'digest.md']));
    expect(existsSync(path.join(dir, 'w1', 'charts', 'migration.png'))).toBe(false);
  }, 120_000);

  it('writes the second digest with the migration matrix reconciling with both snapshots, the Block Kit payload, digest.md and the chart PNG', async () => {
    const r = await digest('2011-12-02', 'w2', {}, ['--json']);
    expect(r.code, r.stderr).toBe(0);
    const d = readDigest('w2');
    expect(d.previousAsOf).toBe('2011-11-25');
    const { before, after } = d.change!.customers;
    expect(before).toBe(readDigest('w1').headline.customers);
    expect(after).toBe(d.headline.customers);
    expect(d.headline.customersChange).toBe(after - before);
    expect(reconciles(d.change!.segmentMigration, before, after)).toBe(true);
    expect(reconciles(d.change!.rfmMigration!, before, after)).toBe(true);
    expect(d.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Weekly digest: shop, as of 2011-12-02' } });
    expect(JSON.stringify(d.blocks)).toContain(d.text.headline.slice(0, 40));
    expect(d.text.narrator).toBe('offline');
    // Under the default policy the review lets some campaigns through (the control for the flagged case below).
    expect(d.campaigns.length).toBeGreaterThan(0);
    expect(JSON.stringify(d.blocks)).toContain('Campaigns worth running now');
    const md = readFileSync(path.join(dir, 'w2', 'digest.md'), 'utf8');
    expect(md).toContain('# Weekly digest: shop, as of 2011-12-02');
    expect(md).toContain('## Migration 2011-11-25 → 2011-12-02');
    const png = readFileSync(path.join(dir, 'w2', 'charts', 'migration.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // --json prints the same numbers, and what was left out of the digest.
    const line = r.lines[0] as DigestJson & { ok: boolean; withheld: unknown[] };
    expect(line).toMatchObject({ ok: true, asOf: '2011-12-02', headline: d.headline });
    expect(Array.isArray(line.withheld)).toBe(true);
  }, 120_000);

  it('keeps the run behind a digest in the artifact store, linked from its snapshot, so its campaigns can be found again', async () => {
    const services = await createServices(loadConfig(base(), dir), { log: () => undefined });
    try {
      const manifest = await services.runs.latest('shop');
      expect(manifest).toMatchObject({ dataset: 'shop', label: 'shop' });
      const snapshots = await services.snapshots.list('shop', 10);
      expect(snapshots.map((s) => s.runId)).toContain(manifest!.runId);
      expect(existsSync(services.artifacts.localPath(manifest!.runId, 'reviews.json')!)).toBe(true);
      const campaign = manifest!.summary.campaigns[0]!;
      expect(await runOfCampaign({ artifacts: services.artifacts, store: services.store, approvals: services.approvals }, campaign.campaignId)).toContain(manifest!.runId);
    } finally {
      await services.close();
    }
  }, 60_000);

  it('lists the history newest first, as text and as JSON lines', async () => {
    const text = await run(['history', 'shop']);
    expect(text.code, text.stderr).toBe(0);
    const rows = text.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^as of\s+dataset\s+customers\s+segments\s+matching\s+snapshot$/);
    expect(rows.slice(1).map((l) => l.slice(0, 10))).toEqual(['2011-12-02', '2011-11-25']);
    expect(rows[2]).toContain('first');
    const json = await run(['history', 'shop', '--json']);
    expect((json.lines as { asOf: string; dataset: string }[]).map((l) => [l.dataset, l.asOf])).toEqual([['shop', '2011-12-02'], ['shop', '2011-11-25']]);
    const none = await run(['history', 'nothing']);
    expect(none.stdout).toContain('No snapshots of nothing yet');
  });

  it('prunes beyond SEGBOT_SNAPSHOT_RETENTION: the oldest snapshot and its files go', async () => {
    const oldest = ((await run(['history', 'shop', '--json'])).lines as { id: string; asOf: string }[]).find((l) => l.asOf === '2011-11-25')!;
    expect(existsSync(path.join(dir, 'data', 'snapshots', oldest.id))).toBe(true);
    const r = await digest('2011-12-09', 'w3', { SEGBOT_SNAPSHOT_RETENTION: '2' });
    expect(r.code, r.stderr).toBe(0);
    const left = (await run(['history', 'shop', '--json'])).lines as { id: string; asOf: string }[];
    expect(left.map((l) => l.asOf)).toEqual(['2011-12-09', '2011-12-02']);
    expect(existsSync(path.join(dir, 'data', 'snapshots', oldest.id))).toBe(false);
    // The digest still compares with the week before, which retention kept.
    expect(readDigest('w3').previousAsOf).toBe('2011-12-02');
  }, 120_000);

  it('refuses a bad --as-of and --post without Slack before running anything', async () => {
    const bad = await run(['digest', '--data', log, '--as-of', '2011-13-45']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--as-of must be a date as YYYY-MM-DD');
    const post = await run(['digest', '--data', log, '--as-of', '2011-12-09', '--post']);
    expect(post.code).not.toBe(0);
    expect(post.stderr).toContain('--post needs SLACK_BOT_TOKEN');
  });
});

describe('segbot digest --post with campaigns the committee must see', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startSlackStandin({ logger: { debug() {}, info() {}, warn() {}, error() {} } });
  });
  afterAll(async () => {
    await standin?.close();
  });

  it('keeps flagged campaigns out of the digest, sends them to the review channel and says so', async () => {
    const env = { ...standinEnvironment(standin, 0), SEGBOT_DIGEST_CHANNEL: 'C0MARKETING', SEGBOT_REVIEW_CHANNEL: 'C0REVIEW' };
    // Every campaign goes to the committee (issue 24's policy, changed by a member and audited).
    const services = await createServices(loadConfig({ ...base(), ...env }, dir), { log: () => undefined, localUser: () => 'tester' });
    await services.approvals.policy.change('U_ALICE', { autoApprove: 'never' });
    await services.close();

    const r = await run(['digest', '--data', log, '--dataset', 'flagged', '--as-of', '2011-12-06', '--k', '3', '--post', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const line = r.lines[0] as { campaigns: unknown[]; withheld: { campaignId: string; state: string }[]; review: { channel: string; posted: string[] } };
    expect(line.campaigns).toEqual([]);
    expect(line.withheld.length).toBeGreaterThan(0);
    expect(line.withheld.every((w) => w.state === 'flagged')).toBe(true);
    expect(line.review).toMatchObject({ channel: 'C0REVIEW', posted: line.withheld.map((w) => w.campaignId) });

    const digestPost = standin.messages('C0MARKETING').find((m) => m.text.includes('Weekly digest: flagged'));
    expect(digestPost).toBeDefined();
    expect(JSON.stringify(digestPost!.blocks)).not.toContain('Campaigns worth running now');
    const reviews = standin.messages('C0REVIEW').filter((m) => m.text.includes('waits for approval'));
    expect(reviews.map((m) => m.text)).toEqual(line.withheld.map((w) => expect.stringContaining(w.campaignId)));

    const after = await createServices(loadConfig({ ...base(), ...env }, dir), { log: () => undefined });
    try {
      const pending = (await after.approvals.pending()).map((v) => v.campaignId);
      expect(pending).toEqual(expect.arrayContaining(line.withheld.map((w) => w.campaignId)));
      // Where each went, so that the bot updates that message when a member decides.
      for (const w of line.withheld) {
        const v = await after.approvals.get(w.campaignId);
        const ts = reviews.find((m) => m.text.includes(w.campaignId))!.ts;
        expect(await after.store.reviewPost(w.campaignId, v.hash)).toMatchObject({ channel: 'C0REVIEW', ts });
      }
    } finally {
      await after.close();
    }

    // Without --json the command says where they went.
    const plain = await run(['digest', '--data', log, '--dataset', 'flagged', '--as-of', '2011-12-06', '--k', '3', '--post'], env);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toMatch(/kept out of the digest wait for the committee: .*\(segbot approvals list\)/);
    expect(plain.stderr).toMatch(/to the review channel C0REVIEW/);
  }, 240_000);
});
