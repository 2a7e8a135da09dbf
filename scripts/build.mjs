#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm ci` runs it): compiles src/ once into dist/, one .js file
 * per .ts file in the same layout, with src/'s other files (prompts, the stand-in's page) copied
 * beside them, so that paths built from import.meta.url resolve as they do in src/. bin/segbot.js
 * runs dist/ when it is up to date and falls back to tsx otherwise, so a user's command does not
 * compile TypeScript on every run. Tests and `npm run bench` keep running from src/.
 *
 * Without esbuild (an install that omitted dev dependencies) it says so and exits 0: the command
 * still works through tsx, only its start-up is slower.
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const staging = path.join(root, `dist.tmp-${process.pid}`);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('segbot build: esbuild is not installed (dev dependencies omitted); `segbot` will run through tsx.\n');
  process.exit(0);
}

const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const full = (e) => path.join(e.parentPath ?? e.path, e.name);
const sources = files.filter((e) => e.name.endsWith('.ts')).map(full);
const newest = Math.max(...readdirSync(src, { recursive: true }).map((f) => statSync(path.join(src, f)).mtimeMs), statSync(src).mtimeMs);

rmSync(staging, { recursive: true, force: true });
await esbuild.build({
  entryPoints: sources,
  outdir: staging,
  outbase: src,
  bundle: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const e of files.filter((f) => !f.name.endsWith('.ts'))) {
  const to = path.join(staging, path.relative(src, full(e)));
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(full(e), to);
}
// What bin/segbot.js compares with src/'s newest change to decide whether dist/ is current.
writeFileSync(path.join(staging, 'build-info.json'), JSON.stringify({ srcNewestMtimeMs: newest, files: sources.length }) + '\n');
// Swapped in whole: a reader never sees half a build.
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
process.stderr.write(`segbot build: ${sources.length} modules compiled into dist/\n`);
