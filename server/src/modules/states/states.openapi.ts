import { createRegionSchema, updateRegionSchema, updateStateSchema } from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['States and regions'];
const name = { type: 'object', required: ['en', 'ru'], properties: { en: { type: 'string' }, ru: { type: 'string' } } };
const state = {
  type: 'object',
  required: ['code', 'name', 'region', 'active'],
  properties: {
    code: { type: 'string', examples: ['AT'] },
    name,
    region: { type: 'string', examples: ['EU'] },
    active: { type: 'boolean', description: 'Inactive states keep their history but leave new cycles' },
    note: { type: 'string' },
  },
};
const region = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name } };

export const statesPaths: PathItems = {
  '/states': {
    get: {
      summary: 'All states, by English name',
      tags,
      responses: {
        '200': jsonResponse('The states', { type: 'array', items: state }),
        '304': { description: 'Unchanged since the ETag sent in If-None-Match' },
        ...refusals(),
      },
    },
  },
  '/states/{code}': {
    patch: {
      summary: 'Activate or deactivate a state, move it to another region, rename it (Secretariat)',
      tags,
      parameters: [pathParameter('code', 'ISO 3166 alpha-2 code', '^[A-Z]{2}$')],
      requestBody: jsonBody(updateStateSchema),
      responses: { '200': jsonResponse('The state', state), ...refusals('400', '404') },
    },
  },
  '/regions': {
    get: {
      summary: 'All regions',
      tags,
      responses: {
        '200': jsonResponse('The regions', { type: 'array', items: region }),
        '304': { description: 'Unchanged since the ETag sent in If-None-Match' },
        ...refusals(),
      },
    },
    post: {
      summary: 'Add a region (Secretariat)',
      tags,
      requestBody: jsonBody(createRegionSchema),
      responses: { '201': jsonResponse('The region', region), ...refusals('400', '409') },
    },
  },
  '/regions/{code}': {
    patch: {
      summary: 'Rename a region (Secretariat)',
      tags,
      parameters: [pathParameter('code', 'Region code', '^[A-Z]{2,5}$')],
      requestBody: jsonBody(updateRegionSchema),
      responses: { '200': jsonResponse('The region', region), ...refusals('400', '404') },
    },
  },
};
