// Slack mrkdwn to DOM nodes. Text only ever reaches the page through textContent and attribute
// setters, never innerHTML, so nothing a bot posts can inject markup or script.

const EMOJI = {
  white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', warning: '⚠️', no_entry: '⛔', bar_chart: '📊', chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉', mag: '🔍', hourglass_flowing_sand: '⏳', hourglass: '⌛', tada: '🎉', bulb: '💡', memo: '📝', email: '📧',
  rotating_light: '🚨', lock: '🔒', thumbsup: '👍', '+1': '👍', thumbsdown: '👎', '-1': '👎', eyes: '👀', robot_face: '🤖', wave: '👋',
  information_source: 'ℹ️', question: '❓', moneybag: '💰', busts_in_silhouette: '👥', bust_in_silhouette: '👤', speech_balloon: '💬',
  large_green_circle: '🟢', large_yellow_circle: '🟡', red_circle: '🔴', package: '📦', gear: '⚙️', calendar: '📅', pushpin: '📌', star: '⭐',
};

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Slack escapes &, < and > in message text; show them as the characters. */
export function decodeEntities(text) {
  return String(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function emoji(name) {
  return EMOJI[name] ?? `:${name}:`;
}

export function safeLink(url, label) {
  if (!/^(https?:|mailto:)/i.test(url)) return el('span', 'link-text', label);
  const a = el('a', 'link', label);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function angle(inner, ctx) {
  const [target, label] = splitOnce(inner, '|');
  if (target.startsWith('@')) {
    const user = ctx.users?.[target.slice(1)];
    return el('span', 'mention', `@${user?.name ?? label ?? target.slice(1)}`);
  }
  if (target.startsWith('#')) return el('span', 'mention', `#${label ?? ctx.channels?.[target.slice(1)]?.name ?? target.slice(1)}`);
  if (target.startsWith('!subteam^')) return el('span', 'mention', label ?? '@group');
  if (target.startsWith('!date^')) return document.createTextNode(decodeEntities(label ?? target));
  if (target.startsWith('!')) return el('span', 'mention broadcast', `@${target.slice(1)}`);
  return safeLink(decodeEntities(target), decodeEntities(label ?? target));
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

const TOKEN = /(`[^`\n]+`)|(<[^<>\n]+>)|(\*[^*\n]+\*)|(_[^_\n]+_)|(~[^~\n]+~)|(:[a-z0-9_+-]+:)/g;

/** Inline mrkdwn: code, links and mentions, *bold*, _italic_, ~strike~, :emoji:. */
export function inline(text, parent, ctx) {
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const before = text[match.index - 1];
    const isStyle = /^[*_~]/.test(token);
    // *bold* only where Slack sees it: not inside a word.
    if (isStyle && before !== undefined && /[A-Za-z0-9]/.test(before)) continue;
    parent.append(document.createTextNode(decodeEntities(text.slice(last, match.index))));
    last = match.index + token.length;
    const inner = token.slice(1, -1);
    if (match[1]) parent.append(el('code', 'inline-code', decodeEntities(inner)));
    else if (match[2]) parent.append(angle(inner, ctx));
    else if (match[6]) parent.append(document.createTextNode(emoji(inner)));
    else {
      const styled = el(token[0] === '*' ? 'strong' : token[0] === '_' ? 'em' : 's');
      inline(inner, styled, ctx);
      parent.append(styled);
    }
  }
  parent.append(document.createTextNode(decodeEntities(text.slice(last))));
}

/** A whole mrkdwn text: ``` code blocks, > quotes, line breaks and inline formatting. */
export function mrkdwn(text, ctx) {
  const root = el('div', 'mrkdwn');
  String(text ?? '').split('```').forEach((part, index) => {
    if (index % 2 === 1) {
      root.append(el('pre', 'code-block', decodeEntities(part.replace(/^\n/, ''))));
      return;
    }
    let quote = null;
    const lines = part.split('\n');
    lines.forEach((line, i) => {
      const quoted = /^(?:&gt;|>)\s?(.*)$/.exec(line);
      if (quoted) {
        if (!quote) root.append((quote = el('blockquote')));
        else quote.append(el('br'));
        inline(quoted[1], quote, ctx);
        return;
      }
      quote = null;
      inline(line, root, ctx);
      if (i < lines.length - 1) root.append(el('br'));
    });
  });
  return root;
}

/** plain_text objects: emoji codes when emoji is not false, nothing else. */
export function plainText(object) {
  const text = String(object?.text ?? '');
  return object?.emoji === false ? text : text.replace(/:([a-z0-9_+-]+):/g, (_m, name) => emoji(name));
}

/** A text object (mrkdwn or plain_text) as a node. */
export function textObject(object, ctx) {
  if (!object) return el('span');
  if (object.type === 'mrkdwn') return mrkdwn(object.text, ctx);
  return el('span', 'plain', plainText(object));
}

/** The `markdown` block's standard Markdown, the common parts: headings, lists, **bold**, *italic*, `code`, [links](url). */
export function markdown(text, ctx) {
  const root = el('div', 'markdown');
  const parts = String(text ?? '').split('```');
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      root.append(el('pre', 'code-block', part.replace(/^[a-z]*\n/, '')));
      return;
    }
    for (const line of part.split('\n')) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
      const row = el(heading ? 'div' : 'div', heading ? 'md-heading' : item ? 'md-item' : 'md-line');
      const content = heading ? heading[2] : item ? `• ${item[1]}` : line;
      markdownInline(content, row, ctx);
      root.append(row);
    }
  });
  return root;
}

const MD_TOKEN = /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\[[^\]\n]+\]\([^)\s]+\))|(\*[^*\n]+\*|_[^_\n]+_)/g;

function markdownInline(text, parent, ctx) {
  let last = 0;
  for (const match of text.matchAll(MD_TOKEN)) {
    parent.append(document.createTextNode(text.slice(last, match.index)));
    last = match.index + match[0].length;
    if (match[1]) parent.append(el('code', 'inline-code', match[1].slice(1, -1)));
    else if (match[2]) parent.append(el('strong', '', match[2].slice(2, -2)));
    else if (match[3]) {
      const [, label, url] = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(match[3]);
      parent.append(safeLink(url, label));
    } else parent.append(el('em', '', match[4].slice(1, -1)));
  }
  parent.append(document.createTextNode(text.slice(last)));
  void ctx;
}
