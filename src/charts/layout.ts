/** Title, caption and legend settings shared by every chart, so that they all read the same way. */
import type { ChartType, PluginOptionsByType } from 'chart.js';
import { MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.js';

/** Breaks text into lines of at most `maxChars` characters at spaces (Chart.js titles do not wrap). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rough characters per line for a given width in CSS pixels and font size (DejaVu Sans averages ~0.6 em). */
export function charsPerLine(width: number, fontSize: number): number {
  return Math.max(20, Math.floor((width - 40) / (fontSize * 0.62)));
}

/** The finding as title (bold, top) and the how-to-read caption (small, bottom). */
export function titleAndCaption<TType extends ChartType>(title: string, caption: string, width: number): Partial<PluginOptionsByType<TType>> {
  return {
    title: {
      display: true,
      text: wrapText(title, charsPerLine(width, 18)),
      font: { size: 18, weight: 'bold' },
      color: TEXT_COLOUR,
      align: 'start',
      padding: { top: 4, bottom: 12 },
    },
    subtitle: {
      display: true,
      text: wrapText(caption, charsPerLine(width, 12)),
      font: { size: 12 },
      color: MUTED_TEXT_COLOUR,
      position: 'bottom',
      align: 'start',
      padding: { top: 12, bottom: 6 },
    },
  } as Partial<PluginOptionsByType<TType>>;
}

/** Reads a chart's title and caption back as plain text (for the report and Slack alt text). */
export function chartTexts(config: { options?: object }): { title: string; caption: string } {
  const plugins = (config.options as { plugins?: { title?: { text?: unknown }; subtitle?: { text?: unknown } } } | undefined)?.plugins;
  const join = (t: unknown) => (Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '');
  return { title: join(plugins?.title?.text), caption: join(plugins?.subtitle?.text) };
}
