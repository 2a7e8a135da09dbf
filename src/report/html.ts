import type { Block, ReportDocument } from './document.js';
import { escapeHtml as e } from './format.js';

const CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bg:#fff;--accent:#0072B2;--ok:#009E73;--warn:#E69F00;--danger:#D55E00;--info:#56B4E9}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:32px 24px 64px}header h1{margin:0 0 4px;font-size:28px}header p{margin:0;color:var(--muted)}
nav{margin:16px 0 8px;display:flex;flex-wrap:wrap;gap:6px}nav a{font-size:13px;padding:3px 10px;border:1px solid var(--line);border-radius:999px;background:var(--bg);color:var(--accent);text-decoration:none}
section{background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:18px 0}section h2{margin:0 0 10px;font-size:20px}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0}th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:12px 0 20px}figure img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px}figcaption{color:var(--muted);font-size:13px}
.callout{border-left:4px solid var(--info);background:#f3f8fc;padding:10px 14px;border-radius:4px;margin:10px 0}.callout.warn{border-color:var(--warn);background:#fdf7ea}.callout.danger{border-color:var(--danger);background:#fcf0ea}.callout.ok{border-color:var(--ok);background:#ecf8f3}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px}.card h4{margin:0 0 6px;font-size:15px}
.card dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px;font-size:13.5px}.card dt{color:var(--muted)}.card dd{margin:0}
.badge{display:inline-block;font-size:11.5px;font-weight:600;padding:1px 8px;border-radius:999px;margin-left:6px;color:#fff;background:var(--info);vertical-align:middle}.badge.ok{background:var(--ok)}.badge.warn{background:var(--warn);color:#1d2330}.badge.danger{background:var(--danger)}
`;

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
      return `<p>${e(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number) => (block.numeric?.[i] ? ' class="num"' : '');
      const head = block.header.map((h, i) => `<th${cls(i)}>${e(h)}</th>`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${e(c)}</td>`).join('')}</tr>`).join('\n');
      return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
    }
    case 'image':
      return `<figure><img alt="${e(block.title)}" src="data:image/png;base64,${block.png.toString('base64')}">${block.caption ? `<figcaption>${e(block.caption)}</figcaption>` : ''}</figure>`;
    case 'callout':
      return `<div class="callout ${block.tone}"><strong>${e(block.title)}</strong> ${e(block.text)}</div>`;
    case 'card': {
      const badge = block.badge ? `<span class="badge ${block.badge.tone}">${e(block.badge.text)}</span>` : '';
      const body = (block.body ?? []).map((p) => `<p>${e(p)}</p>`).join('');
      const fields = block.fields.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
      return `<div class="card"><h4>${e(block.title)}${badge}</h4>${body}<dl>${fields}</dl></div>`;
    }
  }
}

/** Groups consecutive cards into a grid. */
function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  let cards: string[] = [];
  const flush = () => {
    if (cards.length) out.push(`<div class="cards">${cards.join('\n')}</div>`);
    cards = [];
  };
  for (const b of blocks) {
    if (b.kind === 'card') cards.push(blockToHtml(b));
    else {
      flush();
      out.push(blockToHtml(b));
    }
  }
  flush();
  return out.join('\n');
}

/** One self-contained HTML file: inline CSS, images as data URIs, no scripts, no external requests. */
export function toHtml(doc: ReportDocument): string {
  const nav = doc.sections.map((s) => `<a href="#${e(s.id)}">${e(s.title)}</a>`).join('');
  const sections = doc.sections
    .map((s) => `<section id="${e(s.id)}"><h2>${e(s.title)}</h2>${s.intro ? `<p>${e(s.intro)}</p>` : ''}\n${blocksToHtml(s.blocks)}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${e(doc.title)}</title><style>${CSS}</style></head>
<body><main><header><h1>${e(doc.title)}</h1><p>${e(doc.subtitle)}</p></header><nav>${nav}</nav>
${sections}
</main></body></html>
`;
}
