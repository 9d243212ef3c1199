import {
  ENTRY_FIELDS,
  EVIDENCE_CONTENT_TYPES,
  MAX_FILE_BYTES,
  MAX_REPORT_FILES_BYTES,
  REPORT_EVENT_TYPES,
  REPORT_STATUSES,
  REVISION_KINDS,
  reopenReportSchema,
  returnReportSchema,
  saveReportSchema,
  threadCommentSchema,
  transitionRemarkSchema,
} from '@ppm/shared';
import {
  errorResponse,
  jsonBody,
  jsonResponse,
  pathParameter,
  queryParameter,
  ref,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';
import { cycleIdParameter } from '../cycles/cycles.openapi.js';

const tags = ['State reports'];
const reviewTags = ['Review workflow'];
const historyTags = ['Report history and discussion'];
const fileTags = ['Evidence files'];

const stateCode = pathParameter('stateCode', 'State (ISO 3166 alpha-2, XK for Kosovo*)', '^[A-Z]{2}$');
const actionCode = pathParameter('actionCode', 'Action code, e.g. 1.2', '^[1-9]\\d?\\.[1-9]\\d?$');
const fileId = pathParameter('fileId', 'Evidence file id', '^[0-9a-fA-F]{24}$');
const report = [cycleIdParameter, stateCode];
const reportResponse = jsonResponse('The report', ref('Report'));
const nullableString = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };
const languageText = { type: 'object', properties: { text: { type: 'string' }, lang: { enum: ['en', 'ru'] } } };
const completeness = {
  type: 'object',
  properties: { complete: { type: 'integer' }, total: { type: 'integer' }, percent: { type: 'integer' } },
};
const actor = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
};
type JsonSchemaObject = Record<string, unknown>;

const evidenceFile: JsonSchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    fileName: { type: 'string' },
    contentType: { type: 'string' },
    size: { type: 'integer' },
    uploadedAt: dateTime,
  },
};

const entry: JsonSchemaObject = {
  type: 'object',
  properties: {
    actionCode: { type: 'string' },
    participation: { enum: ['participating', 'not_participating', null] },
    status: { enum: ['not_started', 'limited', 'substantial', 'completed', null] },
    narrative: languageText,
    obstacles: languageText,
    supportNeeded: {
      type: 'object',
      properties: { categories: { type: 'array', items: { type: 'string' } }, text: languageText },
    },
    evidence: {
      type: 'object',
      properties: {
        links: {
          type: 'array',
          items: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string' } } },
        },
        files: { type: 'array', items: ref('EvidenceFile') },
      },
    },
    indicators: { type: 'array', items: { type: 'object' } },
    carriedOver: { type: 'boolean', description: 'Copied from the last approved report and not touched since' },
    reviewComment: nullableString,
  },
};

const revisionSummary: JsonSchemaObject = {
  type: 'object',
  properties: {
    version: { type: 'integer' },
    at: dateTime,
    by: actor,
    kind: { enum: [...REVISION_KINDS] },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          actionCode: { type: 'string' },
          fields: { type: 'array', items: { enum: [...ENTRY_FIELDS, 'carriedOver'] } },
        },
      },
    },
  },
};

export const reportComponentSchemas: Record<string, JsonSchemaObject> = {
  EvidenceFile: evidenceFile,
  ReportEntry: entry,
  Report: {
    type: 'object',
    properties: {
      cycleId: { type: 'string' },
      stateCode: { type: 'string' },
      status: { enum: [...REPORT_STATUSES] },
      version: { type: 'integer', description: 'Send it back with the next save; goes up with every change' },
      entries: { type: 'array', items: ref('ReportEntry') },
      updatedAt: dateTime,
      submittedAt: { type: ['string', 'null'], format: 'date-time' },
      reviewComment: nullableString,
      completeness: {
        type: 'object',
        properties: { overall: completeness, byArea: { type: 'object', additionalProperties: completeness } },
      },
      editable: { type: 'boolean' },
      carriedFrom: { type: ['object', 'null'], properties: { cycleId: { type: 'string' } } },
    },
  },
  ReviewRow: {
    type: 'object',
    properties: {
      stateCode: { type: 'string' },
      region: { type: 'string' },
      status: { enum: [...REPORT_STATUSES, 'not_started'] },
      completeness,
      updatedAt: { type: ['string', 'null'], format: 'date-time' },
      submittedAt: { type: ['string', 'null'], format: 'date-time' },
      deadline: { type: 'string', format: 'date', description: 'With the state’s extension, if any' },
      late: {
        type: 'boolean',
        description: 'First submitted after the deadline, or not submitted and the deadline passed',
      },
    },
  },
  RevisionSummary: revisionSummary,
  ReportEvent: {
    type: 'object',
    properties: {
      type: { enum: [...REPORT_EVENT_TYPES] },
      at: dateTime,
      by: actor,
      fromStatus: { enum: [...REPORT_STATUSES, null] },
      toStatus: { enum: [...REPORT_STATUSES] },
      comment: nullableString,
      entryComments: {
        type: 'array',
        items: { type: 'object', properties: { actionCode: { type: 'string' }, comment: { type: 'string' } } },
      },
    },
  },
  ThreadComment: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      actionCode: { type: 'string' },
      author: actor,
      text: { type: 'string' },
      lang: { enum: ['en', 'ru'] },
      at: dateTime,
    },
  },
};

