import { createCanvas, loadImage } from '@napi-rs/canvas';

/** Decodes a PNG and counts distinct colours on a grid of sampled pixels (a blank chart has one or two). */
export async function inspectPng(png: Buffer): Promise<{ width: number; height: number; colours: number }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const colours = new Set<number>();
  for (let y = 0; y < image.height; y += 3) {
    for (let x = 0; x < image.width; x += 3) {
      const o = (y * image.width + x) * 4;
      colours.add((data[o] << 16) | (data[o + 1] << 8) | data[o + 2]);
    }
  }
  return { width: image.width, height: image.height, colours: colours.size };
}
