/** An answer only the clicker sees: ephemeral in the conversation of the click, or a DM from App Home. */
import type { BotDeps, WebClient } from '../../deps.js';
import { ephemeral, slackError } from '../../slack-io.js';

export interface ClickBody {
  user: { id: string };
  channel?: { id: string };
  container?: { type?: string; channel_id?: string; message_ts?: string; view_id?: string };
  message?: { ts: string; thread_ts?: string };
  view?: { id: string };
  trigger_id?: string;
  actions?: { value?: string; action_id?: string }[];
}

export async function tell(deps: BotDeps, client: WebClient, body: ClickBody, text: string): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (channel) return ephemeral(deps, client, channel, body.user.id, text);
  try {
    await client.chat.postMessage({ channel: body.user.id, text });
  } catch (error) {
    deps.log.warn(`could not DM ${body.user.id}: ${slackError(error)}`);
  }
}

/** Where the clicked message is (review channel or thread); undefined from App Home. */
export function clickedMessage(body: ClickBody): { channel: string; ts: string } | undefined {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  return channel && ts ? { channel, ts } : undefined;
}
