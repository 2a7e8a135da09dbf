/** A local server speaking the OpenAI chat-completions API on 127.0.0.1, with scripted replies. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubReply = { status: number; content?: string };
export interface OpenAiStub {
  baseURL: string;
  replies: StubReply[];
  requests: { messages: { role: string; content: string }[]; response_format?: unknown }[];
  close(): Promise<void>;
}

export async function startOpenAiStub(): Promise<OpenAiStub> {
  const replies: StubReply[] = [];
  const requests: OpenAiStub['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      requests.push(JSON.parse(body));
      const reply = replies.shift() ?? { status: 200, content: '{"findings": []}' };
      if (reply.status !== 200) {
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'server trouble', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion',
          created: 1767225600,
          model: 'test-model',
          choices: [{ index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    replies,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
