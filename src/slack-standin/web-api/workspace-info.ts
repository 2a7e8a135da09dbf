/** Who is who: auth.test, bots.info, users.info, user groups, and the assistant thread methods. */
import { STANDIN_BOT, STANDIN_TEAM, STANDIN_USERGROUPS, Workspace } from '../workspace.js';
import { ApiError, type Handler, asArray, ok, required, str } from './common.js';

function slackUser(ws: Workspace, id: string) {
  const u = ws.user(id);
  if (!u) throw new ApiError('user_not_found');
  return {
    id: u.id, team_id: STANDIN_TEAM.id, name: u.name, real_name: u.realName, is_bot: Boolean(u.isBot), deleted: false, tz: 'Europe/Berlin', tz_offset: 3600,
    profile: { real_name: u.realName, display_name: u.name, title: u.role, ...(u.isBot ? { bot_id: STANDIN_BOT.botId } : {}) },
  };
}

export const WORKSPACE_METHODS: Record<string, Handler> = {
  'api.test': (_ws, args) => ({ args }),
  'auth.test': (ws) => ({ url: `${ws.baseUrl}/`, team: STANDIN_TEAM.name, user: STANDIN_BOT.name, team_id: STANDIN_TEAM.id, user_id: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, is_enterprise_install: false }),
  'bots.info': () => ({ bot: { id: STANDIN_BOT.botId, name: 'Segbot', app_id: STANDIN_BOT.appId, user_id: STANDIN_BOT.userId, deleted: false } }),
  'users.info': (ws, args) => ({ user: slackUser(ws, required(args, 'user')) }),
  'usergroups.users.list': (_ws, args) => {
    const users = STANDIN_USERGROUPS[required(args, 'usergroup')];
    if (!users) throw new ApiError('no_such_subteam');
    return { users: [...users] };
  },
  'assistant.threads.setStatus': (ws, args) => {
    ws.statuses.set(`${required(args, 'channel_id')}:${str(args.thread_ts) ?? ''}`, str(args.status) ?? '');
    ws.changed('status');
    return ok;
  },
  'assistant.threads.setSuggestedPrompts': (_ws, args) => {
    required(args, 'channel_id');
    asArray(args.prompts, 'prompts');
    return ok;
  },
  'assistant.threads.setTitle': (_ws, args) => {
    required(args, 'channel_id');
    required(args, 'title');
    return ok;
  },
};
