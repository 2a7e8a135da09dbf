import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare } from '../../src/narrative/format.js';

describe('narrative number formatting', () => {
  it('rounds half up on the decimal digits written, as the report does on the unrounded value', () => {
    // 0.0705 is what the payload keeps of a 7.0546% revenue share; the report prints 7.1%.
    expect(formatShare(0.0705)).toBe('7.1%');
    expect(formatNumber(7.05, 1)).toBe('7.1');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(2.5)).toBe('3');
    expect(formatNumber(-2.25, 1)).toBe('-2.3');
  });

  it('groups thousands and keeps tiny and huge values readable', () => {
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(0.5, 2)).toBe('0.50');
    expect(formatNumber(1e-7, 2)).toBe('0.00');
    expect(formatNumber(-0.001, 1)).toBe('0.0');
    expect(formatNumber(1e21)).toBe('1e+21');
  });
});
