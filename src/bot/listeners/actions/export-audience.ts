/**
 * "Export audience" on an approved campaign: the clicker (the signed user of the request) gets the
 * audience file, customer_id,treatment|holdout, in a private message. The approval service checks
 * on the server that the version is approved and that the clicker is on the committee or the
 * requester; every export is audited. The file never goes to a channel.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { App, BlockAction } from '@slack/bolt';
import { isSegbotError } from '../../../errors.js';
import { exportAudience } from '../../../services/audience.js';
import type { BotDeps, WebClient } from '../../deps.js';
import { slackError, uploadFiles } from '../../slack-io.js';
import { EXPORT_AUDIENCE_ACTION, decodeReviewValue } from '../../views/index.js';
import { tell, type ClickBody } from './tell.js';

async function sendAudience(deps: BotDeps, client: WebClient, body: ClickBody, campaignId: string): Promise<void> {
  const user = body.user.id;
  const file = path.join(deps.uploadsDir, `audience-${user}-${Date.now()}.csv`);
  try {
    await mkdir(deps.uploadsDir, { recursive: true });
    const s = deps.services;
    const summary = await exportAudience({ approvals: s.approvals, store: s.store, artifacts: s.artifacts }, campaignId, user, file, { recordAs: { kind: 'slack', target: `DM to ${user}` } });
    const dm = (await client.conversations.open({ users: user })).channel?.id ?? user;
    const name = `audience-${campaignId.replace(/[^A-Za-z0-9_-]+/g, '-')}.csv`;
    await uploadFiles(client, { channel: dm }, [{ name, title: name, bytes: await readFile(file) }], `Audience of campaign ${campaignId} (version ${summary.version}): ${summary.customers} customers, ${summary.treatment} treatment and ${summary.holdout} holdout (${Math.round(summary.holdoutFraction * 100)}%). Send the campaign to the treatment group only; the holdout measures it (\`segbot measure\`).`);
  } catch (error) {
    if (isSegbotError(error)) return tell(deps, client, body, `Audience not exported: ${error.message.replace(/\/\S+/g, (p) => path.basename(p))}`);
    deps.log.error(`audience export of ${campaignId} failed: ${error instanceof Error ? error.message : String(error)}`);
    await tell(deps, client, body, `The audience could not be sent (${slackError(error)}); try again.`);
  } finally {
    await rm(file, { force: true });
  }
}

export function registerExportAudience(app: App, deps: BotDeps): void {
  app.action<BlockAction>(EXPORT_AUDIENCE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const b = body as unknown as ClickBody;
    const value = decodeReviewValue((action as { value?: string }).value);
    if (!value) return tell(deps, client, b, 'That button carried no campaign I can read; nothing was exported.');
    deps.track(sendAudience(deps, client, b, value.c));
  });
}
