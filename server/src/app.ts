import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import type { Config } from './config/config.js';
import { AuthService } from './modules/auth/auth.service.js';
import { authenticate } from './modules/auth/authenticate.middleware.js';
import { authRouter } from './modules/auth/auth.router.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { PersonalTokensService } from './modules/auth/personal-tokens.service.js';
import { AnalyticsExports } from './modules/analytics/analytics-exports.js';
import { analyticsRouter } from './modules/analytics/analytics.router.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { actionPlanRouter } from './modules/action-plan/action-plan.router.js';
import { auditRouter } from './modules/audit/audit.router.js';
import { healthRouter } from './modules/health/health.router.js';
import { statesRouter } from './modules/states/states.router.js';
import { usersRouter } from './modules/users/users.router.js';
import { cyclesRouter } from './modules/cycles/cycles.router.js';
import { CyclesService } from './modules/cycles/cycles.service.js';
import { notificationsRouter } from './modules/notifications/notifications.router.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { StateRemindersService } from './modules/notifications/state-reminders.js';
import { stateRemindersRouter } from './modules/notifications/state-reminders.router.js';
import { evaluationRepliesRouter } from './modules/evaluations/evaluation-replies.router.js';
import { EvaluationRepliesService } from './modules/evaluations/evaluation-replies.service.js';
import { evaluationsRouter } from './modules/evaluations/evaluations.router.js';
import { EvaluationsService } from './modules/evaluations/evaluations.service.js';
import { evidenceRouter } from './modules/reports/evidence/evidence.router.js';
import { EvidenceService } from './modules/reports/evidence/evidence.service.js';
import { reportCommentsRouter } from './modules/reports/report-comments.router.js';
import { ReportCommentsService } from './modules/reports/report-comments.service.js';
import { reportHistoryRouter } from './modules/reports/report-history.router.js';
import { ReportWorkflowService } from './modules/reports/report-workflow.service.js';
import { reportsRouter } from './modules/reports/reports.router.js';
import { ReportsService } from './modules/reports/reports.service.js';
import { UsersService } from './modules/users/users.service.js';
import { clientApp } from './platform/http/client-app.js';
import { compressResponses } from './platform/http/compress-responses.js';
import { openApiDocument } from './platform/openapi/openapi-document.js';
import { openApiRouter } from './platform/openapi/openapi.router.js';
import { apiNotFound, errorHandler } from './platform/http/error-handler.js';
import { oneStampReadPerRequest } from './platform/database/change-stamp.js';
import { DatabaseOutage } from './platform/database/database-outage.js';
import { requestDeadline } from './platform/http/request-deadline.js';
import { refuseMalformedUrl } from './platform/http/malformed-url.js';
import { requestLogging } from './platform/http/request-logging.js';
import { refuseIllFormedText } from './platform/http/well-formed-body.js';
import { securityHeaders } from './platform/http/security-headers.js';
import type { Logger } from './platform/logger.js';
import { createMailer, type Mailer } from './platform/mail/mailer.js';

export interface AppDependencies {
  config: Config;
  connection: Connection;
  logger: Logger;
  /** Defaults to SMTP from the config (or none). */
  mailer?: Mailer;
  /** Wait added per failed sign-in past the free ones (tests shorten it). */
  loginDelayUnitMs?: number;
}

/** Builds the Express app without listening, so tests can drive it with supertest. */
export function createApp({ config, connection, logger, mailer, loginDelayUnitMs }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');

  const secureCookies = config.httpsOnly;
  const outgoingMail = mailer ?? createMailer(config.smtpUrl, config.mailFrom, logger);
  const auth = new AuthService(config, new LoginThrottle(loginDelayUnitMs));
  const users = new UsersService({
    auth,
    mailer: outgoingMail,
    publicUrl: config.publicUrl,
  });

  // One outage of the database is logged once; requests during it answer 503 within seconds.
  const outage = new DatabaseOutage(connection, logger);
  app.use(requestLogging(logger));
  app.use(refuseMalformedUrl);
  app.use(securityHeaders({ https: config.httpsOnly }));
  app.use(compressResponses());

  const api = express.Router();
  api.use(express.json({ limit: config.jsonBodyLimit }));
  api.use(refuseIllFormedText);
  api.use(cookieParser());
  api.use(oneStampReadPerRequest);
  api.use(healthRouter(connection));
  api.use(requestDeadline(outage));
  api.use(authenticate(auth, secureCookies));
  api.use(authRouter({ auth, users, personalTokens: new PersonalTokensService(), secureCookies }));
  api.use(usersRouter(users));
  api.use(actionPlanRouter());
  api.use(statesRouter());
  api.use(auditRouter());
  const notifications = new NotificationsService({
    mailer: outgoingMail,
    publicUrl: config.publicUrl,
  });
  api.use(cyclesRouter(new CyclesService({ notifications })));
  api.use(reportsRouter(new ReportsService(), new ReportWorkflowService({ notifications })));
  api.use(reportHistoryRouter());
  api.use(reportCommentsRouter(new ReportCommentsService({ notifications })));
  api.use(evidenceRouter(new EvidenceService()));
  api.use(notificationsRouter(notifications));
  const analytics = new AnalyticsService();
  api.use(analyticsRouter(analytics, new AnalyticsExports(analytics)));
  api.use(stateRemindersRouter(new StateRemindersService({ notifications })));
  api.use(evaluationRepliesRouter(new EvaluationRepliesService()));
  api.use(evaluationsRouter(new EvaluationsService()));
  api.use(apiNotFound);
  app.use('/api', openApiRouter(openApiDocument()));
  app.use('/api/v1', api);
  app.use('/api', apiNotFound);

  app.use(clientApp(config.clientDistDir));
  app.use(errorHandler(outage));
  return app;
}
