import mongoose, { type InferSchemaType } from 'mongoose';

/**
 * A secret that identifies a person: a browser session, a short-lived access token, or a
 * personal access token. Only the SHA-256 of the secret is stored, as the `_id`: FerretDB
 * serves a filter on `_id` alone without reading every credential, and every request looks one
 * up (docs/adr/0010-credentials-keyed-by-hash.md).
 */
const credentialSchema = new mongoose.Schema(
  {
    /** SHA-256 of the secret, hex (`hashSecret`). */
    _id: { type: String, required: true },
    kind: { type: String, required: true, enum: ['session', 'access_token', 'personal_token'] },
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
credentialSchema.index({ userId: 1, kind: 1 });

export type CredentialFields = InferSchemaType<typeof credentialSchema>;
export type CredentialKind = CredentialFields['kind'];
export const Credential = mongoose.model('Credential', credentialSchema, 'credentials');

/** A credential's id: the hex SHA-256 of its secret. */
export const CREDENTIAL_ID = /^[0-9a-f]{64}$/;
