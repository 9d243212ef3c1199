import type { PersonalToken } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { authStamp } from './credential-cache.js';
import { Credential, CREDENTIAL_ID, type CredentialFields } from './credential.model.js';
import { hashSecret, newSecret } from './secrets.js';

const MAX_ACTIVE_TOKENS = 20;

function toView(token: CredentialFields): PersonalToken {
  return {
    id: token._id,
    name: token.name ?? '',
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}

/** Personal access tokens for programs: shown once, stored hashed, revocable, expiring. */
export class PersonalTokensService {
  async list(userId: string): Promise<PersonalToken[]> {
    const tokens = await Credential.find({
      userId,
      kind: 'personal_token',
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    })
      .sort({ createdAt: -1 })
      .lean();
    return tokens.map(toView);
  }

  async create(userId: string, name: string, expiresInDays: number): Promise<PersonalToken & { token: string }> {
    if ((await this.list(userId)).length >= MAX_ACTIVE_TOKENS) {
      throw AppError.conflict('too_many_tokens', `You can have at most ${MAX_ACTIVE_TOKENS} tokens; revoke one first.`);
    }
    const token = newSecret('ppm_pat_');
    const createdAt = new Date();
    const created = await Credential.create({
      _id: hashSecret(token),
      kind: 'personal_token',
      userId,
      name,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + expiresInDays * 24 * 3600_000),
    });
    return { ...toView(created.toObject()), token };
  }

  /** The id is the token's hash, which is of no use without the token itself. */
  async revoke(userId: string, tokenId: string): Promise<void> {
    const notFound = () => AppError.notFound('There is no such token.');
    if (!CREDENTIAL_ID.test(tokenId)) throw notFound();
    // Read, then write by `_id` alone, which FerretDB serves without a scan.
    const token = await Credential.findById(tokenId, { userId: 1, kind: 1, revokedAt: 1 }).lean();
    if (!token || String(token.userId) !== userId || token.kind !== 'personal_token' || token.revokedAt) {
      throw notFound();
    }
    await Credential.updateOne({ _id: tokenId }, { $set: { revokedAt: new Date() } });
    await authStamp.mark();
  }
}
