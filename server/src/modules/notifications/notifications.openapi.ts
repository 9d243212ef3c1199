import { NOTIFICATION_TYPES } from '@ppm/shared';
import {
  jsonResponse,
  noContent,
  pathParameter,
  queryParameter,
  ref,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['Notifications'];

export const notificationComponentSchemas = {
  Notification: {
    type: 'object',
    required: ['id', 'type', 'cycleId', 'stateCode', 'actionCode', 'text', 'link', 'createdAt', 'readAt'],
    properties: {
      id: { type: 'string' },
      type: { enum: [...NOTIFICATION_TYPES] },
      cycleId: { type: 'string' },
      stateCode: { type: ['string', 'null'] },
      actionCode: { type: ['string', 'null'] },
      text: { type: 'object', properties: { en: { type: 'string' }, ru: { type: 'string' } } },
      link: { type: 'string', description: 'Path in the web client' },
      createdAt: { type: 'string', format: 'date-time' },
      readAt: { type: ['string', 'null'], format: 'date-time' },
    },
  },
  StateReminder: {
    type: 'object',
    required: ['stateCode', 'reportStatus', 'deadline', 'lastRemindedAt', 'lastRemindedBy', 'recipients', 'canRemind'],
    properties: {
      stateCode: { type: 'string' },
      reportStatus: { type: 'string', description: '"not_started" when the state has no report yet' },
      deadline: { type: 'string', format: 'date' },
      lastRemindedAt: { type: ['string', 'null'], format: 'date-time' },
      lastRemindedBy: { enum: ['secretariat', 'automatic', null] },
      recipients: { type: 'integer', description: 'Active focal points and contributors a reminder reaches' },
      canRemind: { type: 'boolean' },
    },
  },
  LateReminders: {
    type: 'object',
    required: ['reminded', 'skipped'],
    properties: {
      reminded: { type: 'array', items: { type: 'string' }, description: 'States reminded now' },
      skipped: {
        type: 'array',
        items: {
          type: 'object',
          required: ['stateCode', 'reason'],
          properties: { stateCode: { type: 'string' }, reason: { enum: ['recently_reminded', 'no_recipients'] } },
        },
      },
    },
  },
};

export const notificationsPaths: PathItems = {
  '/notifications': {
    get: {
      summary: 'The signed-in person’s notifications, newest first (at most 100), and how many are unread',
      tags,
      parameters: [queryParameter('unread', 'Only unread ones', { enum: ['true', 'false'] })],
      responses: {
        '200': jsonResponse('Notifications', {
          type: 'object',
          properties: { items: { type: 'array', items: ref('Notification') }, unreadCount: { type: 'integer' } },
        }),
        ...refusals('400'),
      },
    },
  },
  '/notifications/read-all': {
    post: {
      summary: 'Mark all of one’s notifications read',
      tags,
      responses: { '204': noContent('Done'), ...refusals() },
    },
  },
  '/notifications/{id}/read': {
    post: {
      summary: 'Mark one of one’s notifications read (someone else’s: 404)',
      tags,
      parameters: [pathParameter('id', 'Notification id', '^[0-9a-fA-F]{24}$')],
      responses: { '200': jsonResponse('The notification', ref('Notification')), ...refusals('404') },
    },
  },
  '/cycles/{cycleId}/reminders': {
    post: {
      summary:
        'Secretariat: remind every expected state whose report is overdue (still to come in after its own deadline); states reminded by hand in the last hour or with no one to tell are skipped',
      tags,
      parameters: [pathParameter('cycleId', 'Cycle id', '^[0-9a-fA-F]{24}$')],
      responses: {
        '200': jsonResponse('Who was reminded and who skipped', ref('LateReminders')),
        ...refusals('400', '404', '409'),
      },
    },
  },
  '/cycles/{cycleId}/reminders/{stateCode}': {
    get: {
      summary: 'Secretariat: where an expected state stands and when it was last reminded (by hand or automatically)',
      tags,
      parameters: [
        pathParameter('cycleId', 'Cycle id', '^[0-9a-fA-F]{24}$'),
        pathParameter('stateCode', 'State code', '^[A-Z]{2}$'),
      ],
      responses: { '200': jsonResponse('The state’s reminder status', ref('StateReminder')), ...refusals('404') },
    },
    post: {
      summary:
        'Secretariat: remind a state’s people to send its report (open cycle, report not submitted, at most once an hour)',
      tags,
      parameters: [
        pathParameter('cycleId', 'Cycle id', '^[0-9a-fA-F]{24}$'),
        pathParameter('stateCode', 'State code', '^[A-Z]{2}$'),
      ],
      responses: {
        '201': jsonResponse('Sent; the state’s reminder status now', ref('StateReminder')),
        ...refusals('400', '404', '409'),
      },
    },
  },
};
