/** `/segment digest now|preview [dataset]`: post this week's digest here (after a fresh run), or show the latest one to the asker. */
import type { KnownBlock } from '@slack/types';
import type { BotDeps, WebClient } from '../../deps.js';
import { usageBlocks } from '../../views/index.js';
import { mayPostIn, notAllowedText, slackError } from '../../slack-io.js';
import { digestFromLatest, digestFromNewRun, slackDigestPoster } from '../../digest.js';

type Reply = (blocks: KnownBlock[], text: string) => Promise<unknown>;

export async function digestCommand(deps: BotDeps, client: WebClient, req: { mode: 'now' | 'preview'; dataset?: string; user: string; channel: string }, reply: Reply): Promise<void> {
  const name = req.dataset ?? deps.services.config.digest.dataset;
  if (!deps.services.datasets.get(name)) {
    const names = deps.services.datasets.list().map((d) => d.name).join(', ');
    return void (await reply(usageBlocks(`There is no dataset called "${name}". Datasets: ${names}.`, deps.command), 'Unknown dataset'));
  }
  if (req.mode === 'preview') {
    const digest = await digestFromLatest(deps, name);
    if (!digest) return void (await reply(usageBlocks(`No snapshot of ${name} yet: \`${deps.command} digest now ${name}\` or \`${deps.command} run ${name}\` makes one.`, deps.command), 'No snapshot yet'));
    return void (await reply(digest.blocks as unknown as KnownBlock[], digest.text.headline));
  }
  if (!mayPostIn(deps, req.channel)) return void (await reply(usageBlocks(notAllowedText(deps), deps.command), 'Not here'));
  deps.track(
    (async () => {
      try {
        const digest = await digestFromNewRun(deps, client, name, req.channel, req.user, null);
        await slackDigestPoster(client, { reviewChannel: deps.slack.reviewChannel, log: deps.log }).post(digest, req.channel);
      } catch (e) {
        deps.log.error(`digest of ${name} failed: ${slackError(e)}`);
        await reply(usageBlocks(`The digest of ${name} could not be made: ${slackError(e).slice(0, 300)}`, deps.command), 'Digest failed').catch(() => undefined);
      }
    })(),
  );
}
