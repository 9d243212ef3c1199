import { randomBytes } from 'node:crypto';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../platform/logger.js';
import { authStamp } from '../auth/credential-cache.js';
import { assertAcceptablePassword, hashPassword } from './password.js';
import { UserModel } from './user.model.js';

/**
 * On an empty database, creates the first admin: from BOOTSTRAP_ADMIN_EMAIL/PASSWORD when set,
 * otherwise with a one-time password printed to the log once, to be changed at first sign-in.
 */
export async function bootstrapAdmin(config: Pick<Config, 'bootstrapAdmin'>, logger: Logger): Promise<void> {
  if ((await UserModel.estimatedDocumentCount()) > 0) return;
  const email = config.bootstrapAdmin?.email ?? 'admin@monitor.local';
  const given = config.bootstrapAdmin?.password;
  if (given) assertAcceptablePassword(given, email, 'BOOTSTRAP_ADMIN_PASSWORD');
  const password = given ?? randomBytes(12).toString('base64url');
  await UserModel.create({
    email,
    name: 'Administrator',
    role: 'admin',
    locale: 'en',
    passwordHash: await hashPassword(password),
    mustChangePassword: !given,
  });
  await authStamp.mark();
  if (given) {
    logger.info({ email }, 'Created the first admin from BOOTSTRAP_ADMIN_EMAIL');
  } else {
    logger.warn(
      { email, oneTimePassword: password },
      `Created the first admin ${email} with the one-time password ${password} (shown only now; change it at first sign-in)`,
    );
  }
}
