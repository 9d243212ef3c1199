import mongoose, { type InferSchemaType } from 'mongoose';

/**
 * A secret that identifies a person: a browser session, a short-lived access token, or a
 * personal access token. Only the SHA-256 of the secret is stored.
 */
const credentialSchema = new mongoose.Schema(
  {
    kind: { type: String, required: true, enum: ['session', 'access_token', 'personal_token'] },
    secretHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true, ref: 'User' },
    /** For sessions: the CSRF token the browser must echo in X-XSRF-TOKEN. */
    csrfToken: { type: String, default: null },
    /** For personal tokens: the label the person gave it. */
    name: { type: String, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
    lastUsedAt: { type: Date, default: null },
    /** Hard end: absolute session expiry or token expiry. */
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
credentialSchema.index({ secretHash: 1 }, { unique: true });
credentialSchema.index({ userId: 1, kind: 1 });

export type CredentialFields = InferSchemaType<typeof credentialSchema>;
export const Credential = mongoose.model('Credential', credentialSchema, 'credentials');
