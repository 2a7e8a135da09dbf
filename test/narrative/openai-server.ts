/**
 * A local HTTP server speaking the OpenAI chat-completions API the way our client uses it
 * (POST /v1/chat/completions, JSON mode, usage in the answer). Each test scripts the replies;
 * every request body is kept so tests can inspect exactly what left the process.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  body: { model: string; messages: Array<{ role: string; content: string }>; response_format?: { type: string } };
  raw: string;
  /** Segment key of the request, read from the payload. */
  key: string;
  /** True for the repair turn (the conversation holds our earlier answer). */
  repair: boolean;
  /** 1 for the first request about this key, 2 for the second... */
  attempt: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** The assistant's text (wrapped into a chat.completion). */
  content?: string;
  /** A raw body instead (error replies). */
  body?: string;
  /** Never answer (to provoke a client timeout). */
  hang?: boolean;
  /** Answer after this many milliseconds. */
  delayMs?: number;
  /** Leave out the usage block, as some local servers do. */
  noUsage?: boolean;
}

export interface FakeOpenAi {
  baseURL: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAi(reply: (request: ChatRequest) => Reply): Promise<FakeOpenAi> {
  const requests: ChatRequest[] = [];
  const attempts = new Map<string, number>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      const body = JSON.parse(raw) as ChatRequest['body'];
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const key = user.match(/"segment":\s*\{\s*"id":\s*-?\d+,\s*"key":\s*"([^"]+)"/)?.[1] ?? '?';
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const request: ChatRequest = { body, raw, key, repair: body.messages.some((m) => m.role === 'assistant'), attempt };
      requests.push(request);
      const r = reply(request);
      if (r.hang) {
        hanging.add(res);
        return;
      }
      const status = r.status ?? 200;
      const payload =
        r.body ??
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: 0,
          model: body.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: r.content ?? '' } }],
          ...(r.noUsage ? {} : { usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 } }),
        });
      const send = () => {
        res.writeHead(status, { 'content-type': 'application/json', ...r.headers });
        res.end(payload);
      };
      if (r.delayMs) setTimeout(send, r.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface SentPayload {
  segment: {
    key: string;
    name: string;
    size: number;
    share: number;
    revenue: number | null;
    revenueShare: number | null;
    features: Array<{ name: string; label: string; mean: number; lift: number | null }>;
    topProducts: Array<{ value: string; share: number }>;
  };
  campaignRules: { holdoutShares: number[]; testWeeks: number[]; discountShares: number[] };
}

/** The segment payload the narrator sent in a request. */
export function requestPayload(request: ChatRequest): SentPayload {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  const json = user.match(/## Data[\s\S]*?```json\n([\s\S]*?)\n```/)?.[1];
  if (!json) throw new Error('no data block in the request');
  return JSON.parse(json);
}

const thousands = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A valid, grounded answer written from the request's own payload, as a well-behaved model would:
 * figures quoted in the usual ways (percent of a share, "2.3×" lifts, £ with separators, rounded days).
 */
export function groundedAnswer(request: ChatRequest, extra = ''): string {
  const { segment, campaignRules } = requestPayload(request);
  const percent = (segment.share * 100).toFixed(1);
  const spend = segment.features.find((f) => f.name === 'monetary');
  const recency = segment.features.find((f) => f.name === 'recency_days');
  const product = segment.topProducts[0];
  const facts = [
    segment.revenue !== null && segment.revenueShare !== null ? `they bring in £${thousands(segment.revenue)} (${Math.round(segment.revenueShare * 100)}% of revenue)` : '',
    spend?.lift ? `spend ${spend.lift.toFixed(1)}× the average` : '',
    recency ? `last bought about ${Math.round(recency.mean)} days ago` : '',
    product ? `${Math.round(product.share * 100)}% of them buy "${product.value}"` : '',
  ].filter(Boolean);
  return JSON.stringify({
    persona: {
      name: `The ${segment.name} crowd`,
      portrait: `${segment.size.toLocaleString('en-US')} customers, ${percent}% of the base, who share one buying pattern. They are defined by the figures of ${segment.key}${extra}.`,
      values: ['Quality', 'Being recognised'],
      buyingBehaviour: facts.length > 0 ? `On average ${facts.join('; ')}.` : `They are ${percent}% of all customers.`,
    },
    campaigns: [
      {
        goal: 'Grow revenue per customer',
        channel: 'Email',
        audience: `All customers in segment ${segment.key} as assigned by the run.`,
        offer: `${Math.round(campaignRules.discountShares[0] * 100)}% off the next order`,
        message: 'Be the first to see our new range.',
        kpi: 'Revenue per customer',
        abTest: {
          design: `Random split with a ${campaignRules.holdoutShares[0] * 100}% holdout for ${campaignRules.testWeeks[0]} weeks.`,
          holdoutShare: campaignRules.holdoutShares[0],
          successMetric: 'Incremental revenue per customer must beat the 15% baseline lift',
        },
      },
    ],
  });
}
