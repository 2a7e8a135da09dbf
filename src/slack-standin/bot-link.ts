/**
 * Requests from "Slack" to the bot: signed, shaped as Slack shapes them (form-encoded slash
 * commands and interactivity, JSON event_callback envelopes).
 */
import { signedHeaders } from './signing.js';
import type { BotReply, StandinLogger } from './types.js';

export interface RawRequest {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Sign the request (default true); false sends it unsigned, as a forger would. */
  sign?: boolean;
  /** Unix seconds to sign with (a stale one tests replay protection). */
  timestamp?: number;
  /** Sign with this secret instead of the real one (a forged signature). */
  signingSecret?: string;
}

export class BotLink {
  url: string | undefined;

  constructor(private readonly signingSecret: string, private readonly logger: StandinLogger, url?: string) {
    this.url = url;
  }

  async send(request: RawRequest): Promise<BotReply> {
    if (!this.url) throw new Error('The Slack stand-in has no bot URL: call setBotUrl("http://127.0.0.1:PORT/slack/events") first.');
    const headers: Record<string, string> = { 'content-type': request.contentType ?? 'application/json', 'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', ...request.headers };
    if (request.sign !== false) Object.assign(headers, signedHeaders(request.signingSecret ?? this.signingSecret, request.body, request.timestamp));
    const started = Date.now();
    const response = await fetch(this.url, { method: 'POST', headers, body: request.body, signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    const ms = Date.now() - started;
    this.logger.debug(`stand-in → bot: ${response.status} in ${ms} ms`);
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, body, json, ms };
  }

  sendForm(fields: Record<string, string>, extra: Partial<RawRequest> = {}): Promise<BotReply> {
    return this.send({ ...extra, body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
  }

  sendJson(value: unknown, extra: Partial<RawRequest> = {}): Promise<BotReply> {
    return this.send({ ...extra, body: JSON.stringify(value), contentType: 'application/json' });
  }
}
