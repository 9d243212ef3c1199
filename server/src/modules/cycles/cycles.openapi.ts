import { createCycleSchema, deadlineExtensionSchema, updateCycleSchema } from '@ppm/shared';
import {
  jsonBody,
  jsonResponse,
  pathParameter,
  ref,
  refusals,
  type PathItems,
} from '../../platform/openapi/openapi-builder.js';

const tags = ['Reporting cycles'];
export const cycleIdParameter = pathParameter('cycleId', 'Reporting cycle id', '^[0-9a-fA-F]{24}$');
const day = { type: 'string', format: 'date' };

export const cycleComponentSchemas = {
  Cycle: {
    type: 'object',
    required: [
      'id',
      'name',
      'periodFrom',
      'periodTo',
      'opensAt',
      'deadline',
      'expectedStates',
      'status',
      'deadlineExtensions',
    ],
    properties: {
      id: { type: 'string' },
      name: { type: 'object', properties: { en: { type: 'string' }, ru: { type: 'string' } } },
      periodFrom: day,
      periodTo: day,
      opensAt: {
        ...day,
        description:
          'From the start of this day (UTC) a planned cycle opens by itself; the Secretariat may open it earlier',
      },
      deadline: { ...day, description: 'The last day; it ends at 23:59:59 UTC' },
      expectedStates: { type: 'array', items: { type: 'string' } },
      status: { enum: ['planned', 'open', 'closed'] },
      deadlineExtensions: {
        type: 'array',
        items: { type: 'object', properties: { stateCode: { type: 'string' }, deadline: day } },
      },
    },
  },
};

export const cyclesPaths: PathItems = {
  '/cycles': {
    get: {
      summary: 'Reporting cycles, newest period first (a state’s people: the cycles their state reports in)',
      tags,
      responses: { '200': jsonResponse('Cycles', { type: 'array', items: ref('Cycle') }), ...refusals() },
    },
    post: {
      summary: 'Plan a cycle (Secretariat); without `expectedStates` every active state is expected',
      tags,
      requestBody: jsonBody(createCycleSchema),
      responses: { '201': jsonResponse('Planned', ref('Cycle')), ...refusals('400') },
    },
  },
  '/cycles/{cycleId}': {
    get: {
      summary: 'One cycle',
      tags,
      parameters: [cycleIdParameter],
      responses: { '200': jsonResponse('The cycle', ref('Cycle')), ...refusals('404') },
    },
    patch: {
      summary: 'Change a cycle or its status (Secretariat): planned → open → closed, closed → open',
      description:
        'Opening a planned cycle notifies the people of every expected state; the server does the same by itself on the opening day (actor "system" in the audit log). Closing is only ever done here. 409 `transition_not_allowed` for other status moves, `cycle_changed` when edited meanwhile.',
      tags,
      parameters: [cycleIdParameter],
      requestBody: jsonBody(updateCycleSchema),
      responses: { '200': jsonResponse('The cycle', ref('Cycle')), ...refusals('400', '404', '409') },
    },
  },
  '/cycles/{cycleId}/deadline-extensions': {
    post: {
      summary:
        'Give one expected state a later deadline (Secretariat); replaces its earlier extension and notifies the state',
      tags,
      parameters: [cycleIdParameter],
      requestBody: jsonBody(deadlineExtensionSchema),
      responses: { '200': jsonResponse('The cycle', ref('Cycle')), ...refusals('400', '404', '409') },
    },
  },
};
