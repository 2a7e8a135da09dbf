/**
 * Every Block Kit builder against Slack's limits, with very long untrusted text and many items:
 * 50 blocks per message, 100 per Home tab or modal, 3000 characters per section, 150 per header,
 * 75 per button label, 2000 per action value, 3000 of private_metadata; nothing unescaped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Block Kit JSON is walked generically here */
import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import type { CampaignSummary, RunManifest } from '../../src/runs/index.js';
import type { Finding } from '../../src/review/index.js';
import {
  answerBlocks, approvalsBlocks, campaignBlocks, campaignsBlocks, datasetsBlocks, decisionNoticeBlocks, decodeReviewValue, errorBlocks, failureBlocks,
  helpBlocks, homeView, noRunBlocks, personasBlocks, progressBlocks, reasonModal, reviewDecidedBlocks, reviewModal, reviewRequestBlocks,
  reviewResultBlocks, summaryBlocks, usageBlocks, type ReviewItem,
} from '../../src/bot/views/index.js';

/** Everything a hostile dataset, campaign author or model could try, and a lot of it. */
const EVIL = '<!channel> <@UEVIL1> <!subteam^S0EVIL> <https://evil.example|click> @here &amp; `code` \u202Egnp.exe \u0007 🎉';
const long = (n = 10_000) => (EVIL + ' ').repeat(Math.ceil(n / EVIL.length)).slice(0, n);
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every shown text with its kind: mrkdwn is parsed by Slack (links, mentions, broadcasts), plain_text and table cells are not. */
function texts(node: unknown, out: { mrkdwn: boolean; value: string }[] = []): { mrkdwn: boolean; value: string }[] {
  if (Array.isArray(node)) for (const n of node) texts(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text' || o.type === 'raw_text') && typeof o.text === 'string') out.push({ mrkdwn: o.type === 'mrkdwn', value: o.text });
    else for (const v of Object.values(o)) texts(v, out);
  }
  return out;
}

/** Checks one block list against Slack's limits and against injection. */
function checkBlocks(blocks: readonly unknown[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  const ids = new Set<string>();
  for (const b of blocks as unknown as Record<string, any>[]) {
    if (b.block_id) {
      expect(b.block_id.length).toBeLessThanOrEqual(255);
      expect(ids.has(b.block_id), `duplicate block_id ${b.block_id}`).toBe(false);
      ids.add(b.block_id);
    }
    if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(10);
      for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(3000);
    }
    if (b.type === 'actions') {
      expect(b.elements.length).toBeLessThanOrEqual(25);
      for (const e of b.elements) {
        expect(e.text.text.length).toBeLessThanOrEqual(75);
        expect(e.action_id.length).toBeLessThanOrEqual(255);
        expect((e.value ?? '').length).toBeLessThanOrEqual(2000);
      }
    }
    if (b.type === 'table') {
      expect(b.rows.length).toBeLessThanOrEqual(100);
      for (const r of b.rows) expect(r.length).toBeLessThanOrEqual(20);
    }
    if (b.type === 'input') {
      expect(b.label.text.length).toBeLessThanOrEqual(2000);
      const el = b.element;
      if (el.initial_value !== undefined) expect(el.initial_value.length).toBeLessThanOrEqual(el.max_length ?? 3000);
      for (const o of el.options ?? []) {
        expect(o.text.text.length).toBeLessThanOrEqual(75);
        expect(o.value.length).toBeLessThanOrEqual(150);
      }
      expect((el.options ?? []).length).toBeLessThanOrEqual(100);
    }
  }
  for (const { mrkdwn, value } of texts(blocks)) {
    if (mrkdwn) expect(value).not.toMatch(/<!channel|<!subteam|<@UEVIL|<https:\/\/evil/);
    // eslint-disable-next-line no-control-regex -- a raw BEL must not reach Slack
    expect(value).not.toMatch(/@here\b|\u202E|\u0007/);
    expect(loneSurrogate.test(value), value.slice(-20)).toBe(false);
    expect(value).not.toMatch(/&[a-z]*…$/);
  }
}

const finding = (i: number): Finding => ({ code: `CODE_${i}_${long(100)}`, severity: 'review', category: 'surveillance', evidence: long(2000), rule: 'S1' });

const item = (i: number, overrides: Partial<ReviewItem> = {}): ReviewItem => ({
  campaignId: `run-${i}:${long(300)}`,
  version: 2,
  versionHash: (i.toString(16).padStart(8, '0') + 'ab'.repeat(28)).slice(0, 64),
  requestedBy: 'U0MARKETER',
  segmentSize: 120,
  channel: long(500),
  audience: long(5000),
  message: long(5000),
  offer: long(2000),
  decision: 'review',
  state: 'flagged',
  findings: Array.from({ length: 12 }, (_, j) => finding(j)),
  ...overrides,
});

