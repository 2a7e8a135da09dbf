import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { detectSeparator } from '../../src/data/separator.js';

describe('detectSeparator', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectSeparator('a,b,c\n1,2,3\n', 'f')).toBe(',');
    expect(detectSeparator('a;b;c\n1;2,5;3\n', 'f')).toBe(';');
    expect(detectSeparator('a\tb\n1\t2\n', 'f')).toBe('\t');
  });

  it('ignores separators inside quotes', () => {
    expect(detectSeparator('a;b\n"x, y, z";2\n"p, q";3\n', 'f')).toBe(';');
  });

  it('takes --sep, with \\t and "tab" for tabs', () => {
    expect(detectSeparator('a|b\n1|2\n', 'f', '|')).toBe('|');
    expect(detectSeparator('a\tb\n1\t2\n', 'f', '\\t')).toBe('\t');
    expect(detectSeparator('a\tb\n1\t2\n', 'f', 'tab')).toBe('\t');
  });

  it('refuses a multi-character --sep', () => {
    expect(() => detectSeparator('a,b\n', 'f', ',,')).toThrow(DataError);
  });
});
