import { describe, expect, it } from 'vitest';
import { assignmentCsvLines, parseAssignmentsCsv, formatNumber, type Assignments } from '../../src/result/index.js';

function sample(): Assignments {
  return {
    customerIds: ['00001', 'a,b', '12345'],
    segment: Int32Array.from([0, 1, -1]),
    segmentNames: new Map([[0, 'Champions'], [1, 'Lapsed "big" spenders'], [-1, 'Noise']]),
    rfmSegment: Int16Array.from([0, 1, -1]),
    rfmSegmentNames: ['Champions', 'Lost'],
    recencyDays: Float64Array.from([1, 300, 20]),
    frequency: Float64Array.from([12, 1, 3]),
    monetary: Float64Array.from([1234.567, 15.5, 0.1 + 0.2]),
    anomalyScore: Float64Array.from([0.61234, 0.4, 0.5]),
    x: Float64Array.from([1.23456, -0.00001, 0]),
    y: Float64Array.from([-2, 3.14159, 0]),
  };
}

describe('assignments.csv', () => {
  it('has exactly the documented header and keeps ids as strings with leading zeros', () => {
    const lines = [...assignmentCsvLines(sample())];
    expect(lines[0]).toBe('customer_id,segment,segment_name,rfm_segment,recency_days,frequency,monetary,anomaly_score,x,y');
    // The segment column uses the report's ids (S1, S2, ...; noise for density noise), not 0-based numbers.
    expect(lines[1].startsWith('00001,S1,Champions,Champions,1,12,1234.57,')).toBe(true);
    expect(lines[2]).toContain('"a,b",S2,"Lapsed ""big"" spenders",Lost');
    expect(lines[3].startsWith('12345,noise,Noise,,')).toBe(true);
  });

  it('formats numbers without negative zero or float noise', () => {
    expect(formatNumber(0.1 + 0.2, 2)).toBe('0.3');
    expect(formatNumber(-0.00001, 4)).toBe('0');
    expect(formatNumber(NaN)).toBe('');
  });

  it('prints whole numbers as toFixed read back would (the fast path)', () => {
    for (const [value, text] of [[0, '0'], [-0, '0'], [300, '300'], [-12, '-12'], [2 ** 53, '9007199254740992'], [1e21, '1e+21'], [-1e22, '-1e+22']] as const) {
      for (const digits of [0, 2, 6]) {
        expect(formatNumber(value, digits)).toBe(text);
        expect(formatNumber(value, digits)).toBe(String(Number(value.toFixed(digits))));
      }
    }
    expect(formatNumber(Infinity)).toBe('');
  });

  it('reads back what it writes', () => {
    const text = [...assignmentCsvLines(sample())].join('\n') + '\n';
    const back = parseAssignmentsCsv(text);
    expect(back.customerIds).toEqual(['00001', 'a,b', '12345']);
    expect([...back.segment]).toEqual([0, 1, -1]);
    expect(back.segmentNames.get(1)).toBe('Lapsed "big" spenders');
    expect([...back.rfmSegment]).toEqual([0, 1, -1]);
  });

  it('still reads files written with 0-based segment numbers', () => {
    const old = 'customer_id,segment,segment_name,rfm_segment,recency_days,frequency,monetary,anomaly_score,x,y\n7,2,Lost ones,Lost,1,1,1,0.5,0,0\n8,-1,Noise,,1,1,1,0.5,0,0\n';
    expect([...parseAssignmentsCsv(old).segment]).toEqual([2, -1]);
  });

  it('refuses a file that is not an assignments.csv', () => {
    expect(() => parseAssignmentsCsv('id,seg\n1,2\n')).toThrow(/not an assignments.csv/);
  });
});

describe('assignments.csv against spreadsheet formulas', () => {
  it('prefixes data text starting with = + - @ tab or an apostrophe, and reads it back unchanged', () => {
    const ids = ['=HYPERLINK("http://x","click")', '+1-555', '-2', '@SUM(A1)', '\tTAB', "'quoted", 'plain'];
    const a = { ...sample(), customerIds: ids, segment: Int32Array.from(ids.map(() => 0)), rfmSegment: Int16Array.from(ids.map(() => 0)) };
    const n = ids.length;
    Object.assign(a, { recencyDays: new Float64Array(n), frequency: new Float64Array(n), monetary: new Float64Array(n), anomalyScore: new Float64Array(n), x: new Float64Array(n), y: new Float64Array(n) });
    const lines = [...assignmentCsvLines(a)];
    const firstCells = lines.slice(1).map((l) => l.replace(/^"/, ''));
    for (const cell of firstCells.slice(0, 6)) expect(cell.startsWith("'")).toBe(true);
    expect(firstCells[6].startsWith('plain,')).toBe(true);
    expect(parseAssignmentsCsv(lines.join('\n') + '\n').customerIds).toEqual(ids);
  });
});
