// The playground: a small Slack client for one workspace on the stand-in. It renders a snapshot of
// what the chosen user sees (GET /_standin/state), refreshes it when the server-sent event stream
// says something changed, and sends what the user does to /_standin/* (the stand-in signs it and
// forwards it to the bot exactly as Slack would).
import { collectValues, renderBlocks } from './blocks.js';
import { el, mrkdwn } from './mrkdwn.js';

const $ = (selector) => document.querySelector(selector);
const params = new URLSearchParams(location.search);
const ui = {
  user: params.get('user') ?? localStorage.getItem('segbot-playground-user') ?? 'U0MARKETER',
  current: params.get('channel') ?? 'C0MARKETING',
  thread: null, // { channel, ts }
  data: null,
  modalKey: null,
  seen: {}, // channel → how many messages the user has had on screen
};

function toast(text, kind = 'error') {
  const note = el('div', `toast ${kind}`, text);
  $('#toasts').append(note);
  setTimeout(() => note.remove(), 6000);
}

async function post(route, body, { quiet = false } = {}) {
  try {
    const response = await fetch(`/_standin/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: ui.user, ...body }) });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      if (!quiet) toast(answer.error ?? `The stand-in answered ${response.status}`);
    } else if (answer.status !== null && answer.status !== 200 && !quiet) {
      toast(`Segbot answered HTTP ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200)}` : ''}`);
    }
    return answer;
  } catch (error) {
    if (!quiet) toast(`Could not reach the stand-in: ${error.message}`);
    return {};
  }
}

let refreshTimer = null;
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 40);
}

async function refresh() {
  const response = await fetch(`/_standin/state?user=${encodeURIComponent(ui.user)}`);
  ui.data = await response.json();
  render();
}

