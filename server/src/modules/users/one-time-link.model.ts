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
