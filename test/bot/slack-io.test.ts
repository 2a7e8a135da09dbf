/** What goes out to the Web API: fallback text and upload comments cannot carry a broadcast; messages stay under 50 blocks. */
import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import { fallbackText, post, uploadFiles } from '../../src/bot/slack-io.js';
import type { WebClient } from '../../src/bot/deps.js';

function recorder() {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const record = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args });
    return { ok: true, ts: `1.${calls.length}` };
  };
  const client = { chat: { postMessage: record('chat.postMessage'), update: record('chat.update') }, filesUploadV2: record('filesUploadV2') } as unknown as WebClient;
  return { client, calls };
}

describe('fallbackText', () => {
  it('keeps the bot’s own mentions and channel links, and nothing else that Slack would parse', () => {
    expect(fallbackText('for <@U0123ABC> in <#C0123ABC>')).toBe('for <@U0123ABC> in <#C0123ABC>');
    for (const evil of ['<!channel>', '<!here|here>', '<!subteam^S1>', '<https://evil.example|x>', '<@U1|x>', '<#C1|x> <!everyone>', '<mailto:a@b.c>']) {
      expect(fallbackText(evil), evil).not.toMatch(/<(?!@[UW][A-Z0-9]+>|#[CGD][A-Z0-9]+>)/);
    }
  });

  it('is cut to 3000 characters without splitting an emoji', () => {
    const t = fallbackText('🎉'.repeat(5000));
    expect(t.length).toBeLessThanOrEqual(3000);
    expect(/[\uD800-\uDBFF]…$/.test(t)).toBe(false);
  });
});

describe('post', () => {
  it('defuses the fallback text and splits blocks into messages of at most 50', async () => {
    const { client, calls } = recorder();
    const blocks: KnownBlock[] = Array.from({ length: 120 }, () => ({ type: 'divider' }));
    const ts = await post(client, { channel: 'C1', threadTs: '1.0' }, 'Segments in <!channel>.csv', blocks);
    expect(ts).toBe('1.1');
    expect(calls.map((c) => (c.args.blocks as unknown[]).length)).toEqual([50, 50, 20]);
    for (const c of calls) {
      expect(c.args.text).not.toContain('<!channel>');
      expect(c.args.thread_ts).toBe('1.0');
      expect(c.args.unfurl_links).toBe(false);
    }
  });

  it('the charts comment cannot carry a broadcast either', async () => {
    const { client, calls } = recorder();
    await uploadFiles(client, { channel: 'C1' }, [{ name: 'a.png', title: 'a', bytes: Buffer.from('x') }], '3 charts for <!channel>.csv');
    expect(calls[0]!.args.initial_comment).not.toContain('<!channel>');
  });
});
