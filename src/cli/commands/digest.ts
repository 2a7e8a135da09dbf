import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { ConfigError, DataError } from '../../errors.js';
import { safeJsonLine, stderrProgress } from '../output.js';

const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError(`--as-of must be a date as YYYY-MM-DD, got "${value}".`);
  return value;
};

interface DigestFlags {
  data: string;
  asOf?: string;
  dataset?: string;
  out?: string;
  post?: boolean;
  narrate: boolean;
  seed: number;
  k?: number;
  json?: boolean;
  quiet?: boolean;
}

/** `segbot digest`: analyze a dataset as of a date, store its snapshot, and write the digest against the previous one. */
export function registerDigestCommand(program: Command): void {
  program
    .command('digest')
    .description('Snapshot a dataset as of a date and write the weekly digest: what changed since the previous snapshot, with the migration chart and the campaigns review let through.')
    .requiredOption('--data <file or dataset>', 'a dataset name from SEGBOT_DATASETS (or demo), or a data file')
    .option('--as-of <date>', 'snapshot date, YYYY-MM-DD (lines on or after it are left out)', isoDate)
    .option('--dataset <name>', 'the history a file belongs to (default: the file name)')
    .option('-o, --out <dir>', 'write digest.json, digest.md and charts/migration.png here')
    .option('--post', 'post the digest to SEGBOT_DIGEST_CHANNEL (needs SLACK_BOT_TOKEN)')
    .option('--no-narrate', 'skip personas and campaigns (faster; the digest then recommends none)')
    .option('--seed <n>', 'seed for every random choice', (v) => Number(v), 42)
    .option('--k <n>', 'force the number of segments', (v) => Number(v))
    .option('--json', 'print the digest data as one JSON line')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (flags: DigestFlags) => {
      const config = loadConfig();
      // Refused before the analysis, not after it: --post cannot work without Slack and a channel.
      if (flags.post && (!config.slack || !config.digest.channel)) {
        throw new ConfigError('BAD_ENV', '--post needs SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN) and SEGBOT_DIGEST_CHANNEL. Set them, or leave out --post.');
      }
      const progress = stderrProgress(flags.quiet || flags.json);
      const [{ createServices }, { runIntoArtifacts, jobForDataset, newRunId, measurementDigestSection }, digest] = await Promise.all([import('../../services/index.js'), import('../../runs/index.js'), import('../../digest/index.js')]);
      const services = await createServices(config, { log: (line) => progress.info(line) });
      try {
        const named = services.datasets.get(flags.data);
        if (!named && !existsSync(flags.data)) throw new DataError('FILE_NOT_FOUND', `${flags.data}: no dataset of that name (segbot datasets are: ${services.datasets.list().map((d) => d.name).join(', ')}) and no such file. Pass a dataset name or a file path.`);
        const dataset = (flags.dataset ?? named?.name ?? path.basename(flags.data).replace(/\.(csv|tsv|txt|parquet)(\.gz)?$/i, '')).toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
        const base = named ? jobForDataset(named).request : { source: flags.data, load: {}, engine: {} };
        const asOf = flags.asOf ?? base.load?.asOf;
        // The run goes into the artifact store like the bot's runs (not a temporary folder), so that
        // its campaigns can be exported and asked about later.
        const runId = newRunId();
        const requester = await services.approvalServices.cliRequester();
        const { manifest, engine } = await runIntoArtifacts(
          { artifacts: services.artifacts, deps: services.runDeps },
          {
            runId,
            job: {
              dataset,
              label: dataset,
              sourceKey: named ? `dataset:${named.name}` : `file:${path.resolve(flags.data)}`,
              narrate: flags.narrate,
              request: { ...base, seed: flags.seed, memoryLimit: config.duckdbMemory, load: { ...base.load, ...(asOf ? { asOf } : {}) }, engine: { ...base.engine, k: flags.k ?? base.engine?.k } },
            },
            requestedBy: () => [requester],
            now: () => new Date(),
            progress,
          },
        );
        const run = { engine, summary: manifest.summary };
        const meta = await services.snapshots.record({ dataset, runId, result: run.engine.result, assignments: run.engine.assignments });
        const measured = await measurementDigestSection(services.store, meta.asOf);
        const campaigns = await digest.shareableCampaigns(run.summary.campaigns, (id, hash) => services.approvals.canShare(id, hash));
        const produced = await digest.produceDigest(services.snapshots, meta.id, { campaigns, sections: measured ? [measured] : [], narrator: services.digestNarrator });
        if (flags.out) {
          const files = await digest.writeDigestFolder(path.resolve(flags.out), produced);
          progress.info(`wrote ${files.join(', ')} in ${path.resolve(flags.out)}`);
        }
        // What the digest left out, and where it went: flagged campaigns wait for the committee, blocked ones are never shown.
        const shown = new Set(campaigns.map((c) => c.campaignId));
        const withheld = await Promise.all(run.summary.campaigns.filter((c) => !shown.has(c.campaignId)).map((c) => services.approvals.get(c.campaignId)));
        const flagged = withheld.filter((v) => v.state === 'flagged');
        const blocked = withheld.filter((v) => v.decision === 'block');
        if (flagged.length) progress.info(`${flagged.length} campaign${flagged.length === 1 ? '' : 's'} kept out of the digest wait${flagged.length === 1 ? 's' : ''} for the committee: ${flagged.map((v) => v.campaignId).join(', ')} (segbot approvals list).`);
        if (blocked.length) progress.info(`${blocked.length} campaign${blocked.length === 1 ? ' was' : 's were'} blocked by the review and will never be shown: ${blocked.map((v) => v.campaignId).join(', ')}.`);
        let review: { channel: string | null; posted: string[]; failed: { campaignId: string; error: string }[] } | null = null;
        if (flags.post) {
          const { postDigestWithToken, postForReviewWithToken } = await import('../../bot/digest.js');
          const ts = await postDigestWithToken(config, produced);
          progress.info(`posted to ${config.digest.channel} (ts ${ts})`);
          review = await postForReviewWithToken(config, flagged, (p) => services.store.saveReviewPost(p));
          if (review.posted.length) progress.info(`sent ${review.posted.length} flagged campaign${review.posted.length === 1 ? '' : 's'} to the review channel ${review.channel}: ${review.posted.join(', ')}`);
          for (const f of review.failed) progress.info(`could not post ${f.campaignId} to the review channel ${review.channel} (${f.error}); it waits in segbot approvals list.`);
          if (flagged.length && !review.channel) progress.info('SEGBOT_REVIEW_CHANNEL is not set: the flagged campaigns wait in segbot approvals list and the bot\'s App Home.');
        }
        const left = { withheld: withheld.map((v) => ({ campaignId: v.campaignId, state: v.state, decision: v.decision })), ...(review ? { review } : {}) };
        if (flags.json) process.stdout.write(safeJsonLine({ ok: true, snapshot: meta.id, ...produced.data, text: produced.text, ...left }));
        else process.stdout.write(`${produced.text.headline}\n${produced.text.lines.map((l) => `- ${l}`).join('\n')}\n`);
      } finally {
        await services.close();
      }
    });
}
