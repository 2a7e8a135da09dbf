// Block Kit to DOM, close enough to judge how a message, modal or home tab will look in Slack.
// A block or element this file does not know is shown as its JSON, never dropped.
import { el, emoji, markdown, mrkdwn, plainText, safeLink, textObject } from './mrkdwn.js';

/** Slack gives blocks without a block_id one of its own; the stand-in uses the same fallback. */
export const blockIdOf = (block, index) => block.block_id ?? `standin-block-${index}`;

function unknown(kind, value) {
  const box = el('div', 'unknown-block');
  box.append(el('div', 'unknown-label', `${kind} not rendered by the playground:`), el('pre', 'json', JSON.stringify(value, null, 2)));
  return box;
}

function imageNode(source, alt, ctx) {
  const fileId = source.slack_file?.id ?? ctx.fileIdFromUrl(source.slack_file?.url ?? source.image_url ?? '');
  if (fileId) {
    const img = el('img', 'block-image');
    img.src = ctx.fileUrl(fileId);
    img.alt = alt ?? '';
    return img;
  }
  // The page loads nothing from the internet: external images are named, not fetched.
  const box = el('div', 'external-image', `🖼 ${alt || 'image'} (external image not loaded: ${source.image_url ?? source.slack_file?.url ?? '?'})`);
  return box;
}

function button(element, blockId, ctx, value = element.value, label = plainText(element.text)) {
  const b = el('button', `bk-button ${element.style ?? ''}`.trim(), label);
  b.type = 'button';
  b.dataset.actionId = element.action_id ?? '';
  if (element.url) b.title = element.url;
  b.addEventListener('click', () => ctx.onAction({ actionId: element.action_id, blockId, value }));
  return b;
}

function selectElement(element, blockId, ctx, onChange) {
  const select = el('select', 'bk-select');
  const placeholder = el('option', '', element.placeholder ? plainText(element.placeholder) : element.type === 'overflow' ? '⋯' : 'Select…');
  placeholder.value = '';
  select.append(placeholder);
  const options = element.type === 'users_select' ? Object.values(ctx.users).map((u) => ({ text: { text: u.realName }, value: u.id }))
    : element.type.includes('conversations') || element.type.includes('channels') ? Object.values(ctx.channels).map((c) => ({ text: { text: `#${c.name}` }, value: c.id }))
      : element.options ?? (element.option_groups ?? []).flatMap((g) => g.options);
  for (const option of options) {
    const o = el('option', '', plainText(option.text));
    o.value = option.value;
    select.append(o);
  }
  const initial = element.initial_option?.value ?? element.initial_user ?? element.initial_conversation ?? element.initial_channel;
  if (initial) select.value = initial;
  if (element.type.startsWith('multi_')) select.multiple = true;
  if (onChange) select.addEventListener('change', () => select.value && ctx.onAction({ actionId: element.action_id, blockId, value: select.value }));
  return select;
}

/** An interactive element in a section accessory or an actions / context_actions block. */
function element(elementDef, blockId, ctx) {
  switch (elementDef.type) {
    case 'button': return button(elementDef, blockId, ctx);
    case 'image': return imageNode(elementDef, elementDef.alt_text, ctx);
    case 'static_select': case 'external_select': case 'users_select': case 'conversations_select': case 'channels_select': case 'overflow':
      return selectElement(elementDef, blockId, ctx, true);
    case 'feedback_buttons': {
      const box = el('span', 'feedback');
      for (const [which, icon] of [['positive_button', '👍'], ['negative_button', '👎']]) {
        const def = elementDef[which];
        if (def) box.append(button(elementDef, blockId, ctx, def.value, `${icon} ${plainText(def.text)}`));
      }
      return box;
    }
    case 'icon_button': return button(elementDef, blockId, ctx, elementDef.value, `${elementDef.icon === 'trash' ? '🗑' : '•'} ${plainText(elementDef.text)}`);
    default: return unknown(`element ${elementDef.type}`, elementDef);
  }
}

