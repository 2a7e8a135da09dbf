import { describe, expect, it } from 'vitest';
import { compact, count, inSentence, percent, shorten, valueInUnit } from '../../src/charts/format.js';
import { wrapText } from '../../src/charts/layout.js';
import { divergingColour, segmentColour, textColourOn } from '../../src/charts/palette.js';

describe('chart formatting', () => {
  it('formats shares, counts and compact values without the machine locale', () => {
    expect(percent(0.0912)).toBe('9%');
    expect(percent(0.004)).toBe('0.4%');
    expect(percent(0.0002)).toBe('<0.1%');
    expect(count(1234567)).toBe('1,234,567');
    expect(compact(56_300)).toBe('56.3k');
    expect(compact(1_234_567)).toBe('1.2M');
    expect(valueInUnit(12.3, 'days')).toBe('12.3 d');
  });

  it('lower-cases a label mid-sentence but keeps user column names as written', () => {
    expect(inSentence('Days since last purchase')).toBe('days since last purchase');
    expect(inSentence('NumStorePurchases')).toBe('NumStorePurchases');
    expect(inSentence('MntWines spend')).toBe('MntWines spend');
  });

  it('shortens long names and wraps titles at spaces', () => {
    expect(shorten('a'.repeat(40), 10)).toHaveLength(10);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('gives noise grey and distinct colours to the first eight segments', () => {
    expect(new Set(Array.from({ length: 8 }, (_, i) => segmentColour(i))).size).toBe(8);
    expect(segmentColour(-1)).toBe('#9E9E9E');
  });

  it('picks readable text on diverging cells', () => {
    expect(divergingColour(0)).toBe('rgb(247, 247, 247)');
    expect(textColourOn(divergingColour(0))).toBe('#222222');
    expect(textColourOn(divergingColour(3))).toBe('#FFFFFF');
  });
});
