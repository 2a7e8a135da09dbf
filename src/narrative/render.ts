/**
 * Renders a Narrative as Markdown (report.md, Slack) or as an HTML fragment (report.html). Each
 * campaign carries its stable id (data-campaign-id in HTML) so the lead can attach its review
 * decision next to it.
 */
import { formatShare, playText } from './format.js';
import type { Campaign, Narrative, NarrativeSegment } from './schema.js';

const pct = (share: number) => formatShare(share).replace('.0%', '%');

function abTestLine(c: Campaign): string {
  const mde = c.abTest.minimumDetectableEffect === undefined ? '' : `; minimum detectable effect ${pct(c.abTest.minimumDetectableEffect)}`;
  return `${c.abTest.design} Holdout ${pct(c.abTest.holdoutShare)}; success: ${c.abTest.successMetric} (baseline lift ${pct(c.abTest.baselineLift)}${mde}).`;
}

function sourceLine(s: NarrativeSegment): string {
  if (s.source === 'llm') return 'Written by the LLM; every number checked against the engine.';
  const play = playText(s.playbook);
  const playbook = play ? ` The play: ${play}.` : '';
  return s.fallbackReason ? `Offline text (fallback: ${s.fallbackReason}).${playbook}` : `Offline text.${playbook}`;
}

// Markdown that a segment or product name could break: escape the few characters that matter.
const md = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function renderNarrativeMarkdown(narrative: Narrative): string {
  const lines: string[] = ['## Personas and campaigns', ''];
  lines.push(`Narrator: ${narrative.model === 'offline' ? 'offline playbook' : md(narrative.model)} · prompts ${md(narrative.promptVersion)} · tokens ${narrative.tokens.total}`, '');
  for (const s of narrative.segments) {
    lines.push(`### ${md(s.segmentKey)} · ${md(s.segmentName)}: ${md(s.persona.name)}`, '');
    lines.push(`_${md(sourceLine(s))}_`, '');
    lines.push(md(s.persona.portrait), '');
    lines.push(`**What they value:** ${s.persona.values.map(md).join('; ')}`, '');
    lines.push(`**How they buy:** ${md(s.persona.buyingBehaviour)}`, '');
    for (const c of s.campaigns) {
      lines.push(`#### Campaign ${md(c.id)}: ${md(c.goal)}`, '');
      lines.push(`- **Channel:** ${md(c.channel)}`);
      lines.push(`- **Audience:** ${md(c.audience)}`);
      lines.push(`- **Offer:** ${md(c.offer)}`);
      lines.push(`- **Message:** “${md(c.message)}”`);
      lines.push(`- **KPI:** ${md(c.kpi)}`);
      lines.push(`- **A/B test:** ${md(abTestLine(c))}`, '');
    }
  }
  if (narrative.withheld.length > 0) {
    lines.push('### Segments not described', '');
    for (const w of narrative.withheld) lines.push(`- ${md(w.segmentKey)} · ${md(w.segmentName)} (${w.size} customers): ${md(w.reason)}`);
    lines.push('');
  }
  return lines.join('\n');
}

const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function campaignHtml(c: Campaign): string {
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${html(value)}</dd>`;
  return [
    `<article class="campaign" id="campaign-${html(c.id)}" data-campaign-id="${html(c.id)}">`,
    `<h4>Campaign ${html(c.id)}: ${html(c.goal)}</h4>`,
    '<dl>',
    row('Channel', c.channel),
    row('Audience', c.audience),
    row('Offer', c.offer),
    row('Message', `“${c.message}”`),
    row('KPI', c.kpi),
    row('A/B test', abTestLine(c)),
    '</dl>',
    '</article>',
  ].join('\n');
}

export function renderNarrativeHtml(narrative: Narrative): string {
  const parts: string[] = ['<section class="narrative">', '<h2>Personas and campaigns</h2>'];
  parts.push(`<p class="narrator">Narrator: ${html(narrative.model === 'offline' ? 'offline playbook' : narrative.model)} · prompts ${html(narrative.promptVersion)} · tokens ${narrative.tokens.total}</p>`);
  for (const s of narrative.segments) {
    parts.push(`<section class="persona" id="persona-${html(s.segmentKey)}" data-segment-key="${html(s.segmentKey)}" data-source="${s.source}">`);
    parts.push(`<h3>${html(s.segmentKey)} · ${html(s.segmentName)}: ${html(s.persona.name)}</h3>`);
    parts.push(`<p class="source">${html(sourceLine(s))}</p>`);
    parts.push(`<p class="portrait">${html(s.persona.portrait)}</p>`);
    parts.push(`<p><strong>What they value:</strong></p><ul>${s.persona.values.map((v) => `<li>${html(v)}</li>`).join('')}</ul>`);
    parts.push(`<p><strong>How they buy:</strong> ${html(s.persona.buyingBehaviour)}</p>`);
    for (const c of s.campaigns) parts.push(campaignHtml(c));
    parts.push('</section>');
  }
  if (narrative.withheld.length > 0) {
    parts.push('<section class="withheld"><h3>Segments not described</h3><ul>');
    for (const w of narrative.withheld) parts.push(`<li>${html(w.segmentKey)} · ${html(w.segmentName)} (${w.size} customers): ${html(w.reason)}</li>`);
    parts.push('</ul></section>');
  }
  parts.push('</section>');
  return parts.join('\n') + '\n';
}
