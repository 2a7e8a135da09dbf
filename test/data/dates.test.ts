import { describe, expect, it } from 'vitest';
import { toStrptime } from '../../src/data/index.js';

describe('toStrptime', () => {
  it.each([
    ['DD/MM/YYYY HH:mm', '%d/%m/%Y %H:%M'],
    ['DD.MM.YY', '%d.%m.%y'],
    ['YYYY-MM-DD HH:mm:ss', '%Y-%m-%d %H:%M:%S'],
    ['MM/DD/YYYY hh:mm A', '%m/%d/%Y %I:%M %p'],
    ['D/M/YYYY', '%d/%m/%Y'],
  ])('converts %s', (pattern, strptime) => {
    expect(toStrptime(pattern)).toBe(strptime);
  });

  it('passes strptime formats through', () => {
    expect(toStrptime('%d/%m/%Y %H:%M')).toBe('%d/%m/%Y %H:%M');
  });
});
