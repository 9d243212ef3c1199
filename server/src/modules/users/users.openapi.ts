import { createUserSchema, ROLES, updateUserSchema } from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  queryParameter,
  ref,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['People (admin)'];
const id = pathParameter('id', 'Account id');

export const usersPaths: PathItems = {
  '/users': {
    get: {
      summary: 'List accounts, each with `status` (invited, active, deactivated), `invitedAt` and `invitationExpired`',
      tags,
      parameters: [
        queryParameter('role', 'Only this role', { enum: [...ROLES] }),
        queryParameter('stateCode', 'Only this state', { type: 'string', pattern: '^[A-Z]{2}$' }),
        queryParameter('active', 'Only active or inactive accounts', { enum: ['true', 'false'] }),
      ],
      responses: { '200': jsonResponse('Accounts by name', { type: 'array', items: ref('User') }), ...refusals('400') },
    },
    post: {
      summary: 'Create an account: with `password` usable at once, without it an invitation',
      tags,
      requestBody: jsonBody(createUserSchema),
      responses: {
        '201': jsonResponse('Created; `inviteUrl` when no SMTP is configured', {
          type: 'object',
          properties: { user: ref('User'), inviteUrl: { type: 'string', format: 'uri' } },
        }),
        ...refusals('400', '409'),
      },
    },
  },
  '/users/{id}': {
    get: {
      summary: 'One account',
      tags,
      parameters: [id],
      responses: { '200': jsonResponse('The account', ref('User')), ...refusals('404') },
    },
    patch: {
      summary: 'Change name, role, state, language, or deactivate (accounts are never deleted)',
      tags,
      parameters: [id],
      requestBody: jsonBody(updateUserSchema),
      responses: { '200': jsonResponse('The account', ref('User')), ...refusals('400', '404', '409') },
    },
  },
  '/users/{id}/invitation': {
    post: {
      summary: 'Send a new invitation to someone who never set a password (older links stop working)',
      tags,
      parameters: [id],
      responses: {
        '200': jsonResponse('Sent; `inviteUrl` when no SMTP is configured', {
          type: 'object',
          properties: { user: ref('User'), inviteUrl: { type: 'string', format: 'uri' } },
        }),
        ...refusals('404', '409'),
      },
    },
  },
  '/users/{id}/password-reset': {
    post: {
      summary: 'Start a password reset: mailed, or `resetUrl` when no SMTP is configured',
      tags,
      parameters: [id],
      responses: {
        '200': jsonResponse('Started', { type: 'object', properties: { resetUrl: { type: 'string', format: 'uri' } } }),
        ...refusals('404'),
      },
    },
  },
};
