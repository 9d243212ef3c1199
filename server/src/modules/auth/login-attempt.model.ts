import mongoose from 'mongoose';

/**
 * One sign-in attempt counted against an email from an address: `_id` is
 * "<sha256 of email|address>:<window>:<slot>", so that the unique `_id` hands each slot of the
 * allowance to exactly one attempt, on MongoDB and FerretDB alike (ADR 12).
 */
const loginAttemptSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export const LoginAttemptModel = mongoose.model('LoginAttempt', loginAttemptSchema, 'login_attempts');
