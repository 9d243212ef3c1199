import { z } from 'zod';
import { wellFormedString } from '../text/well-formed-text.js';
import { localeSchema } from '../i18n/locale.js';
import { stateCodeSchema } from '../states/state.schema.js';
import { isStateRole, roleSchema, type Role } from './roles.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH)
  .pipe(z.email({ error: 'must be a valid email address' }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters long`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters long`);

export const personNameSchema = wellFormedString().trim().min(1, 'must not be empty').max(NAME_MAX_LENGTH);

/** What the API says about a person (never a password hash). */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** Set for focal points and contributors only. */
  stateCode: z.string().nullable(),
  locale: localeSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

function requireStateForStateRoles(
  value: { role?: Role | undefined; stateCode?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (!value.role) return;
  if (isStateRole(value.role) && !value.stateCode) {
    ctx.addIssue({ code: 'custom', path: ['stateCode'], message: `is required for the role ${value.role}` });
  }
  if (!isStateRole(value.role) && value.stateCode) {
    ctx.addIssue({ code: 'custom', path: ['stateCode'], message: `must be empty for the role ${value.role}` });
  }
}

export const createUserSchema = z
  .strictObject({
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    stateCode: stateCodeSchema.nullish(),
    locale: localeSchema.default('en'),
    password: passwordSchema.optional(),
  })
  .superRefine(requireStateForStateRoles);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    role: roleSchema.optional(),
    stateCode: stateCodeSchema.nullish(),
    locale: localeSchema.optional(),
    active: z.boolean().optional(),
  })
  .superRefine(requireStateForStateRoles);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const credentialsSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'must not be empty').max(PASSWORD_MAX_LENGTH),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const updateProfileSchema = z.strictObject({
  name: personNameSchema.optional(),
  locale: localeSchema.optional(),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'must not be empty').max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});

export const setPasswordSchema = z.strictObject({ password: passwordSchema });

export const PERSONAL_TOKEN_MAX_DAYS = 365;
export const createPersonalTokenSchema = z.strictObject({
  name: wellFormedString().trim().min(1, 'must not be empty').max(100),
  expiresInDays: z.number().int().min(1).max(PERSONAL_TOKEN_MAX_DAYS).default(90),
});

export const personalTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type PersonalToken = z.infer<typeof personalTokenSchema>;
