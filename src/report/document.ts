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
