import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('takes DuckDB memory cap as a size', () => {
    expect(loadConfig({ SEGBOT_DUCKDB_MEMORY: '2GB' }, '/tmp').duckdbMemory).toBe('2GB');
    expect(loadConfig({}, '/tmp').duckdbMemory).toBeUndefined();
  });

  it('rejects a DuckDB memory cap that is not a size, naming the variable', () => {
    expect(() => loadConfig({ SEGBOT_DUCKDB_MEMORY: 'lots' }, '/tmp')).toThrow(ConfigError);
    expect(() => loadConfig({ SEGBOT_DUCKDB_MEMORY: 'lots' }, '/tmp')).toThrow(/SEGBOT_DUCKDB_MEMORY is invalid: must be a size such as 1536MB or 2GB/);
  });
});

describe('approval settings (issue 14)', () => {
  it('puts the store in one place per user, not the current directory', () => {
    expect(loadConfig({ XDG_DATA_HOME: '/srv/xdg' }, '/some/project').dataDir).toBe('/srv/xdg/segbot');
    expect(loadConfig({}, '/some/project').dataDir).toBe(path.join(os.homedir(), '.local', 'share', 'segbot'));
    expect(loadConfig({}, '/a').dataDir).toBe(loadConfig({}, '/b').dataDir);
    expect(loadConfig({ SEGBOT_DATA_DIR: 'rel' }, '/some/project').dataDir).toBe('/some/project/rel');
    expect(loadConfig({ XDG_DATA_HOME: '/srv/xdg' }, '/p').artifactsDir).toBe('/srv/xdg/segbot/artifacts');
  });

  it('reads SEGBOT_IDENTITIES as local:SlackId pairs, and the owner URL', () => {
    const c = loadConfig({ SEGBOT_IDENTITIES: 'alice:U0123ABCD, bob:W0456EFGH', SEGBOT_DATABASE_OWNER_URL: 'postgres://owner@db/segbot' }, '/tmp');
    expect(c.identities).toEqual({ alice: 'U0123ABCD', bob: 'W0456EFGH' });
    expect(c.databaseOwnerUrl).toBe('postgres://owner@db/segbot');
    expect(() => loadConfig({ SEGBOT_IDENTITIES: 'alice=U0123ABCD' }, '/tmp')).toThrow(/SEGBOT_IDENTITIES is invalid: must be local:SlackId pairs/);
    expect(() => loadConfig({ SEGBOT_DATABASE_OWNER_URL: 'mysql://x' }, '/tmp')).toThrow(/SEGBOT_DATABASE_OWNER_URL is invalid/);
  });
});
