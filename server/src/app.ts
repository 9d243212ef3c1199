import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import type { Config } from './config/config.js';
import { healthRouter } from './modules/health/health.router.js';
import { clientApp } from './platform/http/client-app.js';
import { apiNotFound, errorHandler } from './platform/http/error-handler.js';
import { requestLogging } from './platform/http/request-logging.js';
import { cspNonce, securityHeaders } from './platform/http/security-headers.js';
import type { Logger } from './platform/logger.js';

export interface AppDependencies {
  config: Pick<Config, 'jsonBodyLimit' | 'clientDistDir' | 'trustProxy' | 'env'>;
  connection: Connection;
  logger: Logger;
}

/** Builds the Express app without listening, so tests can drive it with supertest. */
export function createApp({ config, connection, logger }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');

  app.use(requestLogging(logger));
  app.use(cspNonce);
  app.use(securityHeaders({ https: config.trustProxy }));

  const api = express.Router();
  api.use(express.json({ limit: config.jsonBodyLimit }));
  api.use(healthRouter(connection));
  api.use(apiNotFound);
  app.use('/api/v1', api);
  app.use('/api', apiNotFound);

  app.use(clientApp(config.clientDistDir));
  app.use(errorHandler);
  return app;
}
