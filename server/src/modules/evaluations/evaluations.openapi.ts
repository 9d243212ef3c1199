import {
  createReplySchema,
  handleReplySchema,
  openReplyWindowSchema,
  createEvaluationSchema,
  finalizeEvaluationSchema,
  QUOTE_KINDS,
  RATING_CODES,
  updateEvaluationSchema,
} from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  queryParameter,
  ref,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['Evaluations'];
const who = ' Evaluators and the Secretariat only (admins, contributors and focal points: 403).';
export const evaluationIdParameter = pathParameter('evaluationId', 'Evaluation id', '^[0-9a-fA-F]{24}$');
const text = { type: 'object', properties: { en: { type: 'string' }, ru: { type: 'string' } } };
const figures = {
  reports: { type: 'integer' },
  participating: { type: 'integer' },
  notParticipating: { type: 'integer' },
  unanswered: { type: 'integer' },
  byStatus: { type: 'object', additionalProperties: { type: 'integer' } },
  score: {
    type: ['number', 'null'],
    description: 'Mean status score of participating entries, % of the top score, one decimal',
  },
  baselineScore: { type: ['number', 'null'] },
  change: { type: ['number', 'null'], description: 'Points against the baseline, one decimal' },
};
const lang = queryParameter('lang', 'Language of the report (default en)', { enum: ['en', 'ru'] });
const version = queryParameter('version', 'A final version’s number: that version exactly as it was finalised', {
  type: 'integer',
  minimum: 1,
});
const file = (type: string) => ({
  description: 'The file, as an attachment with a file name',
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});

export const evaluationComponentSchemas = {
  Evaluation: {
    type: 'object',
    required: ['id', 'version', 'status', 'title', 'cycleIds', 'criteria', 'finalVersions'],
    properties: {
      id: { type: 'string' },
      version: {
        type: 'integer',
        description: 'Moves on every save; send it back with the next save (409 when stale)',
      },
      status: { enum: ['draft', 'final'], description: '`final` while the text is exactly the last final version' },
      title: text,
      cycleIds: { type: 'array', items: { type: 'string' } },
      criteria: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, label: text } } },
      scope: {
        type: 'object',
        properties: {
          areaCodes: { type: 'array', items: { type: 'string' } },
          regionCodes: { type: 'array', items: { type: 'string' } },
          stateCodes: { type: 'array', items: { type: 'string' } },
        },
      },
      baseline: { oneOf: [{ type: 'null' }, { type: 'object' }] },
      team: { type: 'array', items: { type: 'object' } },
      ratingScale: {
        type: 'array',
        items: { type: 'object', properties: { code: { enum: [...RATING_CODES] }, label: text } },
      },
      executiveSummary: text,
      introduction: text,
      findings: { type: 'array', items: { type: 'object' } },
      assessments: { type: 'array', items: { type: 'object' } },
      conclusions: text,
      recommendations: { type: 'array', items: { type: 'object' } },
      replyWindow: { oneOf: [{ type: 'null' }, ref('ReplyWindow')] },
      finalVersions: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            number: { type: 'integer' },
            finalizedAt: { type: 'string', format: 'date-time' },
            finalizedBy: { type: 'object' },
          },
        },
      },
    },
  },
  EvaluationReply: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      evaluationId: { type: 'string' },
      stateCode: { type: 'string' },
      target: {
        type: 'object',
        description:
          '`general`, `figures` (areaCode?), `finding` (areaCode) or `quote` (cycleId, actionCode, quoteKind)',
      },
      text: { type: 'string' },
      author: { type: 'object' },
      createdAt: { type: 'string', format: 'date-time' },
      handling: { oneOf: [{ type: 'null' }, { type: 'object' }] },
      version: { type: 'integer' },
    },
  },
  ReplyWindow: {
    type: 'object',
    properties: {
      openedAt: { type: 'string', format: 'date-time' },
      closesOn: { type: 'string', format: 'date' },
      closedAt: { type: ['string', 'null'], format: 'date-time' },
      open: { type: 'boolean' },
    },
  },
  EvaluationEvidence: {
    type: 'object',
    description:
      'Computed from approved reports in scope only. Figures by area and action are over each state’s latest approved report among the cycles; quotations come from one cycle at a time.',
    properties: {
      basis: { const: 'approved' },
      responseRates: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            cycleId: { type: 'string' },
            expected: { type: 'integer' },
            approved: { type: 'integer' },
            byRegion: { type: 'array' },
          },
        },
      },
      areas: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, ...figures } } },
      actions: {
        type: 'array',
        items: { type: 'object', properties: { code: { type: 'string' }, areaCode: { type: 'string' }, ...figures } },
      },
      areaTrend: { type: 'array' },
      coverage: { type: 'object' },
      participationByRegion: { type: 'array' },
      supportNeeds: { type: 'object' },
      states: { type: 'array', description: 'Implementation by state and area (the annex)' },
      baseline: { oneOf: [{ type: 'null' }, { type: 'object' }] },
      quotes: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            stateCode: { type: 'string' },
            cycleId: { type: 'string' },
            actionCode: { type: 'string' },
            areaCode: { type: 'string' },
            kind: { enum: [...QUOTE_KINDS] },
            text: { type: 'string' },
            lang: { enum: ['en', 'ru'] },
            reportVersion: { type: 'integer' },
          },
        },
      },
      quotesTotal: { type: 'integer' },
    },
  },
};

