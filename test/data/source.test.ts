import { describe, expect, it } from 'vitest';
import { headerNames } from '../../src/data/source.js';

describe('headerNames', () => {
  it('splits the header line, quotes and doubled quotes respected, names trimmed', () => {
    expect(headerNames('a, "b;c" ,"say ""hi"""\r\n1,2,3\n', ',')).toEqual(['a', 'b;c', 'say "hi"']);
    expect(headerNames('Kunde;Datum\n1;2\n', ';')).toEqual(['Kunde', 'Datum']);
  });

  it('leaves naming to DuckDB for empty or repeated names, or a header cut short', () => {
    expect(headerNames(',a,b\n', ',')).toBeNull();
    expect(headerNames('a,a\n', ',')).toBeNull();
    expect(headerNames('a,b', ',')).toBeNull();
  });
});
