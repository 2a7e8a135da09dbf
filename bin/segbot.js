#!/usr/bin/env node
// Runs the CLI from dist/ (compiled once by `npm run build`, which `npm ci` runs as `prepare`) when
// that build is at least as new as every file under src/; otherwise through tsx, so `npx segbot ...`
// works right after `npm ci` either way and an edited src/ is never shadowed by a stale build.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function distIsCurrent() {
  try {
    const { srcNewestMtimeMs } = JSON.parse(readFileSync(`${root}dist/build-info.json`, 'utf8'));
    const src = `${root}src`;
    if (statSync(src).mtimeMs > srcNewestMtimeMs) return false;
    for (const f of readdirSync(src, { recursive: true })) if (statSync(`${src}/${f}`).mtimeMs > srcNewestMtimeMs) return false;
    return true;
  } catch {
    return false;
  }
}

if (process.env.SEGBOT_FROM_SOURCE !== '1' && distIsCurrent()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
