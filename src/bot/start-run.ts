/** Starting a run from Slack (a command, a mention or an uploaded file) and following it in a thread. */
import type { RunJob } from '../runs/index.js';
import type { BotDeps, WebClient } from './deps.js';
import { followRun } from './run-thread.js';
import { ephemeral, slackError } from './slack-io.js';

export interface StartRunRequest {
  job: RunJob;
  user: string;
  channel: string;
  threadTs?: string;
  /** Called when the file behind an upload can be removed (the run is over). */
  cleanup?: () => Promise<void>;
}

/** Queues (or joins) the run and follows it in Slack; long work is tracked, not awaited. */
export function startRun(deps: BotDeps, client: WebClient, req: StartRunRequest): { runId: string; joined: boolean } {
  const { run, joined } = deps.services.runs.start({ ...req.job, request: { ...req.job.request, memoryLimit: deps.services.config.duckdbMemory } }, req.user);
  deps.log.info(`run ${run.id} ${joined ? 'joined' : 'queued'} for ${req.job.sourceKey} by ${req.user}`);
  const following = followRun(deps, client, run, { channel: req.channel, user: req.user, threadTs: req.threadTs }, req.job.label).catch(async (error: unknown) => {
    const code = slackError(error);
    // Nobody can see this run: stop it unless someone else follows it too.
    if (!joined && run.requesters.length === 1) run.cancel(req.user);
    await ephemeral(deps, client, req.channel, req.user, `I could not post in this conversation (${code}), so I stopped the analysis. Invite me with \`/invite @Segbot\`, or ask me in a DM.`);
  });
  deps.track(req.cleanup ? following.finally(() => run.done.then(() => req.cleanup?.())) : following);
  return { runId: run.id, joined };
}
