import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so that relative defaults do not depend on the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65535, 'must be a port number (0-65535)')
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/.+/, 'must be a MongoDB connection string starting with mongodb:// or mongodb+srv://')
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  DB_CACHE_DIR: z
    .string()
    .min(1)
    .default(path.join(os.homedir(), '.cache', 'ppmonitor')),
  CLIENT_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join('client', 'dist', 'client', 'browser')),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  JSON_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 200kb or 1mb')
    .default('1mb'),
  TRUST_PROXY: booleanFromEnv.default(false),
  INSECURE_HTTP: booleanFromEnv.default(false),
  PUBLIC_URL: z.url({ error: 'must be the address people use, e.g. https://monitor.example.org' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).int().min(5).max(1440).default(120),
  SESSION_MAX_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int().min(1).max(168).default(12),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must look like smtp://user:password@host:587 or smtps://host:465')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Prague Process Monitor <no-reply@localhost>'),
  BOOTSTRAP_ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters long').optional(),
});

/** Every environment variable the server reads (documented in the README). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  mongodbUri: string | undefined;
  dataDir: string;
  dbCacheDir: string;
  clientDistDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  jsonBodyLimit: string;
  trustProxy: boolean;
  /**
   * Cookies marked Secure and HSTS sent: on by default in production (and behind a proxy),
   * off only when INSECURE_HTTP says the product is served over plain HTTP.
   */
  httpsOnly: boolean;
  /** Base of links in emails and invitations, without a trailing slash. */
  publicUrl: string;
  sessionIdleMs: number;
  sessionMaxMs: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  bootstrapAdmin: { email: string; password: string | undefined } | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once at boot; every bad variable is named with what it must be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name} ${issue.message} (got "${env[name] ?? ''}")`;
      }),
    );
  }
  const values = parsed.data;
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    mongodbUri: values.MONGODB_URI,
    dataDir: path.resolve(REPO_ROOT, values.DATA_DIR),
    dbCacheDir: path.resolve(values.DB_CACHE_DIR),
    clientDistDir: path.resolve(REPO_ROOT, values.CLIENT_DIST_DIR),
    logLevel: values.LOG_LEVEL,
    jsonBodyLimit: values.JSON_BODY_LIMIT,
    trustProxy: values.TRUST_PROXY,
    httpsOnly: !values.INSECURE_HTTP && (values.NODE_ENV === 'production' || values.TRUST_PROXY),
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    sessionIdleMs: values.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: values.SESSION_MAX_HOURS * 3_600_000,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    bootstrapAdmin: values.BOOTSTRAP_ADMIN_EMAIL
      ? { email: values.BOOTSTRAP_ADMIN_EMAIL.toLowerCase(), password: values.BOOTSTRAP_ADMIN_PASSWORD }
      : undefined,
  };
}

/** What an operator should know about a configuration that starts but is not safe. */
export function configWarnings(config: Pick<Config, 'env' | 'httpsOnly'>): string[] {
  if (config.env === 'production' && !config.httpsOnly) {
    return [
      'INSECURE_HTTP is true in production: cookies are sent without Secure and no HSTS header is sent. ' +
        'Use this only for a demo on one machine; serve the product over HTTPS and unset INSECURE_HTTP.',
    ];
  }
  return [];
}
