import { publicationSchema } from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  queryParameter,
  refusals,
  type JsonSchema,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['Progress figures'];
const cycleId = (many = false): JsonSchema => ({
  ...queryParameter(
    'cycleId',
    many ? 'Reporting cycle ids (repeat the key for several)' : 'Reporting cycle id',
    many
      ? { type: 'array', items: { type: 'string', pattern: '^[0-9a-fA-F]{24}$' } }
      : { type: 'string', pattern: '^[0-9a-fA-F]{24}$' },
  ),
  required: true,
  ...(many ? { style: 'form', explode: true } : {}),
});
const filters: JsonSchema[] = [
  queryParameter(
    'basis',
    '`approved` (official, default) or `submitted` (submitted and approved; Secretariat and admins only)',
    {
      enum: ['approved', 'submitted'],
    },
  ),
  queryParameter('regionCode', 'Only states of this region', { type: 'string' }),
  queryParameter('areaCode', 'Only actions of this area', { type: 'string' }),
  queryParameter('stateCode', 'Only this state (a state’s people: their own only)', { type: 'string' }),
  queryParameter('lang', 'Language of names in exports', { enum: ['en', 'ru'] }),
];
const by = queryParameter('by', 'Grouping', { enum: ['area', 'action', 'state', 'region'] });
const file = (type: string) => ({
  description: 'The file, as an attachment',
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});
const access =
  ' Secretariat and admins see everything; evaluators approved data of all states; a state’s people approved data, their own state in full and other states only in aggregates of at least three states (`suppressed: true` with null figures otherwise), unless the closed cycle was published.';

const group: JsonSchema = {
  type: 'object',
  required: ['key', 'reports', 'participating', 'notParticipating', 'unanswered', 'byStatus', 'score', 'suppressed'],
  properties: {
    key: { type: 'string' },
    reports: { type: 'integer' },
    participating: { type: ['integer', 'null'] },
    notParticipating: { type: ['integer', 'null'] },
    unanswered: { type: ['integer', 'null'] },
    byStatus: {
      type: ['object', 'null'],
      properties: {
        not_started: { type: 'integer' },
        limited: { type: 'integer' },
        substantial: { type: 'integer' },
        completed: { type: 'integer' },
      },
    },
    score: {
      type: ['number', 'null'],
      description: 'Mean scale score of participating entries with a status, % of 3, one decimal',
    },
    suppressed: { type: 'boolean' },
  },
};

export const analyticsPaths: PathItems = {
  '/analytics/progress': {
    get: {
      summary: 'Figures of one cycle per area, action, state or region.' + access,
      tags,
      parameters: [cycleId(), by, ...filters],
      responses: {
        '200': jsonResponse('Groups', {
          type: 'object',
          properties: {
            cycleId: { type: 'string' },
            basis: { type: 'string' },
            by: { type: 'string' },
            groups: { type: 'array', items: group },
            overall: group,
          },
        }),
        ...refusals('400', '404'),
      },
    },
  },
  '/analytics/trend': {
    get: {
      summary: 'The same groups for several cycles, in cycle order (by period)',
      tags,
      parameters: [cycleId(true), by, ...filters],
      responses: { '200': jsonResponse('Groups per cycle'), ...refusals('400', '404') },
    },
  },
  '/analytics/submissions': {
    get: {
      summary: 'Who was expected, who reported, who is late (a state’s people: their own row only)',
      tags,
      parameters: [cycleId(), ...filters],
      responses: { '200': jsonResponse('Submission figures'), ...refusals('400', '404') },
    },
  },
  '/analytics/coverage': {
    get: {
      summary:
        'States x actions: each cell the state’s status, `not_participating`, `participating` or null; untouched actions',
      tags,
      parameters: [cycleId(), ...filters],
      responses: { '200': jsonResponse('Coverage map'), ...refusals('400', '404') },
    },
  },
  '/analytics/entries': {
    get: {
      summary: 'Answers with their texts, searchable (English and Russian, any case)',
      tags,
      parameters: [
        cycleId(),
        ...filters,
        queryParameter('actionCode', 'Only this action', { type: 'string' }),
        queryParameter('status', 'Only this status (or `not_participating`)', { type: 'string' }),
        queryParameter('q', 'Text to find in narratives, obstacles and support (at most 200 characters)', {
          type: 'string',
          maxLength: 200,
        }),
        queryParameter('page', 'Page, from 1', { type: 'integer', minimum: 1 }),
        queryParameter('pageSize', 'Entries per page, 1 to 200 (default 50)', {
          type: 'integer',
          minimum: 1,
          maximum: 200,
        }),
      ],
      responses: { '200': jsonResponse('A page of entries'), ...refusals('400', '404') },
    },
  },
  '/analytics/states/{stateCode}/profile': {
    get: {
      summary: 'One state by area across cycles, beside all states’ aggregates',
      tags,
      parameters: [
        pathParameter('stateCode', 'ISO 3166 alpha-2 code', '^[A-Z]{2}$'),
        { ...cycleId(true), required: false },
        filters[0]!,
      ],
      responses: { '200': jsonResponse('Profile'), ...refusals('400', '404') },
    },
  },
  '/analytics/peer-learning': {
    get: {
      summary:
        'Per action, states with substantial or completed progress beside states asking for support: suggested pairings (Secretariat and admins)',
      tags,
      parameters: [cycleId(), ...filters],
      responses: { '200': jsonResponse('Actions with pairings'), ...refusals('400', '404') },
    },
  },
  '/analytics/export.xlsx': {
    get: {
      summary: 'Workbook: summary, by area, by action, by state, coverage, entries with texts',
      tags,
      parameters: [cycleId(), ...filters],
      responses: {
        '200': file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        ...refusals('400', '404'),
      },
    },
  },
  '/analytics/export.csv': {
    get: {
      summary: 'One view as CSV (UTF-8 with BOM)',
      tags,
      parameters: [
        cycleId(),
        ...filters,
        queryParameter('view', 'What to export', { enum: ['entries', 'state', 'area', 'action'] }),
      ],
      responses: { '200': file('text/csv'), ...refusals('400', '404') },
    },
  },
  '/analytics/cycles/{cycleId}/publication': {
    get: {
      summary: 'Whether the closed cycle’s approved reports are published to all states',
      tags,
      parameters: [pathParameter('cycleId', 'Reporting cycle id', '^[0-9a-fA-F]{24}$')],
      responses: { '200': jsonResponse('Publication'), ...refusals('404') },
    },
    put: {
      summary: 'Publish or withdraw a closed cycle for all states (Secretariat; audited)',
      tags,
      parameters: [pathParameter('cycleId', 'Reporting cycle id', '^[0-9a-fA-F]{24}$')],
      requestBody: jsonBody(publicationSchema),
      responses: { '200': jsonResponse('Publication'), ...refusals('400', '404', '409') },
    },
  },
};
