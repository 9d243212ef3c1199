import mongoose from 'mongoose';

/** An invitation or password-reset link; only the hash of its secret is stored. */
const oneTimeLinkSchema = new mongoose.Schema(
  {
    purpose: { type: String, required: true, enum: ['invitation', 'password_reset'] },
    secretHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true, ref: 'User' },
    createdAt: { type: Date, required: true, default: () => new Date() },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
oneTimeLinkSchema.index({ secretHash: 1 }, { unique: true });
oneTimeLinkSchema.index({ userId: 1, purpose: 1 });

export const OneTimeLink = mongoose.model('OneTimeLink', oneTimeLinkSchema, 'one_time_links');

/**
 * The use of a link, keyed by the link's id: of two requests using the same link at once, the
 * unique `_id` lets exactly one in (FerretDB does not make a conditional update atomic; ADR 6).
 */
const oneTimeLinkUseSchema = new mongoose.Schema(
  {
    _id: { type: mongoose.Schema.Types.ObjectId, required: true },
    usedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const OneTimeLinkUse = mongoose.model('OneTimeLinkUse', oneTimeLinkUseSchema, 'one_time_link_uses');
