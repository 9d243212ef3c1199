import type { Server } from 'node:http';
import mongoose from 'mongoose';
import { createApp } from './app.js';
import { ConfigError, configWarnings, loadConfig } from './config/config.js';
import { connectDatabase } from './platform/database/connect.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './platform/database/embedded-database.js';
import { AppError } from './platform/http/app-error.js';
import { startHourlyJobs } from './platform/jobs/hourly-jobs.js';
import { createLogger } from './platform/logger.js';
import { createMailer } from './platform/mail/mailer.js';
import { rekeyLegacyCredentials } from './modules/auth/legacy-credentials.js';
import { pruningCredentialsJob } from './modules/auth/credential-pruning.js';
import { pruningLoginAttemptsJob } from './modules/auth/login-throttle.js';
import { openingDueCyclesJob } from './modules/cycles/cycle-opening.js';
import { deadlineRemindersJob } from './modules/notifications/deadline-reminders.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { seedActionPlan, seedStatesAndRegions } from './modules/reference/seed-reference-data.js';
import { bootstrapAdmin } from './modules/users/bootstrap-admin.js';

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  for (const warning of configWarnings(config)) logger.warn(warning);

  let embedded: EmbeddedDatabase | undefined;
  if (!config.mongodbUri) {
    logger.info('MONGODB_URI is not set: starting an embedded database');
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      cacheDir: config.dbCacheDir,
      databaseName: 'ppmonitor',
      logger,
    });
  }
  const uri = config.mongodbUri ?? embedded!.uri;
  try {
    await connectDatabase(uri);
  } catch (error) {
    logger.fatal({ err: error }, 'Cannot connect to the database; is MONGODB_URI right and the server up?');
    await embedded?.stop();
    process.exit(1);
  }

  await seedStatesAndRegions(logger);
  await seedActionPlan(logger);
  // Before listening: sessions and tokens stored before ADR 0010 must be found by their new key.
  await rekeyLegacyCredentials(logger);
  try {
    await bootstrapAdmin(config, logger);
  } catch (error) {
    const details = error instanceof AppError ? JSON.stringify(error.details) : '';
    logger.fatal({ err: error }, `Cannot create the first admin: ${(error as Error).message} ${details}`);
    await mongoose.disconnect();
    await embedded?.stop();
    process.exit(1);
  }

  const app = createApp({ config, connection: mongoose.connection, logger });
  // Express 5 calls this back on errors too; those are handled by the 'error' listener below.
  const server: Server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) return;
    logger.info(
      { port: config.port, host: config.host },
      `Prague Process Monitor listening on http://localhost:${config.port}`,
    );
  });
  const notifications = new NotificationsService({
    mailer: createMailer(config.smtpUrl, config.mailFrom, logger),
    publicUrl: config.publicUrl,
  });
  // Hourly, and now: planned cycles open on their opening day; reminders go out before deadlines;
  // credentials that ended long ago are deleted.
  const jobs = startHourlyJobs(
    [
      openingDueCyclesJob(notifications),
      deadlineRemindersJob(notifications),
      pruningCredentialsJob(),
      pruningLoginAttemptsJob(),
    ],
    logger,
  );

  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.fatal(
      { err: error },
      error.code === 'EADDRINUSE' ? `Port ${config.port} is in use; set PORT to another port` : 'Cannot listen',
    );
    void mongoose
      .disconnect()
      .then(() => embedded?.stop())
      .finally(() => process.exit(1));
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    setTimeout(() => {
      logger.error('Shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    jobs.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await mongoose.disconnect();
    await embedded?.stop();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
