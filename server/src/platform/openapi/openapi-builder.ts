import { z } from 'zod';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type JsonSchema = Record<string, unknown>;

export interface Operation {
  summary: string;
  description?: string;
  tags: string[];
  security?: Record<string, string[]>[];
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
}

/** The operations of one module, by path (OpenAPI style, `{param}`) and method. */
export type PathItems = Record<string, Partial<Record<Method, Operation>>>;

/** A zod schema (usually from `shared`) as the JSON Schema of what a client sends. */
export function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return jsonSchema;
}

export function jsonBody(schema: z.ZodType | JsonSchema, description?: string): JsonSchema {
  const jsonSchema = schema instanceof z.ZodType ? schemaOf(schema) : schema;
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema: jsonSchema } },
  };
}

export function jsonResponse(description: string, schema: JsonSchema = { type: 'object' }): JsonSchema {
  return { description, content: { 'application/json': { schema } } };
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const errorResponse = (description: string): JsonSchema => jsonResponse(description, ref('Error'));
export const noContent = (description: string): JsonSchema => ({ description });

export const pathParameter = (name: string, description: string, pattern?: string): JsonSchema => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', ...(pattern ? { pattern } : {}) },
});

export const queryParameter = (name: string, description: string, schema: JsonSchema): JsonSchema => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** Operations anyone may call (sign-in, health, invitation links). */
export const PUBLIC: Record<string, string[]>[] = [];

/** Standard refusals for an operation limited to some roles. */
export function refusals(
  ...extra: ('400' | '404' | '409' | '410' | '413' | '422' | '429')[]
): Record<string, JsonSchema> {
  const descriptions: Record<string, string> = {
    '400': 'Invalid input; `details` lists each bad field',
    '401': 'Not signed in, or the token is invalid or expired',
    '403': 'The role may not do this, another state’s data, or a missing CSRF token',
    '404': 'Not found',
    '409': 'Conflict with the current state (e.g. a stale version)',
    '410': 'The link expired or was used',
    '413': 'The body or file is too large',
    '422': 'Understood but cannot be done as it stands; `details` says why',
    '429': 'Too many attempts; see Retry-After',
  };
  return Object.fromEntries(
    ['401', '403', ...extra].map((status) => [status, errorResponse(descriptions[status] ?? status)]),
  );
}

export function buildOpenApiDocument(modules: PathItems[], schemas: Record<string, JsonSchema>) {
  const paths: PathItems = {};
  for (const items of modules) {
    for (const [path, operations] of Object.entries(items)) {
      paths[path] = { ...paths[path], ...operations };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Prague Process Action Plan Monitor API',
      version: '1.0.0',
      description:
        'Reporting on the Prague Process Action Plan 2023-2027. Browsers sign in with `POST /auth/login` (session cookie; ' +
        'state-changing requests echo the `XSRF-TOKEN` cookie in the `X-XSRF-TOKEN` header). Programs use a bearer token ' +
        'from `POST /auth/token` or a personal access token. Errors: `{ "error": { "code", "message", "details"? } }`.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'ppm_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', examples: ['validation_failed'] },
                message: { type: 'string' },
                details: {
                  oneOf: [
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          path: { type: 'string' },
                          message: { type: 'string' },
                          actionCode: { type: 'string', description: 'For a problem inside a report entry' },
                        },
                      },
                    },
                    { type: 'object' },
                  ],
                },
              },
            },
          },
        },
        ...schemas,
      },
    },
  };
}