export const evaluationsPaths: PathItems = {
  '/evaluations': {
    get: {
      summary: 'Evaluations, last changed first.' + who,
      tags,
      responses: {
        '200': jsonResponse('Evaluations (without their texts)', { type: 'array', items: ref('Evaluation') }),
        ...refusals(),
      },
    },
    post: {
      summary: 'Start an evaluation over chosen cycles.' + who,
      description:
        'Criteria default to the five of 2015; a bare code must be one of them, a new criterion needs a label. Unknown cycles, areas, regions, states or criteria: 400 naming each.',
      tags,
      requestBody: jsonBody(createEvaluationSchema),
      responses: { '201': jsonResponse('The new draft, version 1', ref('Evaluation')), ...refusals('400') },
    },
  },
  '/evaluations/{evaluationId}': {
    get: {
      summary: 'One evaluation with its texts.' + who,
      tags,
      parameters: [evaluationIdParameter],
      responses: { '200': jsonResponse('The evaluation', ref('Evaluation')), ...refusals('404') },
    },
    patch: {
      summary: 'Save any part of the evaluation, based on `version`.' + who,
      description:
        'Answers the evaluation with its new version; 409 `stale_version` when it was saved meanwhile (nothing changed).',
      tags,
      parameters: [evaluationIdParameter],
      requestBody: jsonBody(updateEvaluationSchema),
      responses: { '200': jsonResponse('The evaluation', ref('Evaluation')), ...refusals('400', '404', '409') },
    },
  },
  '/evaluations/{evaluationId}/evidence': {
    get: {
      summary: 'What the system computes for the evaluation, from approved reports in scope.' + who,
      tags,
      parameters: [
        evaluationIdParameter,
        queryParameter('cycleId', 'Quotations of this cycle of the evaluation (default: its latest)', {
          type: 'string',
        }),
        queryParameter('stateCode', 'Quotations of one state', { type: 'string' }),
        queryParameter('areaCode', 'Quotations of one area', { type: 'string' }),
        queryParameter('kind', 'Achievements (narratives) or obstacles', { enum: [...QUOTE_KINDS] }),
      ],
      responses: { '200': jsonResponse('The evidence', ref('EvaluationEvidence')), ...refusals('400', '404') },
    },
  },
  '/evaluations/{evaluationId}/report.docx': {
    get: {
      summary: 'The report as an editable Word document (the draft, or final version N).' + who,
      tags,
      parameters: [evaluationIdParameter, lang, version],
      responses: {
        '200': file('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
        ...refusals('400', '404'),
      },
    },
  },
  '/evaluations/{evaluationId}/report.pdf': {
    get: {
      summary: 'The report as PDF with its fonts embedded (the draft, or final version N).' + who,
      tags,
      parameters: [evaluationIdParameter, lang, version],
      responses: { '200': file('application/pdf'), ...refusals('400', '404') },
    },
  },
  '/evaluations/{evaluationId}/preview': {
    get: {
      summary: 'The same report as an HTML fragment for the app’s preview.' + who,
      description:
        'An `<article class="evaluation-report">` with a title page (`report-title-page`), a table of contents (`report-toc`), headings h2-h4, paragraphs, notes (`report-note`), tables (`report-table`, numbers `report-number`), figures (`report-chart`, PNG data URLs) and quotations (`report-quote`). Texts are escaped.',
      tags,
      parameters: [evaluationIdParameter, lang, version],
      responses: {
        '200': { description: 'The preview', content: { 'text/html': { schema: { type: 'string' } } } },
        ...refusals('400', '404'),
      },
    },
  },
  '/evaluations/{evaluationId}/finalize': {
    post: {
      summary: 'Store the text and the data it uses as the next final version.' + who,
      description:
        'Final version N never changes and `?version=N` generates the same document. A reply window still open is closed. The evaluation stays editable as the next draft. With `version`, 409 when stale.',
      tags,
      parameters: [evaluationIdParameter],
      requestBody: { ...jsonBody(finalizeEvaluationSchema), required: false },
      responses: {
        '200': jsonResponse('The evaluation with its final versions', ref('Evaluation')),
        ...refusals('400', '404', '409'),
      },
    },
  },
  '/evaluations/reply-windows': {
    get: {
      summary: 'Evaluations open for replies now (focal points)',
      tags,
      responses: {
        '200': jsonResponse('Open reply windows', {
          type: 'array',
          items: {
            type: 'object',
            properties: { evaluationId: { type: 'string' }, title: text, closesOn: { type: 'string', format: 'date' } },
          },
        }),
        ...refusals(),
      },
    },
  },
  '/evaluations/{evaluationId}/reply-window': {
    post: {
      summary: 'Open the right of reply until the end of `closesOn` (UTC).' + who,
      tags,
      parameters: [evaluationIdParameter],
      requestBody: jsonBody(openReplyWindowSchema),
      responses: { '200': jsonResponse('The evaluation', ref('Evaluation')), ...refusals('400', '404', '409') },
    },
    delete: {
      summary: 'Close the reply window early (finalising closes it too).' + who,
      tags,
      parameters: [evaluationIdParameter],
      responses: { '200': jsonResponse('The evaluation', ref('Evaluation')), ...refusals('404', '409') },
    },
  },
  '/evaluations/{evaluationId}/passages': {
    get: {
      summary: 'What the evaluation says about one state: response, figures, quotations, findings citing it',
      description:
        'A focal point gets its own state while the reply window is open (403 `reply_window_closed` otherwise, 403 for another state); evaluators and the Secretariat name the state with `stateCode`.',
      tags,
      parameters: [
        evaluationIdParameter,
        queryParameter('stateCode', 'The state (evaluators and the Secretariat)', { type: 'string' }),
      ],
      responses: { '200': jsonResponse('The passages', { type: 'object' }), ...refusals('400', '404') },
    },
  },
  '/evaluations/{evaluationId}/replies': {
    get: {
      summary:
        'Replies: all of them for evaluators and the Secretariat; a focal point its state’s, while the window is open',
      tags,
      parameters: [evaluationIdParameter],
      responses: {
        '200': jsonResponse('Replies, oldest first', { type: 'array', items: ref('EvaluationReply') }),
        ...refusals('404'),
      },
    },
    post: {
      summary: 'Reply on behalf of one’s state (focal points, while the window is open)',
      tags,
      parameters: [evaluationIdParameter],
      requestBody: jsonBody(createReplySchema),
      responses: { '201': jsonResponse('The reply', ref('EvaluationReply')), ...refusals('400', '404') },
    },
  },
  '/evaluations/{evaluationId}/replies/{replyId}': {
    patch: {
      summary: 'Record how a reply was handled, based on the reply’s `version`.' + who,
      tags,
      parameters: [evaluationIdParameter, pathParameter('replyId', 'Reply id', '^[0-9a-fA-F]{24}$')],
      requestBody: jsonBody(handleReplySchema),
      responses: { '200': jsonResponse('The reply', ref('EvaluationReply')), ...refusals('400', '404', '409') },
    },
  },
};
