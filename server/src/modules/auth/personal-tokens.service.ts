import type { PersonalToken } from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { Credential, type CredentialFields } from './credential.model.js';
import { hashSecret, newSecret } from './secrets.js';

const MAX_ACTIVE_TOKENS = 20;

function toView(token: CredentialFields & { _id: unknown }): PersonalToken {
  return {
    id: String(token._id),
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
      kind: 'personal_token',
      secretHash: hashSecret(token),
      userId,
      name,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + expiresInDays * 24 * 3600_000),
    });
    return { ...toView(created.toObject()), token };
  }

  async revoke(userId: string, tokenId: string): Promise<void> {
    if (!mongoose.isValidObjectId(tokenId)) throw AppError.notFound('There is no such token.');
    const result = await Credential.updateOne(
      { _id: tokenId, userId, kind: 'personal_token', revokedAt: null },
      { $set: { revokedAt: new Date() } },
    );
    if (result.matchedCount !== 1) throw AppError.notFound('There is no such token.');
  }
}
