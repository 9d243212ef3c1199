import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRoutePreloads, withRoutePreloads } from './route-preloads.js';

describe('route preloads in index.html', () => {
  const html = '<html><head><title>PPM</title></head><body></body></html>';
  const preloads = { '/reports/': ['chunk-AAAA1111.js', 'chunk-BBBB2222.js'], '/my-report': ['chunk-CCCC3333.js'] };

  it("names the chunks of the page asked for before the head's end", () => {
    expect(withRoutePreloads(html, preloads, '/reports/6b15/GE')).toBe(
      '<html><head><title>PPM</title>' +
        '<link rel="modulepreload" href="chunk-AAAA1111.js" fetchpriority="low"><link rel="modulepreload" href="chunk-BBBB2222.js" fetchpriority="low">' +
        '</head><body></body></html>',
    );
    expect(withRoutePreloads(html, preloads, '/my-report')).toContain(
      '<link rel="modulepreload" href="chunk-CCCC3333.js" fetchpriority="low"></head>',
    );
  });

  it('leaves other pages, and a page without a head, as they are', () => {
    expect(withRoutePreloads(html, preloads, '/cycles')).toBe(html);
    expect(withRoutePreloads(html, preloads, '/reports')).toBe(html);
    expect(withRoutePreloads('<app-root></app-root>', preloads, '/reports/6b15/GE')).toBe('<app-root></app-root>');
  });

  describe('reading the build’s list', () => {
    let distDir: string;
    beforeEach(() => (distDir = mkdtempSync(path.join(os.tmpdir(), 'ppm-preloads-'))));
    afterEach(() => rmSync(distDir, { recursive: true, force: true }));

    it('is empty when the build wrote none', () => {
      expect(readRoutePreloads(distDir)).toEqual({});
    });

    it('keeps only chunk file names, so nothing else reaches the page', () => {
      writeFileSync(
        path.join(distDir, 'route-preloads.json'),
        JSON.stringify({ '/reports/': ['chunk-AAAA1111.js', '"><script>x</script>', 7, '../secret.js'], '/x': 'no' }),
      );
      expect(readRoutePreloads(distDir)).toEqual({ '/reports/': ['chunk-AAAA1111.js'] });
    });
  });
});