/** Inputs in modals carry their ids so the page can collect view.state.values on submit. */
function inputElement(def, blockId, ctx) {
  const wrap = el('div', 'input-element');
  Object.assign(wrap.dataset, { blockId, actionId: def.action_id ?? '', type: def.type });
  let control;
  if (def.type === 'plain_text_input' || def.type === 'email_text_input' || def.type === 'url_text_input' || def.type === 'number_input') {
    control = el(def.multiline ? 'textarea' : 'input', 'bk-input');
    if (!def.multiline) control.type = def.type === 'number_input' ? 'number' : 'text';
    if (def.placeholder) control.placeholder = plainText(def.placeholder);
    if (def.initial_value !== undefined) control.value = def.initial_value;
    if (def.max_length) control.maxLength = def.max_length;
  } else if (def.type === 'datepicker') {
    control = el('input', 'bk-input');
    control.type = 'date';
    if (def.initial_date) control.value = def.initial_date;
  } else if (def.type === 'checkboxes' || def.type === 'radio_buttons') {
    control = el('div', 'bk-choices');
    for (const option of def.options ?? []) {
      const label = el('label', 'bk-choice');
      const box = el('input');
      box.type = def.type === 'checkboxes' ? 'checkbox' : 'radio';
      box.name = `${blockId}/${def.action_id}`;
      box.value = option.value;
      box.checked = Boolean((def.initial_options ?? []).some((o) => o.value === option.value) || def.initial_option?.value === option.value);
      label.append(box, textObject(option.text, ctx));
      control.append(label);
    }
  } else if (/select$/.test(def.type)) {
    control = selectElement(def, blockId, ctx, false);
  } else return unknown(`input element ${def.type}`, def);
  wrap.append(control);
  return wrap;
}

/** view.state.values from a modal's inputs, as plain strings (the stand-in types them from the view). */
export function collectValues(root) {
  const values = {};
  for (const wrap of root.querySelectorAll('.input-element')) {
    const { blockId, actionId, type } = wrap.dataset;
    let value;
    if (type === 'checkboxes') value = [...wrap.querySelectorAll('input:checked')].map((i) => i.value);
    else if (type === 'radio_buttons') value = wrap.querySelector('input:checked')?.value ?? '';
    else if (wrap.querySelector('select[multiple]')) value = [...wrap.querySelector('select').selectedOptions].map((o) => o.value);
    else value = wrap.querySelector('input, textarea, select')?.value ?? '';
    (values[blockId] ??= {})[actionId] = value;
  }
  return values;
}

function richTextElements(elements, parent, ctx) {
  for (const item of elements ?? []) {
    let node;
    if (item.type === 'text') {
      node = document.createTextNode(item.text);
      const s = item.style ?? {};
      for (const [flag, tag] of [['code', 'code'], ['strike', 's'], ['italic', 'em'], ['bold', 'strong']]) {
        if (!s[flag]) continue;
        const wrap = el(tag, flag === 'code' ? 'inline-code' : '');
        wrap.append(node);
        node = wrap;
      }
    } else if (item.type === 'link') node = safeLink(item.url, item.text ?? item.url);
    else if (item.type === 'user') node = el('span', 'mention', `@${ctx.users[item.user_id]?.name ?? item.user_id}`);
    else if (item.type === 'channel') node = el('span', 'mention', `#${ctx.channels[item.channel_id]?.name ?? item.channel_id}`);
    else if (item.type === 'usergroup') node = el('span', 'mention', `@${item.usergroup_id}`);
    else if (item.type === 'broadcast') node = el('span', 'mention broadcast', `@${item.range}`);
    else if (item.type === 'emoji') node = document.createTextNode(item.unicode ? String.fromCodePoint(...item.unicode.split('-').map((h) => parseInt(h, 16))) : emoji(item.name));
    else if (item.type === 'date') node = document.createTextNode(item.fallback ?? String(item.timestamp));
    else node = unknown(`rich text element ${item.type}`, item);
    parent.append(node);
  }
}

