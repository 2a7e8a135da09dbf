/** views.open / push / update / publish: modal stacks per user and home tabs. */
import { STANDIN_BOT, STANDIN_TEAM, Workspace } from '../workspace.js';
import type { StandinView } from '../types.js';
import { viewProblems } from './block-limits.js';
import { ApiError, type Args, type Handler, required, str } from './common.js';

const TRIGGER_LIFETIME_MS = 3_000;

function newView(ws: Workspace, user: string, type: StandinView['type'], view: unknown, previous?: StandinView): StandinView {
  if (typeof view !== 'object' || view === null) throw new ApiError('invalid_arguments');
  const v = view as Record<string, unknown>;
  if (type === 'modal' && (v.type !== 'modal' || typeof v.title !== 'object')) throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] a modal needs type "modal" and a title'] } });
  if (!Array.isArray(v.blocks) || v.blocks.length > 100) throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] blocks must be an array of at most 100 items'] } });
  const problems = viewProblems(v);
  if (problems.length) throw new ApiError('invalid_arguments', { response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } });
  const id = ws.newId('V');
  return { id, user, type, view: v, hash: `${Date.now()}.${ws.newId('H')}`, rootViewId: previous?.rootViewId ?? id, ...(previous ? { previousViewId: previous.id } : {}) };
}

/** A view as Slack returns it from views.* methods and sends it in payloads. */
export function viewPayload(v: StandinView, values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...v.view, id: v.id, team_id: STANDIN_TEAM.id, type: v.type, hash: v.hash, state: { values },
    root_view_id: v.rootViewId, previous_view_id: v.previousViewId ?? null, app_id: STANDIN_BOT.appId, bot_id: STANDIN_BOT.botId,
    private_metadata: v.view.private_metadata ?? '', callback_id: v.view.callback_id ?? '', external_id: v.view.external_id ?? '',
  };
}

function triggerUser(ws: Workspace, args: Args): string {
  const trigger = str(args.trigger_id) ?? str(args.interactivity_pointer);
  const issued = trigger ? ws.triggers.get(trigger) : undefined;
  if (!issued) throw new ApiError(trigger ? 'invalid_trigger_id' : 'invalid_arguments');
  if (Date.now() - issued.at > TRIGGER_LIFETIME_MS) throw new ApiError('expired_trigger_id');
  return issued.user;
}

export const VIEW_METHODS: Record<string, Handler> = {
  'views.open': (ws, args) => {
    const user = triggerUser(ws, args);
    const v = newView(ws, user, 'modal', args.view);
    ws.modalStacks.set(user, [v]);
    ws.changed('view', { user });
    return { view: viewPayload(v) };
  },
  'views.push': (ws, args) => {
    const user = triggerUser(ws, args);
    const stack = ws.modalStacks.get(user);
    if (!stack?.length) throw new ApiError('not_found');
    if (stack.length >= 3) throw new ApiError('push_limit_reached');
    const v = newView(ws, user, 'modal', args.view, stack[stack.length - 1]);
    stack.push(v);
    ws.changed('view', { user });
    return { view: viewPayload(v) };
  },
  'views.update': (ws, args) => {
    const existing = ws.findView(str(args.view_id), str(args.external_id));
    if (!existing) throw new ApiError('not_found');
    if (str(args.hash) && args.hash !== existing.hash) throw new ApiError('hash_conflict');
    const next = newView(ws, existing.user, existing.type, args.view);
    Object.assign(existing, { view: next.view, hash: next.hash, errors: undefined });
    ws.changed('view', { user: existing.user });
    return { view: viewPayload(existing) };
  },
  'views.publish': (ws, args) => {
    const user = required(args, 'user_id');
    if (!ws.user(user)) throw new ApiError('user_not_found');
    const view = args.view as Record<string, unknown> | undefined;
    if (view?.type !== 'home') throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] views.publish needs a view of type "home"'] } });
    const existing = ws.homes.get(user);
    if (existing && str(args.hash) && args.hash !== existing.hash) throw new ApiError('hash_conflict');
    const v = newView(ws, user, 'home', view);
    if (existing) v.id = existing.id;
    ws.homes.set(user, v);
    ws.changed('home', { user });
    return { view: viewPayload(v) };
  },
};
