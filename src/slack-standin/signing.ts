/** Slack's request signing (v0): HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
import { createHmac } from 'node:crypto';

export function slackSignature(signingSecret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** The two headers Slack adds to every request it sends an app. */
export function signedHeaders(signingSecret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(signingSecret, timestamp, rawBody) };
}
