/** `segbot digest --out`: digest.json (numbers, migration matrices, Block Kit payload), digest.md and charts/, swapped in whole. */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../errors.js';
import { MIGRATION_CHART_FILE } from './chart.js';
import type { Digest } from './produce.js';

export const DIGEST_JSON = 'digest.json';

export function digestJson(d: Digest): string {
  return JSON.stringify({ ...d.data, text: d.text, blocks: d.blocks }, null, 2) + '\n';
}

export async function writeDigestFolder(outDir: string, digest: Digest): Promise<string[]> {
  const existing = await readdir(outDir).catch(() => null);
  if (existing && existing.length && !existing.includes(DIGEST_JSON)) {
    throw new DataError('OUTPUT_NOT_SEGBOT', `${outDir} holds files that Segbot did not write (no ${DIGEST_JSON}); it will not replace them. Pass an empty or new --out folder.`);
  }
  if (existing === null && (await stat(outDir).catch(() => null))) throw new DataError('OUTPUT_NOT_SEGBOT', `${outDir} is not a folder. Pass a folder for --out.`);
  const staging = `${outDir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'charts'), { recursive: true });
  const files = [DIGEST_JSON, 'digest.md'];
  await writeFile(path.join(staging, DIGEST_JSON), digestJson(digest));
  await writeFile(path.join(staging, 'digest.md'), digest.markdown);
  if (digest.chart) {
    await writeFile(path.join(staging, 'charts', MIGRATION_CHART_FILE), digest.chart);
    files.push(`charts/${MIGRATION_CHART_FILE}`);
  }
  if (existing) await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  return files;
}
