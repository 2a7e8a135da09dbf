/**
 * The digest as a Block Kit payload and as Markdown: pure functions of the digest data and its
 * text. Segment names and campaign text come from data or an LLM, so they are escaped for mrkdwn.
 */
import type { DigestData } from './build.js';

export interface DigestText {
  headline: string;
  lines: string[];
  /** Which narrator wrote the lines. */
  narrator: 'offline' | 'llm';
  /** Why the offline text stands in for the LLM's (a timeout, text that failed the checks). */
  note?: string;
}

// The same escapes as the bot's mrkdwnText (digest sits below bot/, so it cannot import it): & < >, broadcasts defused, invisible characters shown.
function esc(text: string, max = 2800): string {
  const shown = text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) // eslint-disable-line no-control-regex -- finding control characters is the point
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
  return shown.length <= max ? shown : shown.slice(0, max - 1) + '…';
}

export const digestTitle = (d: DigestData) => `Weekly digest: ${d.dataset}, as of ${d.asOf}`;

export function digestBlocks(d: DigestData, text: DigestText): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: esc(digestTitle(d), 150) } },
  ];
  if (d.late) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `:hourglass: Late: this digest was due ${esc(d.late.scheduledFor)}; Segbot was not running then.` }] });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${esc(text.headline)}*` } });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: text.lines.map((l) => `• ${esc(l, 400)}`).join('\n') } });
  blocks.push({
    type: 'section',
    fields: d.segments.slice(0, 10).map((s) => ({ type: 'mrkdwn', text: `*${s.label}* ${esc(s.name, 60)}\n${s.customers.toLocaleString('en-US')} customers` })),
  });
  if (d.campaigns.length) {
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Campaigns worth running now* (approved by review)' } });
    for (const c of d.campaigns) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${esc(c.segmentKey, 20)} · ${esc(c.persona, 80)}* (${esc(c.channel, 30)})\n${esc(c.message, 600)}\n_Offer:_ ${esc(c.offer, 200)}` } });
    }
  }
  for (const s of d.sections) {
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${esc(s.title, 150)}*\n${s.lines.map((l) => `• ${esc(l, 500)}`).join('\n')}` } });
  }
  const context = [`Compared with ${d.previousAsOf ?? 'nothing yet (first snapshot)'}`, `snapshot ${d.snapshotId}`, text.narrator === 'llm' ? 'text by the LLM narrator, numbers by Segbot' : 'text by the offline narrator'];
  if (text.note) context.push(esc(text.note, 300));
  if (d.runLink && /^https?:\/\/[^\s<>|]+$/.test(d.runLink)) context.push(`<${d.runLink}|the full run>`);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
  return blocks;
}

export function digestMarkdown(d: DigestData, text: DigestText): string {
  const md = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
  const out = [`# ${md(digestTitle(d))}`, ''];
  if (d.late) out.push(`_Late: due ${md(d.late.scheduledFor)}._`, '');
  out.push(`**${md(text.headline)}**`, '', ...text.lines.map((l) => `- ${md(l)}`), '');
  if (text.note) out.push(`_${md(text.note)}_`, '');
  out.push('| segment | name | customers | revenue |', '|---|---|---:|---:|');
  for (const s of d.segments) out.push(`| ${s.label} | ${md(s.name)} | ${s.customers} | ${s.revenue.toFixed(2)} |`);
  if (d.change) {
    const m = d.change.segmentMigration;
    out.push('', `## Migration ${md(d.change.from)} → ${md(d.change.to)}`, '', `| from \\ to | ${m.columns.join(' | ')} |`, `|---|${m.columns.map(() => '---:').join('|')}|`);
    m.rows.forEach((r, i) => out.push(`| ${r} | ${m.counts[i].join(' | ')} |`));
  }
  if (d.campaigns.length) {
    out.push('', '## Campaigns worth running now');
    for (const c of d.campaigns) out.push('', `**${md(c.segmentKey)} · ${md(c.persona)}** (${md(c.channel)}): ${md(c.message)} Offer: ${md(c.offer)}`);
  }
  for (const s of d.sections) out.push('', `## ${md(s.title)}`, '', ...s.lines.map((l) => `- ${md(l)}`));
  return out.join('\n') + '\n';
}
