/** Planted groups for analysis tests: Gaussian blobs around given centres, seeded. */
import { createRng } from '../../src/analysis/compute/random.js';
import { createMatrix, type Matrix } from '../../src/analysis/types.js';

export function gaussianBlobs(centres: number[][], sizes: number[], spread: number, seed: number): { points: Matrix; truth: Int32Array } {
  const rng = createRng(seed);
  const d = centres[0].length;
  const n = sizes.reduce((a, b) => a + b, 0);
  const points = createMatrix(n, d);
  const truth = new Int32Array(n);
  let i = 0;
  sizes.forEach((size, c) => {
    for (let s = 0; s < size; s++, i++) {
      truth[i] = c;
      for (let j = 0; j < d; j++) points.data[i * d + j] = centres[c][j] + spread * rng.normal();
    }
  });
  return { points, truth };
}

/** Gaussian blobs with `perBlob` points each, rows interleaved (row i belongs to blob i mod k). */
export function interleavedBlobs(centres: number[][], perBlob: number, spread: number, seed: number): { points: Matrix; truth: Int32Array } {
  const rng = createRng(seed);
  const cols = centres[0].length;
  const rows = centres.length * perBlob;
  const points = createMatrix(rows, cols);
  const truth = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const c = i % centres.length;
    truth[i] = c;
    for (let j = 0; j < cols; j++) points.data[i * cols + j] = centres[c][j] + spread * rng.normal();
  }
  return { points, truth };
}
