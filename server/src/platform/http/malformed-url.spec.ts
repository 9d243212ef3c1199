import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { openApiDocument } from '../openapi/openapi-document.js';

const MALFORMED = '%E0%A4%A';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every (method, path) of the API whose path has parameters, with each parameter made malformed in turn. */
function malformedRequests(): { method: (typeof METHODS)[number]; url: string }[] {
  const paths = (openApiDocument() as { paths: Record<string, Record<string, unknown>> }).paths;
  const requests: { method: (typeof METHODS)[number]; url: string }[] = [];
  for (const [template, operations] of Object.entries(paths)) {
    const parameters = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    for (const method of METHODS.filter((name) => name in operations)) {
      for (const broken of parameters) {
        const url = parameters.reduce(
          (path, name) => path.replace(`{${name}}`, name === broken ? MALFORMED : 'X1'),
          template,
        );
        requests.push({ method, url: `/api/v1${url}` });
      }
    }
  }
  return requests;
}

describe('A URL with a malformed %-escape', () => {
  it('is a 400 with the common error body on every operation with a path parameter, before any other check', async () => {
    const app = createTestApp();
    const cases = malformedRequests();
    expect(cases.length).toBeGreaterThanOrEqual(33);
    const answers: string[] = [];
    for (const { method, url } of cases) {
      const response = await request(app)[method](url).set('Accept', 'application/json');
      answers.push(`${method.toUpperCase()} ${url} → ${response.status} ${String(response.body?.error?.code)}`);
    }
    const wrong = answers.filter((answer) => !answer.endsWith('→ 400 bad_request'));
    expect(wrong).toEqual([]);
  });

  it('says what is wrong with the address', async () => {
    const response = await request(createTestApp()).get(`/api/v1/cycles/${MALFORMED}`).expect(400);
    expect(response.body).toEqual({
      error: { code: 'bad_request', message: 'The address is not valid: it contains a malformed %-escape.' },
    });
  });

  it('is a 400 for a page address too, not a 500', async () => {
    const response = await request(createTestApp()).get(`/${MALFORMED}`).set('Accept', 'text/html').expect(400);
    expect(response.body.error.code).toBe('bad_request');
  });
});
