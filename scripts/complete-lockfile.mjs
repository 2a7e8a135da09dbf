// Records foreign-platform optional binaries (darwin, win32, arm64, musl...) in package-lock.json.
// Why: the package registry this project installs from serves only the linux-x64 builds of
// @duckdb/node-bindings-* and @napi-rs/canvas-*, so `npm install` leaves the others out of the
// lockfile and `npm ci` then refuses the lockfile as out of sync. An entry with its os/cpu/libc
// lets `npm ci` skip the package as unsupported on this platform without fetching it.
// Run after any `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split('/').pop();
  const os = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'].find((o) => tail.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64'].find((c) => new RegExp(`-${c}(-|$)`).test(tail));
  const libc = os === 'linux' ? (tail.includes('musl') ? 'musl' : 'glibc') : undefined;
  return os && cpu ? { os, cpu, libc } : null;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? 'node_modules' : `${path}/node_modules`;
    if (packages[`${base}/${dep}`] || packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[`node_modules/${dep}`] = {
      version,
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: recorded ${added} foreign-platform optional packages`);
