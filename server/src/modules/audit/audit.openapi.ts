import { jsonResponse, queryParameter, refusals, type PathItems } from '../../platform/openapi/openapi-builder.js';
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from './audit.router.js';

const entry = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'entity', 'entityId', 'before', 'after'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actor: {
      type: 'object',
      properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
    },
    action: { type: 'string', examples: ['action.retired'] },
    entity: { type: 'string', examples: ['action'] },
    entityId: { type: 'string', examples: ['1.3'] },
    before: { description: 'The old value, or null' },
    after: { description: 'The new value, or null' },
  },
};

export const auditPaths: PathItems = {
  '/audit': {
    get: {
      summary: 'Changes by admins and the Secretariat, newest first (admin, Secretariat)',
      tags: ['Audit log'],
      parameters: [
        queryParameter('entity', 'Only changes of this kind of thing', {
          type: 'string',
          examples: ['action', 'state'],
        }),
        queryParameter('limit', `Entries per page (default ${AUDIT_PAGE_DEFAULT})`, {
          type: 'integer',
          minimum: 1,
          maximum: AUDIT_PAGE_MAX,
        }),
        queryParameter('before', 'A date-time, or the nextBefore of the previous page', { type: 'string' }),
      ],
      responses: {
        '200': jsonResponse('One page', {
          type: 'object',
          required: ['entries', 'nextBefore'],
          properties: { entries: { type: 'array', items: entry }, nextBefore: { type: ['string', 'null'] } },
        }),
        ...refusals('400'),
      },
    },
  },
};
