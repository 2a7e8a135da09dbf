import type { Block, ReportDocument } from './document.js';
import { mdCell, mdTable } from './format.js';

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
    case 'table':
      return mdTable(block.header.map(mdCell), block.rows.map((r) => r.map(mdCell)));
    case 'image':
      return `![${mdCell(block.title)}](charts/${block.fileName})` + (block.caption ? `\n\n*${block.caption}*` : '');
    case 'callout':
      return `> **${block.title}** ${block.text}`;
    case 'card': {
      const badge = block.badge ? ` — \`${block.badge.text}\`` : '';
      const fields = block.fields.map(([k, v]) => `- **${k}:** ${v.replace(/[\r\n]+/g, ' ')}`);
      return [`#### ${block.title}${badge}`, ...(block.body ?? []).map((p) => `${p}\n`), ...fields].join('\n');
    }
  }
}

export function toMarkdown(doc: ReportDocument): string {
  const parts = [`# ${doc.title}`, doc.subtitle];
  for (const s of doc.sections) {
    parts.push(`## ${s.title}`);
    if (s.intro) parts.push(s.intro);
    for (const b of s.blocks) parts.push(blockToMarkdown(b));
  }
  return parts.join('\n\n') + '\n';
}