const campaign = (i: number, state: string, decision: CampaignSummary['decision'] = 'ok'): CampaignSummary => ({
  campaignId: `run:${long(200)}:${i}`,
  segmentKey: `S${i}${long(50)}`,
  persona: long(500),
  channel: long(500),
  audience: long(3000),
  message: long(3000),
  offer: long(3000),
  decision,
  state,
  version: 1,
  versionHash: 'ab'.repeat(32),
  findings: Array.from({ length: 30 }, (_, j) => finding(j)),
});

function manifest(segments: number, campaigns: number): RunManifest {
  return {
    runId: `r-${long(100)}`,
    dataset: 'demo',
    label: long(500),
    sourceKey: 'demo',
    requestedBy: ['U0MARKETER'],
    createdAt: '2026-12-05T10:00:00.000Z',
    summary: {
      customers: 4000,
      revenue: 123456.78,
      currency: { code: 'XXX', symbol: '<!channel>' },
      shape: 'transactions',
      contentHash: 'cd'.repeat(32),
      model: { chosenId: 'm', algorithm: '<https://evil.example|kmeans>', k: 4, forced: false, reason: long(5000), rule: long(100), candidates: 12 },
      segments: Array.from({ length: segments }, (_, i) => ({ key: `S${i}`, name: long(300), size: 10 + i, share: 0.01, revenueShare: i === 0 ? 0.5 : 0.001, isNoise: false })),
      charts: [],
      personas: Array.from({ length: segments }, (_, i) => ({ segmentKey: `S${i}`, title: long(300), summary: long(5000) })),
      campaigns: Array.from({ length: campaigns }, (_, i) => campaign(i, ['auto_approved', 'flagged', 'approved', 'rejected'][i % 4]!, i % 5 === 0 ? 'block' : 'ok')),
      notes: [],
    },
  };
}

/** Messages are posted in chunks of 50 blocks (slack-io.post); each chunk must hold. */
const checkMessage = (blocks: KnownBlock[]) => {
  for (let i = 0; i < Math.max(1, blocks.length); i += 50) checkBlocks(blocks.slice(i, i + 50), 50);
};

describe('message views', () => {
  it('help, usage, errors and failures hold with long and hostile text', () => {
    checkMessage(helpBlocks(Array.from({ length: 500 }, (_, i) => `${EVIL}${i}`)));
    checkMessage(usageBlocks(long()));
    checkMessage(errorBlocks(long(), long()));
    checkMessage(failureBlocks(long(), long(), long()));
    checkMessage(noRunBlocks(long()));
  });

  it('help lists at most some dataset names and says how many more there are', () => {
    const text = JSON.stringify(helpBlocks(Array.from({ length: 500 }, (_, i) => `ds${i}`)));
    expect(text).toContain('470 more');
  });

  it('datasets and approvals say how many rows did not fit in the table', () => {
    const ds = datasetsBlocks(Array.from({ length: 150 }, (_, i) => ({ name: `${EVIL}${i}`, description: long(), kind: 'file' as const, latestRun: null })));
    checkMessage(ds);
    expect(JSON.stringify(ds)).toContain('51 more');
    const ap = approvalsBlocks(Array.from({ length: 130 }, (_, i) => item(i)), true);
    checkMessage(ap);
    expect(JSON.stringify(ap)).toContain('31 more');
  });

  it('progress holds with many steps and hostile requester ids', () => {
    checkMessage(progressBlocks({ runId: long(100), label: long(), requesters: ['U0A', '<!channel>', 'cli:x'], state: 'running', position: 3, done: Array.from({ length: 40 }, () => ({ step: long(200), detail: long(200) })), current: long(), note: long() }));
    for (const state of ['queued', 'finished', 'failed', 'cancelled'] as const) checkMessage(progressBlocks({ runId: 'r1', label: EVIL, requesters: [], state, position: 1, done: [], current: null, note: EVIL }));
  });

  it('the run summary escapes data text: label, currency, algorithm, reason, segment names', () => {
    const m = manifest(150, 0);
    const blocks = summaryBlocks(m);
    checkMessage(blocks);
    const section = blocks.find((b) => b.type === 'section') as { text: { text: string } };
    expect(section.text.text).toContain('revenue &lt;!channel&gt;123,457');
    expect(section.text.text).toContain('&lt;https://evil.example|kmeans&gt;');
  });

  it('personas and campaigns hold with many long items (each message chunk of 50 blocks)', () => {
    const m = manifest(60, 60);
    checkMessage(personasBlocks(m));
    checkMessage(campaignsBlocks(m));
    for (const c of m.summary.campaigns) checkMessage(campaignBlocks(c));
  });

  it('flagged or blocked campaigns never show their text', () => {
    const secret = 'SECRET-TEXT-NOT-APPROVED';
    for (const [state, decision] of [['flagged', 'review'], ['rejected', 'review'], ['changes_requested', 'review'], ['auto_approved', 'block']] as const) {
      const c = { ...campaign(1, state, decision), message: secret, audience: secret, offer: secret };
      expect(JSON.stringify(campaignBlocks(c))).not.toContain(secret);
    }
  });

  it('review request, decision and notices hold with long campaigns and many findings', () => {
    const it0 = item(1);
    checkMessage(reviewRequestBlocks(it0, { channel: 'C0MARKETING', threadTs: '1712345678.000100' }));
    for (const v of ['approved', 'rejected', 'changes_requested'] as const) {
      checkMessage(reviewDecidedBlocks(it0, v, '<!channel>', long()));
      checkMessage(decisionNoticeBlocks(it0, v, 'U0CARL', long()));
    }
    for (const d of ['ok', 'block', 'review'] as const) checkMessage(reviewResultBlocks(item(2, { decision: d }), 'C0REVIEW'));
  });

  it('the review buttons carry a value that decodes back to the version the member saw', () => {
    const it0 = item(3, { campaignId: 'run-1:S2:winback' });
    const actions = reviewRequestBlocks(it0, { channel: 'C0MARKETING', threadTs: '1712345678.000100' }).find((b) => b.type === 'actions') as any;
    for (const e of actions.elements) expect(decodeReviewValue(e.value)).toEqual({ c: 'run-1:S2:winback', h: it0.versionHash, o: 'C0MARKETING', t: '1712345678.000100' });
  });

  it('answers hold with long text and big tables', () => {
    checkMessage(answerBlocks({ answerId: 'a1', text: long(), table: { columns: Array.from({ length: 30 }, () => long(300)), rows: Array.from({ length: 300 }, () => Array.from({ length: 30 }, () => long(300))) }, runId: long(100), dataset: long(100), tool: long(100), filter: long(), caveats: Array.from({ length: 20 }, () => long()), phrasedBy: 'llm' }));
  });
});

