/** App Home: the latest run per dataset with links to its thread; for committee members, their pending reviews. */
import type { App } from '@slack/bolt';
import type { BotDeps, WebClient } from '../../deps.js';
import { homeView, type HomeRun } from '../../views/index.js';
import { slackError } from '../../slack-io.js';
import { toReviewItem } from '../../review-flow.js';
import { recall } from '../../state.js';

export async function publishHome(deps: BotDeps, client: WebClient, user: string): Promise<void> {
  const runs: HomeRun[] = [];
  const seen = new Set<string>();
  const names = [...deps.services.datasets.list().map((d) => d.name), 'upload'];
  for (const name of names) {
    const m = await deps.services.runs.latest(name);
    if (!m || seen.has(m.runId)) continue;
    seen.add(m.runId);
    const thread = (await recall(deps.log, `the threads of run ${m.runId}`, deps.state.threadsOf(m.runId), []))[0];
    let permalink: string | null = null;
    if (thread) {
      try {
        permalink = String((await client.chat.getPermalink({ channel: thread.channel, message_ts: thread.ts })).permalink ?? '') || null;
      } catch {
        permalink = null;
      }
    }
    runs.push({ manifest: m, permalink });
  }
  const member = await deps.services.isCommitteeMember(user);
  const pending = member ? (await deps.services.approvals.pending()).map(toReviewItem) : null;
  try {
    await client.views.publish({ user_id: user, view: homeView(runs, pending, deps.command) });
  } catch (error) {
    deps.log.warn(`views.publish for ${user} failed: ${slackError(error)}`);
  }
}

export function registerAppHomeOpened(app: App, deps: BotDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    deps.track(publishHome(deps, client, event.user));
  });
}
