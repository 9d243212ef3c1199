import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { REPO_ROOT } from '../../config/config.js';
import { createTestApp } from '../../testing/test-app.js';
import { openApiDocument } from './openapi-document.js';

const MODULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'modules');

/** Every `router.<method>('<path>'` in the routers, as "METHOD /path/{param}". */
function declaredRoutes(): string[] {
  const routerFiles = readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.router.ts'),
  );
  const routes = routerFiles.flatMap((file) => {
    const source = readFileSync(path.join(MODULES_DIR, file), 'utf8');
    return [...source.matchAll(/router\.(get|post|put|patch|delete)\(\s*'([^']+)'/g)].map(
      ([, method = '', route = '']) => `${method.toUpperCase()} ${route.replace(/:(\w+)/g, '{$1}')}`,
    );
  });
  return [...new Set(routes)].sort();
}

function documentedRoutes(): string[] {
  return Object.entries(openApiDocument().paths)
    .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`))
    .sort();
}

describe('The OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    await expectAsync(SwaggerParser.validate(structuredClone(openApiDocument()) as never)).toBeResolved();
  });

  it('documents exactly the routes the server declares', () => {
    expect(documentedRoutes()).toEqual(declaredRoutes());
  });

  it('names only routes the server really answers', async () => {
    const app = createTestApp();
    for (const route of documentedRoutes()) {
      const [method = 'GET', template = ''] = route.split(' ');
      const url = '/api/v1' + template.replace(/\{[^}]+\}/g, 'AAAAAAAAAAAAAAAAAAAAAAAA');
      const response = await request(app)[method.toLowerCase() as 'get'](url);
      expect(response.body?.error?.message ?? '')
        .withContext(route)
        .not.toMatch(/^There is no API endpoint/);
    }
  });

  it('is served at /api/v1/openapi.json', async () => {
    const response = await request(createTestApp()).get('/api/v1/openapi.json').expect(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toContain('/auth/login');
  });

  it('has a readable page for people at /api/docs, with its assets served locally', async () => {
    const app = createTestApp();
    const page = await request(app).get('/api/docs').expect(200);
    expect(page.text).toContain('<script src="/api/docs/assets/swagger-ui-bundle.js"></script>');
    await request(app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
    await request(app)
      .get('/api/docs/init.js')
      .expect('Content-Type', /javascript/)
      .expect(200);
  });
});
