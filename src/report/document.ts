/**
 * A report is built once as a plain document (sections of blocks), then rendered to Markdown
 * and to one self-contained HTML file, so both say the same thing.
 */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'image'; title: string; caption: string; fileName: string; png: Buffer }
  | { kind: 'callout'; tone: 'info' | 'warn' | 'danger' | 'ok'; title: string; text: string }
  | { kind: 'card'; title: string; badge?: { text: string; tone: 'info' | 'warn' | 'danger' | 'ok' }; fields: [string, string][]; body?: string[] };

export interface Section {
  id: string;
  title: string;
  intro?: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: Section[];
}

/**
 * Every text of a document with control, escape and invisible characters made visible (issue 14):
 * campaign copy and names come from the data and the narrator, and a report must show what is
 * stored, not what an escape sequence or a bidi override makes it look like.
 */
export function withVisibleText(doc: ReportDocument, visible: (text: string) => string): ReportDocument {
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'p':
        return { ...b, text: visible(b.text) };
      case 'list':
        return { ...b, items: b.items.map(visible) };
      case 'table':
        return { ...b, header: b.header.map(visible), rows: b.rows.map((r) => r.map(visible)) };
      case 'image':
        return { ...b, title: visible(b.title), caption: visible(b.caption) };
      case 'callout':
        return { ...b, title: visible(b.title), text: visible(b.text) };
      case 'card':
        return {
          ...b,
          title: visible(b.title),
          badge: b.badge ? { ...b.badge, text: visible(b.badge.text) } : undefined,
          fields: b.fields.map(([k, v]) => [visible(k), visible(v)] as [string, string]),
          body: b.body?.map(visible),
        };
    }
  };
  return {
    title: visible(doc.title),
    subtitle: visible(doc.subtitle),
    sections: doc.sections.map((s) => ({ ...s, title: visible(s.title), intro: s.intro === undefined ? undefined : visible(s.intro), blocks: s.blocks.map(block) })),
  };
}
