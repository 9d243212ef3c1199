import {
  applyImportSchema,
  createActionSchema,
  MAX_IMPORT_ROWS,
  reorderActionsSchema,
  updateActionSchema,
  updateAreaSchema,
} from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  queryParameter,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['Action plan'];
const text = { type: 'object', required: ['en', 'ru'], properties: { en: { type: 'string' }, ru: { type: 'string' } } };
const action = {
  type: 'object',
  required: ['code', 'title', 'retired'],
  properties: { code: { type: 'string', examples: ['1.2'] }, title: text, retired: { type: 'boolean' } },
};
const plan = {
  type: 'object',
  required: ['title', 'period', 'version', 'actionsAreIllustrative', 'areas'],
  properties: {
    title: text,
    period: { type: 'object', properties: { from: { type: 'integer' }, to: { type: 'integer' } } },
    version: {
      type: 'integer',
      description: 'Send it back with every edit; a stale one is refused with 409 stale_version',
    },
    actionsAreIllustrative: { type: 'boolean', description: 'False once the official list was imported' },
    areas: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'title', 'shortTitle', 'actions'],
        properties: {
          code: { type: 'string' },
          title: text,
          shortTitle: text,
          actions: { type: 'array', items: action },
        },
      },
    },
  },
};
const planResponse = jsonResponse('The whole plan, with its new version', plan);
const areaCode = pathParameter('areaCode', 'Area code, "1" to "6"', '^[1-9]\\d?$');
const actionCode = pathParameter('actionCode', 'Action code, e.g. "1.2"', '^[1-9]\\d?\\.[1-9]\\d?$');
const strings = { type: 'array', items: { type: 'string' } };

const preview = {
  type: 'object',
  required: ['previewId', 'valid', 'errors', 'rows', 'changes', 'basedOnVersion', 'expiresAt'],
  properties: {
    previewId: { type: 'string', format: 'uuid' },
    valid: { type: 'boolean', description: 'True when neither the file nor any row has an error' },
    errors: { ...strings, description: 'Problems of the file as a whole' },
    rows: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          row: { type: 'integer' },
          areaCode: { type: 'string' },
          actionCode: { type: 'string' },
          title: text,
          errors: strings,
        },
      },
    },
    changes: {
      type: 'object',
      properties: {
        added: strings,
        removed: { ...strings, description: 'Will be retired, not deleted' },
        restored: strings,
        retitled: {
          type: 'array',
          items: { type: 'object', properties: { code: { type: 'string' }, before: text, after: text } },
        },
        unchanged: { type: 'integer' },
      },
    },
    basedOnVersion: { type: 'integer' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
};

export const actionPlanPaths: PathItems = {
  '/action-plan': {
    get: {
      summary: 'The action plan: areas and actions (retired ones marked) in their order',
      tags,
      responses: {
        '200': jsonResponse('The plan', plan),
        '304': { description: 'Unchanged since the ETag sent in If-None-Match' },
        ...refusals('404'),
      },
    },
  },
  '/action-plan/areas/{areaCode}': {
    patch: {
      summary: 'Edit an area’s titles (Secretariat)',
      tags,
      parameters: [areaCode],
      requestBody: jsonBody(updateAreaSchema),
      responses: { '200': planResponse, ...refusals('400', '404', '409') },
    },
  },
  '/action-plan/areas/{areaCode}/actions': {
    post: {
      summary: 'Add an action; it gets the next code of the area, never a retired one (Secretariat)',
      tags,
      parameters: [areaCode],
      requestBody: jsonBody(createActionSchema),
      responses: { '201': planResponse, ...refusals('400', '404', '409') },
    },
  },
  '/action-plan/areas/{areaCode}/order': {
    put: {
      summary: 'Reorder an area’s actions: every code of the area, retired ones too, each once (Secretariat)',
      tags,
      parameters: [areaCode],
      requestBody: jsonBody(reorderActionsSchema),
      responses: { '200': planResponse, ...refusals('400', '404', '409') },
    },
  },
  '/action-plan/actions/{actionCode}': {
    patch: {
      summary: 'Edit an action’s title, retire it or bring it back (Secretariat)',
      tags,
      parameters: [actionCode],
      requestBody: jsonBody(updateActionSchema),
      responses: { '200': planResponse, ...refusals('400', '404', '409') },
    },
  },
  '/action-plan/import/template': {
    get: {
      summary: 'Download the import template, prefilled with the actions in force (Secretariat)',
      tags,
      parameters: [queryParameter('format', 'xlsx (default) or csv (UTF-8 with BOM)', { enum: ['xlsx', 'csv'] })],
      responses: {
        '200': {
          description: 'The template file',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        ...refusals('400'),
      },
    },
  },
  '/action-plan/import/preview': {
    post: {
      summary: 'Check a spreadsheet of actions and show what applying it would change; changes nothing (Secretariat)',
      description: `The body is the file itself (XLSX or CSV, at most 5 MB and ${MAX_IMPORT_ROWS} rows); its type is told by its content.`,
      tags,
      requestBody: {
        required: true,
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            schema: { type: 'string', format: 'binary' },
          },
          'text/csv': { schema: { type: 'string' } },
        },
      },
      responses: {
        '200': jsonResponse('What would change, and every row’s errors', preview),
        ...refusals('400', '413'),
        '415': jsonResponse('The body is not a file'),
      },
    },
  },
  '/action-plan/import/{previewId}/apply': {
    post: {
      summary: 'Apply a valid preview, all or nothing; left-out actions are retired (Secretariat)',
      tags,
      parameters: [pathParameter('previewId', 'From the preview')],
      requestBody: jsonBody(applyImportSchema),
      responses: { '200': jsonResponse('The new plan', plan), ...refusals('400', '404', '409', '422') },
    },
  },
};
