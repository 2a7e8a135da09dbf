/**
 * "Export audience" on a run's approved campaign: the requester gets the audience file in a private
 * message and the export is audited; an outsider's click is refused by the server with a note only
 * they see, and nothing is exported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandinMessage } from '../../src/slack-standin/index.js';
import { blockText, dm, MARKETER, MARKETING, OTTO, startBotHarness, until, type BotHarness } from './harness.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

type Actions = { type: string; elements?: { action_id: string; value: string }[] };
const exportButton = (m: StandinMessage) => (m.blocks as Actions[] | undefined)?.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])).find((e) => e.action_id === 'audience_export');

describe('Export audience', () => {
  it('sends the requester the audience file privately, audited; refuses an outsider', async () => {
    await h.standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'run small' });
    const withButton = await until('a campaign with an Export audience button', () => h.standin.messages(MARKETING).find((m) => exportButton(m)), 200_000);
    const value = exportButton(withButton)!.value;
    const campaignId = (JSON.parse(value) as { c: string }).c;

    await h.standin.sendBlockAction({ user: OTTO, actionId: 'audience_export', value, channel: MARKETING, message: withButton });
    const refusal = await until('a refusal', () => h.standin.messages(MARKETING).find((m) => m.ephemeral_user === OTTO && /Audience not exported/.test(m.text)), 15_000);
    expect(refusal.text).toMatch(/not on the approval committee/);

    await h.standin.sendBlockAction({ user: MARKETER, actionId: 'audience_export', value, channel: MARKETING, message: withButton });
    const shared = await until('the audience file in a DM', () => h.standin.messages(dm(MARKETER)).find((m) => m.subtype === 'file_share' && blockText(m).includes(campaignId)), 30_000);
    expect(shared.text).toMatch(/treatment and \d+ holdout/);
    const file = h.standin.files().find((f) => f.name.startsWith('audience-'))!;
    expect(file.bytes.toString('utf8').split('\n')[0]).toBe('customer_id,group');
    expect(h.standin.messages(MARKETING).some((m) => m.files?.some((f) => f.name.startsWith('audience-')))).toBe(false);
    const audit = await h.services.approvals.history(campaignId);
    expect(audit.filter((e) => e.action === 'exported').map((e) => e.actor)).toEqual([MARKETER]);
  }, 260_000);
});
