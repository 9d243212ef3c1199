import {
  changePasswordSchema,
  createPersonalTokenSchema,
  credentialsSchema,
  emailSchema,
  personalTokenSchema,
  setPasswordSchema,
  updateProfileSchema,
} from '@ppm/shared';
import { z } from 'zod';
import {
  errorResponse,
  jsonBody,
  jsonResponse,
  noContent,
  pathParameter,
  PUBLIC,
  ref,
  refusals,
  schemaOf,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const userResponse = jsonResponse('The person', {
  type: 'object',
  required: ['user'],
  properties: { user: ref('User') },
});
const linkSecret = pathParameter('secret', 'The secret part of an invitation or reset link', '^[\\w-]{20,100}$');
const tags = ['Sign-in and profile'];

export const authPaths: PathItems = {
  '/auth/login': {
    post: {
      summary: 'Sign in (browser): sets the session and XSRF-TOKEN cookies',
      tags,
      security: PUBLIC,
      requestBody: jsonBody(credentialsSchema),
      responses: {
        '200': userResponse,
        '400': errorResponse('Invalid input'),
        '401': errorResponse('Wrong email or password (never says which)'),
        '429': errorResponse('Too many failed attempts; see Retry-After'),
      },
    },
  },
  '/auth/token': {
    post: {
      summary: 'Get a short-lived bearer token (programs)',
      tags,
      security: PUBLIC,
      requestBody: jsonBody(credentialsSchema),
      responses: {
        '200': jsonResponse('Valid for one hour', {
          type: 'object',
          required: ['token', 'expiresAt'],
          properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
        }),
        '401': errorResponse('Wrong email or password'),
        '429': errorResponse('Too many failed attempts; see Retry-After'),
      },
    },
  },
  '/auth/logout': {
    post: {
      summary: 'End the session (or revoke the access token) on the server',
      tags,
      security: PUBLIC,
      responses: { '204': noContent('Signed out') },
    },
  },
  '/auth/me': {
    get: { summary: 'The signed-in person', tags, responses: { '200': userResponse, ...refusals() } },
    patch: {
      summary: 'Change one’s name or language',
      tags,
      requestBody: jsonBody(updateProfileSchema),
      responses: { '200': userResponse, ...refusals('400') },
    },
  },
  '/auth/password': {
    post: {
      summary: 'Change one’s password; other sessions and tokens end',
      tags,
      requestBody: jsonBody(changePasswordSchema),
      responses: { '200': userResponse, ...refusals('400') },
    },
  },
  '/auth/password-reset': {
    post: {
      summary: 'Ask for a password-reset email (when SMTP is configured); never says whether the email exists',
      tags,
      security: PUBLIC,
      requestBody: jsonBody(z.strictObject({ email: emailSchema })),
      responses: { '202': jsonResponse('Accepted'), '400': errorResponse('Invalid input') },
    },
  },
  '/auth/links/{secret}': {
    get: {
      summary: 'What an invitation or reset link is for',
      tags,
      security: PUBLIC,
      parameters: [linkSecret],
      responses: {
        '200': jsonResponse('The link is usable', {
          type: 'object',
          properties: {
            purpose: { enum: ['invitation', 'password_reset'] },
            email: { type: 'string' },
            name: { type: 'string' },
          },
        }),
        '404': errorResponse('Unknown link'),
        '410': errorResponse('Expired or used'),
      },
    },
    post: {
      summary: 'Set the password through the link, and sign in',
      tags,
      security: PUBLIC,
      parameters: [linkSecret],
      requestBody: jsonBody(setPasswordSchema),
      responses: {
        '200': userResponse,
        '400': errorResponse('Password too short or too common'),
        '404': errorResponse('Unknown link'),
        '410': errorResponse('Expired or used'),
      },
    },
  },
  '/auth/tokens': {
    get: {
      summary: 'One’s personal access tokens (never their secrets)',
      tags,
      responses: {
        '200': jsonResponse('Active tokens', { type: 'array', items: schemaOf(personalTokenSchema) }),
        ...refusals(),
      },
    },
    post: {
      summary: 'Create a personal access token; the secret is shown only in this answer',
      tags,
      requestBody: jsonBody(createPersonalTokenSchema),
      responses: {
        '201': jsonResponse('Created', {
          allOf: [schemaOf(personalTokenSchema), { type: 'object', properties: { token: { type: 'string' } } }],
        }),
        ...refusals('400', '409'),
      },
    },
  },
  '/auth/tokens/{id}': {
    delete: {
      summary: 'Revoke one of one’s personal access tokens',
      tags,
      parameters: [pathParameter('id', 'Token id, as listed (the SHA-256 of the token)', '^[0-9a-f]{64}$')],
      responses: { '204': noContent('Revoked'), ...refusals('404') },
    },
  },
};
