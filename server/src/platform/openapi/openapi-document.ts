import { userSchema } from '@ppm/shared';
import { authPaths } from '../../modules/auth/auth.openapi.js';
import { healthPaths } from '../../modules/health/health.openapi.js';
import { usersPaths } from '../../modules/users/users.openapi.js';
import { cycleComponentSchemas, cyclesPaths } from '../../modules/cycles/cycles.openapi.js';
import { notificationComponentSchemas, notificationsPaths } from '../../modules/notifications/notifications.openapi.js';
import { reportComponentSchemas, reportsPaths } from '../../modules/reports/reports.openapi.js';
import { actionPlanPaths } from '../../modules/action-plan/action-plan.openapi.js';
import { auditPaths } from '../../modules/audit/audit.openapi.js';
import { statesPaths } from '../../modules/states/states.openapi.js';
import { analyticsPaths } from '../../modules/analytics/analytics.openapi.js';
import { evaluationComponentSchemas, evaluationsPaths } from '../../modules/evaluations/evaluations.openapi.js';
import { buildOpenApiDocument, schemaOf } from './openapi-builder.js';

/** The whole API as OpenAPI 3.1; each module describes its own paths next to its router. */
export function openApiDocument() {
  return buildOpenApiDocument(
    [
      healthPaths,
      authPaths,
      usersPaths,
      actionPlanPaths,
      statesPaths,
      auditPaths,
      cyclesPaths,
      reportsPaths,
      notificationsPaths,
      analyticsPaths,
      evaluationsPaths,
    ],
    {
      User: schemaOf(userSchema),
      ...cycleComponentSchemas,
      ...reportComponentSchemas,
      ...notificationComponentSchemas,
      ...evaluationComponentSchemas,
    },
  );
}
