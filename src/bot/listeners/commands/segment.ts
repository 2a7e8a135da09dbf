/** `/segment …`: ack at once, parse, call a service, answer with a view. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { parseSegmentCommand } from '../../command.js';
import { approvalsBlocks, datasetsBlocks, errorBlocks, helpBlocks, reviewModal, usageBlocks } from '../../views/index.js';
import { mayPostIn, notAllowedText, slackError } from '../../slack-io.js';
import { startRun } from '../../start-run.js';
import { jobForDataset } from '../../../runs/index.js';
import { toReviewItem } from '../../review-flow.js';
import { digestCommand } from './segment-digest.js';

export function registerSegmentCommand(app: App, deps: BotDeps): void {
  app.command(deps.command, async ({ command, ack, respond, client }) => {
    await ack();
    const request = parseSegmentCommand(command.text ?? '', deps.command);
    const user = command.user_id;
    const channel = command.channel_id;
    const reply = (blocks: ReturnType<typeof helpBlocks>, text: string) => respond({ response_type: 'ephemeral', text, blocks });
    switch (request.kind) {
      case 'help':
        return void (await reply(helpBlocks(deps.services.datasets.list().map((d) => d.name), deps.command), 'What Segbot can do'));
      case 'error':
        return void (await reply(usageBlocks(request.message, deps.command), request.message));
      case 'datasets': {
        const lines = await Promise.all(
          deps.services.datasets.list().map(async (d) => ({ name: d.name, description: d.description, kind: /^postgres/i.test(d.source) ? ('postgres' as const) : ('file' as const), latestRun: (await deps.services.runs.latest(d.name))?.createdAt.slice(0, 16).replace('T', ' ') ?? null })),
        );
        return void (await reply(datasetsBlocks(lines, deps.command), 'Datasets'));
      }
      case 'approvals': {
        const pending = (await deps.services.approvals.pending()).map(toReviewItem);
        return void (await reply(approvalsBlocks(pending, await deps.services.isCommitteeMember(user)), 'Campaigns waiting for the committee'));
      }
      case 'review': {
        const latest = await deps.services.runs.latest();
        const segments = latest?.summary.segments.filter((s) => !s.isNoise).map((s) => ({ key: s.key, name: s.name, size: s.size })) ?? [];
        try {
          await client.views.open({ trigger_id: command.trigger_id, view: reviewModal({ channel: mayPostIn(deps, channel) ? channel : user, runId: latest?.runId }, {}, segments) });
        } catch (error) {
          await reply(errorBlocks('Could not open the form', `Slack refused the form (${slackError(error)}). Try the command again.`), 'Could not open the form');
        }
        return;
      }
      case 'cancel': {
        const run = deps.services.runs.get(request.runId);
        if (!run) return void (await reply(usageBlocks(`No queued or running run has the id ${request.runId}.`, deps.command), 'No such run'));
        if (!run.requesters.includes(user) && !(await deps.services.isCommitteeMember(user))) {
          return void (await reply(usageBlocks('Only the people who asked for a run (or a committee member) can cancel it.', deps.command), 'Not yours'));
        }
        const cancelled = run.cancel(user);
        return void (await reply(usageBlocks(cancelled ? `Run ${run.id} is being cancelled.` : `Run ${run.id} has already finished.`, deps.command), 'Cancel'));
      }
      case 'digest':
        return void (await digestCommand(deps, client, { ...request, user, channel }, reply));
      case 'run': {
        if (!mayPostIn(deps, channel)) return void (await reply(usageBlocks(notAllowedText(deps), deps.command), 'Not here'));
        const dataset = deps.services.datasets.get(request.dataset);
        if (!dataset) {
          const names = deps.services.datasets.list().map((d) => d.name).join(', ');
          return void (await reply(usageBlocks(`There is no dataset called "${request.dataset}". Datasets: ${names}.`, deps.command), 'Unknown dataset'));
        }
        startRun(deps, client, { job: jobForDataset(dataset), user, channel });
        return;
      }
    }
  });
}
