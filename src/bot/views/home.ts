/** App Home: the latest run per dataset with a link to its thread, and the member's pending reviews. */
import type { HomeView } from '@slack/types';
import type { RunManifest } from '../../runs/index.js';
import { context, divider, header, section, type Blocks } from './blocks.js';
import { count } from './format.js';
import { mrkdwnText } from '../text.js';
import { reviewRequestBlocks, type ReviewItem } from './review.js';

export interface HomeRun {
  manifest: RunManifest;
  permalink: string | null;
}

/** Slack's limit for a Home tab or a modal. */
export const MAX_VIEW_BLOCKS = 100;
const MAX_RUNS = 15;

export function homeView(runs: HomeRun[], pending: ReviewItem[] | null, command = '/segment'): HomeView {
  const blocks: Blocks = [header('Segbot')];
  blocks.push(section(`Segments, personas and campaigns from your data. \`${command} help\` shows what I can do.`), divider());
  blocks.push(section('*Latest run per dataset*'));
  if (runs.length === 0) blocks.push(context(`No runs yet: try \`${command} run demo\`.`));
  for (const r of runs.slice(0, MAX_RUNS)) {
    const s = r.manifest.summary;
    const link = r.permalink && /^https?:\/\/[^\s|<>]+$/.test(r.permalink) ? ` · <${r.permalink}|open the thread>` : '';
    blocks.push(section(`*${mrkdwnText(r.manifest.label, 60)}* · ${count(s.customers)} customers in ${s.segments.filter((x) => !x.isNoise).length} segments · ${mrkdwnText(r.manifest.createdAt.slice(0, 16).replace('T', ' '), 20)} UTC${link}`));
  }
  if (runs.length > MAX_RUNS) blocks.push(context(`${runs.length - MAX_RUNS} more datasets have runs: \`${command} datasets\` lists them.`));
  if (pending !== null) {
    blocks.push(divider(), section(`*Waiting for the committee* (${pending.length})`));
    if (pending.length === 0) blocks.push(context('Nothing waits for a decision.'));
    // Whole reviews only (each is several blocks and a divider), leaving room for the note of how many more wait.
    let shown = 0;
    for (const item of pending) {
      const itemBlocks = [...reviewRequestBlocks(item), divider()];
      const room = MAX_VIEW_BLOCKS - blocks.length - (shown + 1 < pending.length ? 1 : 0);
      if (itemBlocks.length > room) break;
      blocks.push(...itemBlocks);
      shown++;
    }
    if (shown < pending.length) blocks.push(context(`${pending.length - shown} more waiting: \`${command} approvals\` lists them all.`));
  }
  return { type: 'home', blocks };
}
