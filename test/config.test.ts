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