const incomplete = errorResponse(
  '`report_incomplete`: `details` lists `{ actionCode, missing: [participation|status|narrative] }` per action',
);

export const reportsPaths: PathItems = {
  '/cycles/{cycleId}/reports': {
    get: {
      summary: 'Review list: one row per expected state (Secretariat, evaluators); a state’s people get their own row',
      tags: reviewTags,
      parameters: [cycleIdParameter],
      responses: {
        '200': jsonResponse('Rows by state code', { type: 'array', items: ref('ReviewRow') }),
        ...refusals('404'),
      },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}': {
    get: {
      summary: 'A state’s report; its own people get the draft created on first visit while the cycle is open',
      description:
        'Carried over from the state’s last approved report. Secretariat: any state; focal points and contributors: their own; ' +
        'evaluators: approved reports only (403 otherwise); admins: 403. 404 `report_not_started` when there is none yet.',
      tags,
      parameters: report,
      responses: { '200': reportResponse, ...refusals('404') },
    },
    put: {
      summary: 'Save changes to some entries (focal point, contributor, Secretariat), based on `version`',
      description:
        'Only the entries sent change; only the fields sent in them. A touched entry loses `carriedOver`. ' +
        '409 `stale_version` with `details: { currentVersion, report }` when someone saved in between; ' +
        '409 `report_locked` when the report cannot be changed in its status or the cycle is not open; 400 naming unknown actions.',
      tags,
      parameters: report,
      requestBody: jsonBody(saveReportSchema),
      responses: { '200': reportResponse, ...refusals('400', '404', '409') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/submit': {
    post: {
      summary: 'Submit for review (focal point of the state only; from draft or returned)',
      tags: reviewTags,
      parameters: report,
      requestBody: { ...jsonBody(transitionRemarkSchema), required: false },
      responses: { '200': reportResponse, ...refusals('400', '404', '409'), '422': incomplete },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/return': {
    post: {
      summary: 'Return for revision (Secretariat; from submitted), with a comment and optional comments per entry',
      tags: reviewTags,
      parameters: report,
      requestBody: jsonBody(returnReportSchema),
      responses: { '200': reportResponse, ...refusals('400', '404', '409') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/approve': {
    post: {
      summary: 'Approve (Secretariat; from submitted); the report is then locked',
      tags: reviewTags,
      parameters: report,
      requestBody: { ...jsonBody(transitionRemarkSchema), required: false },
      responses: { '200': reportResponse, ...refusals('400', '404', '409') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/reopen': {
    post: {
      summary:
        'Reopen to draft with a reason (Secretariat; from approved or submitted); editable even in a closed cycle',
      tags: reviewTags,
      parameters: report,
      requestBody: jsonBody(reopenReportSchema),
      responses: { '200': reportResponse, ...refusals('400', '404', '409') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/history': {
    get: {
      summary:
        'Revisions of the answers, newest first: who, when, which fields of which actions (state and Secretariat)',
      tags: historyTags,
      parameters: report,
      responses: {
        '200': jsonResponse('Revisions', { type: 'array', items: ref('RevisionSummary') }),
        ...refusals('404'),
      },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/history/compare': {
    get: {
      summary: 'Entries that differ between two revisions, with both values',
      tags: historyTags,
      parameters: [
        ...report,
        { ...queryParameter('from', 'Revision number', { type: 'string', pattern: '^\\d+$' }), required: true },
        { ...queryParameter('to', 'Revision number', { type: 'string', pattern: '^\\d+$' }), required: true },
      ],
      responses: {
        '200': jsonResponse('Differences', {
          type: 'object',
          properties: {
            from: ref('RevisionSummary'),
            to: ref('RevisionSummary'),
            entries: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  actionCode: { type: 'string' },
                  fields: {
                    type: 'array',
                    items: { type: 'object', properties: { field: { enum: [...ENTRY_FIELDS] }, from: {}, to: {} } },
                  },
                },
              },
            },
          },
        }),
        ...refusals('400', '404'),
      },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/timeline': {
    get: {
      summary: 'Workflow steps, oldest first: created, submitted, returned, approved, reopened — who, when, comment',
      tags: historyTags,
      parameters: report,
      responses: { '200': jsonResponse('Events', { type: 'array', items: ref('ReportEvent') }), ...refusals('404') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/changes': {
    get: {
      summary: 'Per action, the previous cycle’s answers against the current ones',
      tags: historyTags,
      parameters: report,
      responses: {
        '200': jsonResponse('Changes', {
          type: 'object',
          properties: {
            previous: {
              type: ['object', 'null'],
              properties: { cycleId: { type: 'string' }, name: { type: 'object' } },
            },
            entries: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  actionCode: { type: 'string' },
                  carriedOver: { type: 'boolean' },
                  changedFields: { type: 'array', items: { enum: [...ENTRY_FIELDS] } },
                  previous: { type: ['object', 'null'] },
                  current: { type: 'object' },
                },
              },
            },
          },
        }),
        ...refusals('404'),
      },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/comments': {
    get: {
      summary: 'Comment threads about entries (state and Secretariat), oldest first',
      tags: historyTags,
      parameters: [
        ...report,
        queryParameter('actionCode', 'Only the thread of this action', {
          type: 'string',
          pattern: '^[1-9]\\d?\\.[1-9]\\d?$',
        }),
      ],
      responses: {
        '200': jsonResponse('Comments', { type: 'array', items: ref('ThreadComment') }),
        ...refusals('400', '404'),
      },
    },
    post: {
      summary: 'Add to an entry’s thread; notifies the other side',
      tags: historyTags,
      parameters: report,
      requestBody: jsonBody(threadCommentSchema),
      responses: { '201': jsonResponse('The comment', ref('ThreadComment')), ...refusals('400', '404') },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/entries/{actionCode}/files': {
    post: {
      summary: 'Upload an evidence file to an entry (while editable); the body is the file itself',
      description:
        `Send the bytes as the body with the file’s Content-Type (${EVIDENCE_CONTENT_TYPES.join(', ')}) and its name URL-encoded in ` +
        `X-File-Name. The content must match the type (checked by signature, not name): 415 \`unsupported_file_type\` otherwise. ` +
        `At most ${MAX_FILE_BYTES} bytes per file and ${MAX_REPORT_FILES_BYTES} per report: 413.`,
      tags: fileTags,
      parameters: [
        ...report,
        actionCode,
        {
          name: 'X-File-Name',
          in: 'header',
          required: true,
          description: 'The file name, URL-encoded',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: Object.fromEntries(
          EVIDENCE_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      },
      responses: {
        '201': jsonResponse('Stored', {
          type: 'object',
          properties: { file: ref('EvidenceFile'), report: ref('Report') },
        }),
        ...refusals('400', '404', '409', '413'),
        '415': errorResponse('`unsupported_file_type`: a type we do not accept, or content that does not match it'),
      },
    },
  },
  '/cycles/{cycleId}/reports/{stateCode}/entries/{actionCode}/files/{fileId}': {
    get: {
      summary: 'Download an evidence file (whoever may read the report; evaluators: approved reports only)',
      tags: fileTags,
      parameters: [...report, actionCode, fileId],
      responses: {
        '200': {
          description: 'The file, as an attachment',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        ...refusals('404'),
      },
    },
    delete: {
      summary: 'Remove an evidence file from an entry (while editable)',
      tags: fileTags,
      parameters: [...report, actionCode, fileId],
      responses: { '200': reportResponse, ...refusals('404', '409') },
    },
  },
};