function richText(block, ctx) {
  const root = el('div', 'rich-text');
  for (const part of block.elements ?? []) {
    if (part.type === 'rich_text_section') {
      const p = el('div', 'rt-section');
      richTextElements(part.elements, p, ctx);
      root.append(p);
    } else if (part.type === 'rich_text_list') {
      const list = el(part.style === 'ordered' ? 'ol' : 'ul', 'rt-list');
      for (const section of part.elements ?? []) {
        const li = el('li');
        richTextElements(section.elements, li, ctx);
        list.append(li);
      }
      root.append(list);
    } else if (part.type === 'rich_text_preformatted') {
      const pre = el('pre', 'code-block');
      richTextElements(part.elements, pre, ctx);
      root.append(pre);
    } else if (part.type === 'rich_text_quote') {
      const quote = el('blockquote');
      richTextElements(part.elements, quote, ctx);
      root.append(quote);
    } else root.append(unknown(`rich text part ${part.type}`, part));
  }
  return root;
}

function table(block, ctx) {
  const t = el('table', 'bk-table');
  const settings = block.column_settings ?? [];
  (block.rows ?? []).forEach((row, r) => {
    const tr = el('tr');
    row.forEach((cell, c) => {
      const td = el(r === 0 ? 'th' : 'td');
      const align = settings[c]?.align;
      if (align) td.style.textAlign = align;
      if (cell?.type === 'raw_text') td.textContent = cell.text;
      else if (cell?.type === 'rich_text') td.append(richText(cell, ctx));
      else td.append(unknown('table cell', cell));
      tr.append(td);
    });
    t.append(tr);
  });
  const wrap = el('div', 'bk-table-wrap');
  wrap.append(t);
  return wrap;
}

function block(def, index, ctx) {
  const blockId = blockIdOf(def, index);
  const node = el('div', `block block-${def.type}`);
  node.dataset.blockId = blockId;
  switch (def.type) {
    case 'section': {
      const body = el('div', 'section-body');
      if (def.text) body.append(textObject(def.text, ctx));
      if (def.fields?.length) {
        const fields = el('div', 'section-fields');
        for (const field of def.fields) fields.append(textObject(field, ctx));
        body.append(fields);
      }
      node.append(body);
      if (def.accessory) {
        const accessory = el('div', 'accessory');
        accessory.append(element(def.accessory, blockId, ctx));
        node.append(accessory);
      }
      break;
    }
    case 'header': node.append(el('div', 'header-text', plainText(def.text))); break;
    case 'divider': node.append(el('hr')); break;
    case 'context':
      for (const item of def.elements ?? []) node.append(item.type === 'image' ? imageNode(item, item.alt_text, ctx) : textObject(item, ctx));
      break;
    case 'image':
      if (def.title) node.append(el('div', 'image-title', plainText(def.title)));
      node.append(imageNode(def, def.alt_text, ctx));
      break;
    case 'actions': case 'context_actions':
      for (const item of def.elements ?? []) node.append(element(item, blockId, ctx));
      break;
    case 'input': {
      const label = el('label', 'input-label', plainText(def.label));
      if (def.optional) label.append(el('span', 'optional', ' (optional)'));
      node.append(label, def.element ? inputElement(def.element, blockId, ctx) : unknown('input without element', def));
      if (def.hint) node.append(el('div', 'hint', plainText(def.hint)));
      node.append(el('div', 'input-error', ctx.errors?.[blockId] ?? ''));
      break;
    }
    case 'table': node.append(table(def, ctx)); break;
    case 'markdown': node.append(markdown(def.text, ctx)); break;
    case 'rich_text': node.append(richText(def, ctx)); break;
    default: return unknown(`block ${def.type}`, def);
  }
  return node;
}

/** Blocks as a list of nodes; ctx: { users, channels, fileUrl(id), fileIdFromUrl(url), onAction({actionId, blockId, value}), errors }. */
export function renderBlocks(blocks, ctx) {
  const root = el('div', 'blocks');
  (blocks ?? []).forEach((b, i) => {
    try {
      root.append(b && typeof b === 'object' ? block(b, i, ctx) : unknown('block', b));
    } catch (error) {
      root.append(unknown(`block (${error.message})`, b));
    }
  });
  return root;
}

export { mrkdwn };
