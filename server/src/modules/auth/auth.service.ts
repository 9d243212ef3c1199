import type { Config } from '../../config/config.js';
import { AppError } from '../../platform/http/app-error.js';
import { verifyPassword } from '../users/password.js';
import type { User } from '@ppm/shared';
import { toUserView, UserModel, type UserDocument } from '../users/user.model.js';
import { authStamp, CredentialCache, type KnownCredential } from './credential-cache.js';
import { Credential, type CredentialKind } from './credential.model.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashSecret, newSecret } from './secrets.js';

export const ACCESS_TOKEN_TTL_MS = 60 * 60 * 1000;
/** Writes of "last used" are spread out: at most one a minute per credential. */
const TOUCH_INTERVAL_MS = 60_000;

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'The email or password is not correct.');

export interface IssuedSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface Authenticated {
  user: User;
  credentialId: string;
  csrfToken: string | null;
}

export class AuthService {
  private readonly credentials = new CredentialCache();

  constructor(
    private readonly config: Pick<Config, 'sessionIdleMs' | 'sessionMaxMs'>,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Checks email and password; never says which of the two was wrong. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<UserDocument> {
    // Counted before the check: a failure needs no second write, and a burst cannot outrun it.
    const attempt = await this.throttle.reserve(email, ip);
    const user = await UserModel.findOne({ email });
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) throw invalidCredentials();
    await this.throttle.succeeded(attempt);
    return user;
  }

  async startSession(user: UserDocument): Promise<IssuedSession> {
    const secret = newSecret();
    const csrfToken = newSecret();
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + this.config.sessionMaxMs);
    await Credential.create({
      _id: hashSecret(secret),
      createdAt,
      kind: 'session',
      userId: user._id,
      csrfToken,
      lastUsedAt: createdAt,
      expiresAt,
    });
    return { secret, csrfToken, expiresAt };
  }

  async issueAccessToken(user: UserDocument): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecret('ppm_at_');
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + ACCESS_TOKEN_TTL_MS);
    await Credential.create({
      _id: hashSecret(token),
      kind: 'access_token',
      userId: user._id,
      createdAt,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /**
   * Resolves a session cookie or bearer token to its active user, or null when it is unknown,
   * revoked, expired (idle or absolute) or its person was deactivated.
   */
  async authenticate(secret: string, kinds: readonly CredentialKind[]): Promise<Authenticated | null> {
    const id = hashSecret(secret);
    const now = Date.now();
    // A copy due for its "last used" write is read again: another process may have used it since.
    const known = await this.credentials.get(
      id,
      () => loadCredential(id),
      ({ credential }) => now - lastUsedOf(credential) <= TOUCH_INTERVAL_MS,
    );
    if (!known) return null;
    const { credential, user } = known;
    if (!kinds.includes(credential.kind)) return null;
    if (credential.revokedAt || credential.expiresAt.getTime() <= now) return null;
    const lastUsed = lastUsedOf(credential);
    if (credential.kind === 'session' && lastUsed + this.config.sessionIdleMs <= now) return null;
    if (!user?.active) return null;
    if (now - lastUsed > TOUCH_INTERVAL_MS) {
      credential.lastUsedAt = new Date(now);
      await Credential.updateOne({ _id: credential._id }, { $set: { lastUsedAt: credential.lastUsedAt } });
    }
    return { user, credentialId: credential._id, csrfToken: credential.csrfToken ?? null };
  }

  /** Tells every process that a person changed (role, state, name, language, active). */
  async personChanged(): Promise<void> {
    await authStamp.mark();
  }

  async revoke(credentialId: string): Promise<void> {
    // Read, then write by `_id` alone: both are served without a scan (see `authenticate`).
    const credential = await Credential.findById(credentialId, { revokedAt: 1 }).lean();
    if (!credential || credential.revokedAt) return;
    await Credential.updateOne({ _id: credentialId }, { $set: { revokedAt: new Date() } });
    await authStamp.mark();
  }

  /** Ends every session and token of a person (deactivation, password change), but `keep`. */
  async revokeAllOf(userId: string, keep?: string): Promise<void> {
    await Credential.updateMany(
      { userId, revokedAt: null, ...(keep ? { _id: { $ne: keep } } : {}) },
      { $set: { revokedAt: new Date() } },
    );
    await authStamp.mark();
  }
}

function lastUsedOf(credential: KnownCredential['credential']): number {
  return (credential.lastUsedAt ?? credential.createdAt).getTime();
}

/** Two reads by `_id` alone: FerretDB reads every credential for any other filter. */
async function loadCredential(id: string): Promise<KnownCredential | null> {
  const credential = await Credential.findById(id, {
    kind: 1,
    userId: 1,
    csrfToken: 1,
    createdAt: 1,
    lastUsedAt: 1,
    expiresAt: 1,
    revokedAt: 1,
  }).lean();
  if (!credential) return null;
  const user = await UserModel.findById(credential.userId).lean();
  return { credential, user: user ? toUserView(user) : null };
}
