import { jsonResponse, PUBLIC, type PathItems } from '../../platform/openapi/openapi-builder.js';

const health = {
  type: 'object',
  required: ['status', 'db'],
  properties: { status: { enum: ['ok', 'degraded'] }, db: { enum: ['up', 'down'] } },
};

export const healthPaths: PathItems = {
  '/health': {
    get: {
      summary: 'Is the server up, and can it reach its database?',
      tags: ['Operations'],
      security: PUBLIC,
      responses: { '200': jsonResponse('Up', health), '503': jsonResponse('The database does not answer', health) },
    },
  },
};
