import http from 'node:http';

export interface Answer {
  status: number;
  ms: number;
  body: string;
  etag: string | undefined;
}

/** A keep-alive HTTP client with little overhead, so the server is what the timings measure. */
export class LoadClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  private readonly url: URL;

  constructor(baseUrl: string) {
    this.url = new URL(baseUrl);
  }

  /**
   * Sends one request. A kept-alive connection the server closed just as it was reused fails
   * with ECONNRESET before the server saw the request: sent again once, as browsers do (Node's
   * documented pattern, `reusedSocket`). Any other failure answers status 0.
   */
  async send(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = performance.now();
    try {
      return await this.once(method, path, headers, payload, started);
    } catch (error) {
      if ((error as { reused?: boolean }).reused) return this.once(method, path, headers, payload, started);
      return { status: 0, ms: performance.now() - started, body: String(error), etag: undefined };
    }
  }

  private once(
    method: string,
    path: string,
    headers: Record<string, string>,
    payload: Buffer | undefined,
    started: number,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const outgoing = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...headers,
            ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              ms: performance.now() - started,
              body: Buffer.concat(chunks).toString(),
              etag: response.headers.etag,
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        reject(Object.assign(error, { reused: outgoing.reusedSocket && error.code === 'ECONNRESET' })),
      );
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Latencies and answers per kind of request. */
export class Timings {
  private readonly kinds = new Map<string, { ms: number[]; unexpected: number; serverErrors: number }>();
  /** The first unexpected answer of each kind and status, to say what went wrong. */
  readonly surprises = new Map<string, string>();

  record(kind: string, answer: Answer, expectedStatus = 200): void {
    const timings = this.kinds.get(kind) ?? { ms: [], unexpected: 0, serverErrors: 0 };
    this.kinds.set(kind, timings);
    timings.ms.push(answer.ms);
    if (answer.status !== expectedStatus) {
      timings.unexpected += 1;
      const key = `${kind}: ${answer.status}`;
      if (!this.surprises.has(key)) this.surprises.set(key, answer.body.slice(0, 300));
    }
    if (answer.status >= 500) timings.serverErrors += 1;
  }

  of(kind: string): Summary {
    const timings = this.kinds.get(kind);
    if (!timings) throw new Error(`Nothing recorded as ${kind}`);
    return summarise(timings.ms, timings.unexpected, timings.serverErrors);
  }

  all(): [string, Summary][] {
    return [...this.kinds.keys()].map((kind) => [kind, this.of(kind)]);
  }
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  unexpected: number;
  serverErrors: number;
}

export function summarise(ms: number[], unexpected = 0, serverErrors = 0): Summary {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), unexpected, serverErrors };
}

/** One closed loop's answers: their latencies, and requests per second. */
export interface LoopResult extends Summary {
  perSecond: number;
  seconds: number;
  ms: number[];
}

/**
 * `connections` callers sending `request` one after another until `total` were sent: requests
 * per second and latencies of the answers (any status but `expectedStatus` counts as an error).
 */
export async function closedLoop(
  connections: number,
  total: number,
  request: () => Promise<Answer>,
  expectedStatus = 200,
): Promise<LoopResult> {
  const ms: number[] = [];
  let unexpected = 0;
  let serverErrors = 0;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (sent < total) {
        sent += 1;
        const answer = await request();
        ms.push(answer.ms);
        if (answer.status !== expectedStatus) unexpected += 1;
        if (answer.status >= 500) serverErrors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...summarise(ms, unexpected, serverErrors), perSecond: total / seconds, seconds, ms };
}

/** Several loops of the same requests as one. */
export function pooled(loops: readonly LoopResult[]): LoopResult {
  const ms = loops.flatMap((loop) => loop.ms);
  const seconds = loops.reduce((sum, loop) => sum + loop.seconds, 0);
  const unexpected = loops.reduce((sum, loop) => sum + loop.unexpected, 0);
  const serverErrors = loops.reduce((sum, loop) => sum + loop.serverErrors, 0);
  return { ...summarise(ms, unexpected, serverErrors), perSecond: ms.length / seconds, seconds, ms };
}

/** The middle value (of an odd count; the upper middle of an even one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
