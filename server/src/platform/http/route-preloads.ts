import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Path prefix → lazy chunks that page needs, as `client/scripts/route-preloads.mjs` wrote them. */
export type RoutePreloads = Record<string, string[]>;

const CHUNK = /^chunk-[A-Za-z0-9_-]+\.js$/;

/** The client build's list, or none (a build without it, or a test's dist). */
export function readRoutePreloads(distDir: string): RoutePreloads {
  const file = path.join(distDir, 'route-preloads.json');
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const preloads: RoutePreloads = {};
  for (const [prefix, files] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(files))
      preloads[prefix] = files.filter((file): file is string => typeof file === 'string' && CHUNK.test(file));
  }
  return preloads;
}

/**
 * index.html for `urlPath` with a `modulepreload` link for each lazy chunk its page needs, so
 * the browser fetches them all beside the initial ones instead of discovering them one wave
 * after another (ADR 22). At low priority: the initial chunks, which everything waits for, keep
 * the link first; fetched at the same priority, the page's chunks slowed them by a second on
 * slow 4G. Paths no prefix matches get the page unchanged.
 */
export function withRoutePreloads(html: string, preloads: RoutePreloads, urlPath: string): string {
  const prefix = Object.keys(preloads).find((candidate) => urlPath.startsWith(candidate));
  const files = prefix ? preloads[prefix]! : [];
  if (files.length === 0 || !html.includes('</head>')) return html;
  const links = files.map((file) => `<link rel="modulepreload" href="${file}" fetchpriority="low">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
