import autocannon from 'autocannon';

export interface BenchCase {
  title: string;
  method?: 'GET' | 'PUT' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  amount?: number;
  /** A request still unanswered after this long counts as an error (autocannon's default: 10). */
  timeoutSeconds?: number;
}

export async function measure(baseUrl: string, bench: BenchCase): Promise<void> {
  const result = await autocannon({
    url: baseUrl + bench.path,
    method: bench.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...bench.headers },
    ...(bench.body === undefined ? {} : { body: bench.body }),
    connections: bench.connections ?? 10,
    amount: bench.amount ?? 500,
    ...(bench.timeoutSeconds === undefined ? {} : { timeout: bench.timeoutSeconds }),
  });
  const errors = result.non2xx + result.errors;
  process.stdout.write(
    `${bench.title.padEnd(58)} ${String(Math.round(result.requests.average)).padStart(6)} req/s` +
      `  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(5)} ms` +
      `  (${result.requests.total} requests, ${errors} not 2xx)\n`,
  );
}