describe('App Home', () => {
  const run = (i: number) => ({ manifest: { ...manifest(4, 0), label: `${EVIL}${i}` }, permalink: i % 2 ? 'https://example.slack.com/archives/C1/p1' : 'javascript:alert(1)|<!channel>' });

  it('holds 100 blocks with many runs and many pending reviews, showing whole reviews only', () => {
    const pending = Array.from({ length: 40 }, (_, i) => item(i));
    const view = homeView(Array.from({ length: 30 }, (_, i) => run(i)), pending);
    checkBlocks(view.blocks, 100);
    const blocks = view.blocks as any[];
    // every review shown is complete: its header, text, findings, buttons and context, then a divider
    const headers = blocks.map((b, i) => (b.type === 'header' && b.text.text === 'Campaign waiting for approval' ? i : -1)).filter((i) => i >= 0);
    for (const h of headers) {
      expect(blocks[h + 4].type).toBe('actions');
      expect(blocks[h + 6]?.type).toBe('divider');
    }
    const last = blocks[blocks.length - 1];
    expect(last.type).toBe('context');
    expect(last.elements[0].text).toContain(`${40 - headers.length} more`);
    expect(JSON.stringify(view)).toContain('15 more datasets');
    expect(JSON.stringify(view)).not.toContain('javascript:');
  });

  it('two campaigns with the same text (one version hash) get distinct block ids', () => {
    const view = homeView([], [item(1, { campaignId: 'c-1' }), item(1, { campaignId: 'c-2' })]);
    checkBlocks(view.blocks, 100);
  });

  it('shows every review and no "more" note when they fit', () => {
    const view = homeView([run(1)], [item(1), item(2)]);
    checkBlocks(view.blocks, 100);
    expect(JSON.stringify(view)).not.toMatch(/\d+ more/);
  });

  it('no committee section for a non-member, and an empty list says so', () => {
    expect(JSON.stringify(homeView([], null))).not.toContain('Waiting for the committee');
    expect(JSON.stringify(homeView([], []))).toContain('Nothing waits');
  });
});

describe('modals', () => {
  it('the review modal holds with a long prefilled draft and many segments', () => {
    const segments = Array.from({ length: 300 }, (_, i) => ({ key: `S${i}`, name: long(300), size: i }));
    const view = reviewModal({ channel: 'C0MARKETING', threadTs: '1712345678.000100', campaignId: 'run-1:S2:x', runId: 'r1' }, { campaignId: `${EVIL}`, segmentKey: 'S3', channel: long(), audience: long(), message: 'a' + '🎉'.repeat(3000), offer: long() }, segments);
    checkBlocks(view.blocks, 100);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect((view.private_metadata ?? '').length).toBeLessThanOrEqual(3000);
    for (const b of view.blocks as any[]) if (b.element?.initial_value) expect(loneSurrogate.test(b.element.initial_value)).toBe(false);
  });

  it('the reason modal holds', () => {
    for (const verdict of ['rejected', 'changes_requested'] as const) {
      const view = reasonModal({ verdict, campaignId: `${EVIL}${long(300)}`, versionHash: 'ab'.repeat(32), reviewChannel: 'C0REVIEW', reviewTs: '1712345678.000100', origin: { channel: 'C0MARKETING', threadTs: '1712345678.000200' } });
      checkBlocks(view.blocks, 100);
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect((view.private_metadata ?? '').length).toBeLessThanOrEqual(3000);
    }
  });
});
