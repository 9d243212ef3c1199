import { LOCALES, ROLES, type User as UserView } from '@ppm/shared';
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    role: { type: String, required: true, enum: ROLES },
    stateCode: { type: String, default: null },
    locale: { type: String, required: true, enum: LOCALES, default: 'en' },
    active: { type: Boolean, required: true, default: true },
    /** argon2id; null until an invited person sets a password. */
    passwordHash: { type: String, default: null },
    mustChangePassword: { type: Boolean, required: true, default: false },
  },
  { timestamps: true, optimisticConcurrency: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ stateCode: 1, role: 1 });

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<UserFields>;
export const UserModel = mongoose.model('User', userSchema);

/** The public shape of a user: never the password hash. */
export function toUserView(
  user: Pick<UserFields, 'email' | 'name' | 'role' | 'stateCode' | 'locale' | 'active' | 'mustChangePassword'> & {
    _id: unknown;
  },
): UserView {
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    role: user.role,
    stateCode: user.stateCode ?? null,
    locale: user.locale,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
  };
}
