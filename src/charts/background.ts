/** Paints the canvas white before drawing: a transparent PNG turns black or checkered in some viewers. */
import type { Plugin } from 'chart.js';

export const backgroundPlugin: Plugin = {
  id: 'segbotBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};
