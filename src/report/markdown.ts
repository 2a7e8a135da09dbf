import type { Block, ReportDocument } from './document.js';
import { mdCell, mdTable, mdText } from './format.js';

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'p':
      return mdText(block.text);
    case 'list':
      return block.items.map((i) => `- ${mdText(i)}`).join('\n');
    case 'table':
      return mdTable(block.header.map(mdCell), block.rows.map((r) => r.map(mdCell)));
    case 'image':
      return `![${mdCell(block.title)}](charts/${block.fileName})` + (block.caption ? `\n\n*${mdText(block.caption)}*` : '');
    case 'callout':
      return `> **${mdText(block.title)}** ${mdText(block.text)}`;
    case 'card': {
      const badge = block.badge ? ` — ${mdText(block.badge.text)}` : '';
      const fields = block.fields.map(([k, v]) => `- **${mdText(k)}:** ${mdText(v)}`);
      return [`#### ${mdText(block.title)}${badge}`, ...(block.body ?? []).map((p) => `${mdText(p)}\n`), ...fields].join('\n');
    }
  }
}

export function toMarkdown(doc: ReportDocument): string {
  const parts = [`# ${mdText(doc.title)}`, mdText(doc.subtitle)];
  for (const s of doc.sections) {
    parts.push(`## ${mdText(s.title)}`);
    if (s.intro) parts.push(mdText(s.intro));
    for (const b of s.blocks) parts.push(blockToMarkdown(b));
  }
  return parts.join('\n\n') + '\n';
}