const users = () => Object.fromEntries([...ui.data.users, { id: ui.data.bot.userId, name: 'segbot', realName: 'Segbot', isBot: true }].map((u) => [u.id, u]));
const channels = () => Object.fromEntries(ui.data.channels.map((c) => [c.id, c]));
const fileUrl = (id) => `/_standin/file/${encodeURIComponent(id)}`;
const fileIdFromUrl = (url) => (/\/files-pri\/[A-Z0-9]+-([A-Z0-9]+)\//.exec(url) ?? /\/_standin\/file\/([A-Z0-9]+)/.exec(url))?.[1];

function blockContext(extra) {
  return { users: users(), channels: channels(), fileUrl, fileIdFromUrl, errors: {}, ...extra };
}

function timeOf(ts) {
  return new Date(Number(ts) * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function fileNode(file) {
  if (/^image\/(png|jpeg|gif)$/.test(file.mimetype)) {
    const figure = el('figure', 'file-image');
    const img = el('img');
    img.src = fileUrl(file.id);
    img.alt = file.alt_text ?? file.title;
    figure.append(img, el('figcaption', '', file.title));
    return figure;
  }
  const card = el('a', 'file-card');
  card.href = fileUrl(file.id);
  card.download = file.name;
  card.append(el('span', 'file-icon', file.filetype.slice(0, 4).toUpperCase()), el('span', 'file-name', file.name), el('span', 'file-meta', `${file.filetype.toUpperCase()} · ${file.size.toLocaleString()} bytes`));
  return card;
}

const ATTACHMENT_COLORS = { good: '#2eb67d', warning: '#ecb22e', danger: '#e01e5a' };

/** Legacy attachments: a coloured bar with blocks, or pretext / title / text / fields. */
function attachmentNode(attachment, m) {
  const box = el('div', 'attachment');
  const color = ATTACHMENT_COLORS[attachment.color] ?? (/^#?[0-9a-f]{6}$/i.test(attachment.color ?? '') ? `#${attachment.color.replace('#', '')}` : '#ddd');
  box.style.borderLeftColor = color;
  const ctx = blockContext({ onAction: (action) => post('action', { channel: m.channel, ts: m.ts, ...action }) });
  if (attachment.pretext) box.append(mrkdwn(attachment.pretext, ctx));
  if (attachment.title) box.append(el('div', 'attachment-title', attachment.title));
  if (attachment.blocks?.length) box.append(renderBlocks(attachment.blocks, ctx));
  if (attachment.text) box.append(mrkdwn(attachment.text, ctx));
  for (const field of attachment.fields ?? []) {
    const f = el('div', 'attachment-field');
    f.append(el('strong', '', field.title ?? ''), mrkdwn(field.value ?? '', ctx));
    box.append(f);
  }
  if (!attachment.blocks?.length && !attachment.text && !attachment.title && !attachment.pretext && !attachment.fields?.length) {
    box.append(el('pre', 'json', JSON.stringify(attachment, null, 2)));
  }
  return box;
}

function messageNode(m, { inThread }) {
  const author = m.user === 'USLACKBOT' ? { name: 'slackbot', realName: 'Slackbot' } : users()[m.user] ?? { name: m.user ?? 'unknown', realName: m.user ?? 'unknown' };
  const node = el('div', `message${m.ephemeral_user ? ' ephemeral' : ''}${m.bot_id ? ' from-bot' : ''}`);
  Object.assign(node.dataset, { ts: m.ts, user: m.user ?? '', via: m.via });
  node.append(el('div', 'avatar', (author.realName ?? author.name).slice(0, 1).toUpperCase()));
  const body = el('div', 'message-body');
  const meta = el('div', 'meta');
  meta.append(el('strong', 'author', author.realName ?? author.name));
  if (m.bot_id) meta.append(el('span', 'app-badge', 'APP'));
  meta.append(el('span', 'time', timeOf(m.ts)));
  if (m.edited) meta.append(el('span', 'edited', '(edited)'));
  body.append(meta);
  if (m.via === 'command') body.append(el('div', 'command-echo', m.text));
  else if (m.blocks?.length) {
    body.append(renderBlocks(m.blocks, blockContext({ onAction: (action) => post('action', { channel: m.channel, ts: m.ts, ...action }) })));
  } else if (m.text) body.append(mrkdwn(m.text, blockContext({})));
  for (const attachment of m.attachments ?? []) body.append(attachmentNode(attachment, m));
  if (m.files?.length) {
    const files = el('div', 'files');
    m.files.forEach((f) => files.append(fileNode(f)));
    body.append(files);
  }
  if (m.reactions?.length) {
    const reactions = el('div', 'reactions');
    m.reactions.forEach((r) => reactions.append(el('span', 'reaction', `:${r.name}: ${r.count}`)));
    body.append(reactions);
  }
  if (m.ephemeral_user) body.append(el('div', 'ephemeral-note', m.via === 'command' ? 'Only visible to you: the command you sent' : 'Only visible to you'));
  if (!inThread && !m.ephemeral_user) {
    const actions = el('div', 'message-actions');
    const open = el('button', `thread-link${m.reply_count ? '' : ' no-replies'}`, m.reply_count ? `${m.reply_count} ${m.reply_count === 1 ? 'reply' : 'replies'}` : 'Reply in thread');
    open.type = 'button';
    open.addEventListener('click', () => {
      ui.thread = { channel: m.channel, ts: m.ts };
      render();
    });
    actions.append(open);
    body.append(actions);
  }
  node.append(body);
  return node;
}

function fillList(container, messages, options) {
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 60;
  container.replaceChildren(...messages.map((m) => messageNode(m, options)));
  if (messages.length === 0) container.append(el('div', 'empty', options.empty));
  if (atBottom) container.scrollTop = container.scrollHeight;
}

function renderSidebar() {
  const switcher = $('#user-switcher');
  if (switcher.options.length === 0) {
    for (const u of ui.data.users) {
      const option = el('option', '', `${u.realName} (${u.role})`);
      option.value = u.id;
      switcher.append(option);
    }
  }
  switcher.value = ui.user;
  const entries = [
    ...ui.data.channels.filter((c) => c.kind === 'channel').map((c) => ({ id: c.id, label: `# ${c.name}` })),
    { id: ui.data.dm, label: '@ Segbot (DM)' },
    { id: 'home', label: '⌂ App Home' },
  ];
  $('#channel-list').replaceChildren(...entries.map((entry) => {
    const count = (ui.data.messages[entry.id] ?? []).length;
    if (entry.id === ui.current) ui.seen[entry.id] = count;
    const unread = entry.id !== ui.current && count > (ui.seen[entry.id] ?? 0);
    const b = el('button', `channel${entry.id === ui.current ? ' active' : ''}${unread ? ' unread' : ''}`, entry.label);
    b.type = 'button';
    b.dataset.channel = entry.id;
    b.addEventListener('click', () => openChannel(entry.id));
    return b;
  }));
  const status = $('#bot-status');
  status.textContent = ui.data.botConnected ? '● Segbot connected' : '○ No bot connected yet';
  status.classList.toggle('connected', ui.data.botConnected);
}

function renderMain() {
  if (ui.current !== 'home' && !channels()[ui.current]) ui.current = ui.data.channels[0]?.id ?? 'home';
  const isHome = ui.current === 'home';
  const channel = channels()[ui.current];
  $('#channel-header').textContent = isHome ? 'Segbot · Home' : channel?.kind === 'im' ? 'Segbot (direct message)' : `# ${channel?.name ?? ui.current}`;
  $('#composer').hidden = isHome;
  $('#new-assistant-thread').hidden = channel?.kind !== 'im';
  $('#upload-label').hidden = channel?.kind !== 'im';
  $('#composer-text').placeholder = channel?.kind === 'im' ? 'Message Segbot' : `Message #${channel?.name ?? ''}  (/segment …, @segbot …)`;
  const list = $('#messages');
  if (isHome) {
    const home = ui.data.home;
    list.replaceChildren(home ? renderBlocks(home.blocks, blockContext({ onAction: (action) => post('action', { viewId: home.id, ...action }) })) : el('div', 'empty', 'Segbot has not published a home tab for you yet.'));
    list.classList.add('home');
  } else {
    list.classList.remove('home');
    const top = (ui.data.messages[ui.current] ?? []).filter((m) => !m.thread_ts || m.thread_ts === m.ts);
    fillList(list, top, { inThread: false, empty: 'No messages yet. Try /segment help, or mention @segbot.' });
  }
  $('#channel-status').textContent = statusText(ui.current, '');
}

function statusText(channel, threadTs) {
  const status = ui.data.statuses[`${channel}:${threadTs}`];
  return status ? `Segbot ${status}` : '';
}

function renderThread() {
  const pane = $('#thread');
  const messages = ui.thread ? ui.data.messages[ui.thread.channel] ?? [] : [];
  const parent = ui.thread && messages.find((m) => m.ts === ui.thread.ts);
  pane.hidden = !parent;
  if (!parent) return;
  const replies = messages.filter((m) => m.thread_ts === parent.ts && m.ts !== parent.ts);
  fillList($('#thread-messages'), [parent, ...replies], { inThread: true, empty: '' });
  $('#thread-status').textContent = statusText(parent.channel, parent.ts);
}

function renderModal() {
  const dialog = $('#modal');
  const modal = ui.data.modal;
  if (!modal) {
    if (dialog.open) dialog.close();
    ui.modalKey = null;
    return;
  }
  const key = `${modal.id}:${modal.view.hash}`;
  if (key === ui.modalKey) {
    // Same view: keep what the user typed, show the bot's errors.
    dialog.querySelectorAll('.block-input').forEach((b) => (b.querySelector('.input-error').textContent = modal.errors[b.dataset.blockId] ?? ''));
    return;
  }
  ui.modalKey = key;
  const form = el('form', 'modal-form');
  const header = el('header', 'modal-header');
  header.append(el('h2', '', modal.view.title?.text ?? ''));
  const body = renderBlocks(modal.view.blocks, blockContext({ errors: modal.errors, onAction: (action) => post('action', { viewId: modal.id, values: collectValues(form), ...action }) }));
  body.classList.add('modal-body');
  const footer = el('footer', 'modal-footer');
  const cancel = el('button', 'secondary', modal.view.close?.text ?? 'Cancel');
  cancel.type = 'button';
  cancel.addEventListener('click', () => post('close', { viewId: modal.id }));
  footer.append(cancel);
  if (modal.view.submit) {
    const submit = el('button', 'primary', modal.view.submit.text);
    submit.type = 'submit';
    footer.append(submit);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    post('submit', { viewId: modal.id, values: collectValues(form) });
  });
  form.append(header, body, footer);
  dialog.replaceChildren(form);
  if (!dialog.open) dialog.showModal();
}

function render() {
  renderSidebar();
  renderMain();
  renderThread();
  renderModal();
  document.body.dataset.ready = 'true';
}

function openChannel(id) {
  ui.current = id;
  ui.thread = null;
  render();
  if (id === 'home') post('home', { tab: 'home' });
  else if (id === ui.data.dm) post('home', { tab: 'messages' }, { quiet: true });
}

function wireComposer(form, textarea, target) {
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text) return;
    textarea.value = '';
    post('send', { text, ...target() });
  });
}

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function start() {
  wireComposer($('#composer'), $('#composer-text'), () => ({ channel: ui.current }));
  wireComposer($('#thread-composer'), $('#thread-text'), () => ({ channel: ui.thread.channel, thread_ts: ui.thread.ts }));
  $('#new-assistant-thread').addEventListener('click', async () => {
    const answer = await post('assistant', {});
    if (answer.thread_ts) {
      ui.thread = { channel: ui.current, ts: answer.thread_ts };
      scheduleRefresh();
    }
  });
  $('#thread-close').addEventListener('click', () => {
    ui.thread = null;
    render();
  });
  $('#user-switcher').addEventListener('change', (event) => {
    ui.user = event.target.value;
    ui.seen = {};
    localStorage.setItem('segbot-playground-user', ui.user);
    if (ui.current.startsWith('D')) ui.current = `D${ui.user.replace(/^U/, '')}`;
    ui.thread = null;
    refresh();
  });
  $('#upload').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    const text = $('#composer-text').value;
    $('#composer-text').value = '';
    post('upload', { channel: ui.current, name: file.name, mimetype: file.type, base64: await readBase64(file), text });
  });
  $('#modal').addEventListener('cancel', (event) => {
    event.preventDefault();
    if (ui.data?.modal) post('close', { viewId: ui.data.modal.id });
  });
  const events = new EventSource('/_standin/events');
  events.onmessage = (event) => {
    // Recorded calls change nothing the page shows.
    if (JSON.parse(event.data).kind !== 'call') scheduleRefresh();
  };
  events.onopen = scheduleRefresh;
  refresh();
}

start();
