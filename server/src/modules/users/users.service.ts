import {
  type CreateUserInput,
  createUserSchema,
  isStateRole,
  type Locale,
  type Role,
  type UpdateUserInput,
  type User,
} from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { insertOnce } from '../../platform/database/insert-once.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { StateModel } from '../states/state.model.js';
import { type AccountView, toAccountViews } from './account-status.js';
import { OneTimeLink, OneTimeLinkUse } from './one-time-link.model.js';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password.js';
import { toUserView, UserModel, type UserDocument } from './user.model.js';

const LINK_TTL_MS = { invitation: 14 * 24 * 3600_000, password_reset: 2 * 3600_000 } as const;
type LinkPurpose = keyof typeof LINK_TTL_MS;

export interface UsersServiceDeps {
  auth: AuthService;
  mailer: Mailer;
  publicUrl: string;
}

/** Accounts: created by admins (invitation or password), deactivated, never deleted. */
export class UsersService {
  constructor(private readonly deps: UsersServiceDeps) {}

  async list(filter: {
    role?: Role | undefined;
    stateCode?: string | undefined;
    active?: boolean | undefined;
  }): Promise<AccountView[]> {
    const users = await UserModel.find(filter).sort({ name: 1 }).lean();
    return toAccountViews(users);
  }

  async get(id: string): Promise<AccountView> {
    return this.accountOf(await this.findOrFail(id));
  }

  /** A new invitation link for someone who never set a password (the older links stop working). */
  async resendInvitation(actor: User, id: string): Promise<{ user: AccountView; inviteUrl?: string }> {
    const user = await this.findOrFail(id);
    if (!user.active) throw AppError.conflict('deactivated', 'This account is deactivated. Reactivate it first.');
    if (user.passwordHash) throw AppError.conflict('not_invited', 'This person has already set a password.');
    const url = await this.issueLink(user, 'invitation');
    await recordAudit({
      actor,
      action: 'user.invitation_resent',
      entity: 'user',
      entityId: String(user._id),
      after: { name: user.name, email: user.email },
    });
    const view = await this.accountOf(user);
    return { user: view, ...(this.deps.mailer.enabled ? {} : { inviteUrl: url }) };
  }

  private async accountOf(user: UserDocument): Promise<AccountView> {
    const [view] = await toAccountViews([user.toObject()]);
    if (!view) throw AppError.notFound('There is no such account.');
    return view;
  }

  /** With a password the account works at once; without, an invitation link is made (and mailed). */
  async create(actor: User, input: CreateUserInput): Promise<{ user: AccountView; inviteUrl?: string }> {
    const data = createUserSchema.parse(input);
    if (await UserModel.exists({ email: data.email })) {
      throw AppError.conflict('email_taken', `There is already an account for ${data.email}.`);
    }
    if (data.stateCode) await assertStateExists(data.stateCode);
    if (data.password) assertAcceptablePassword(data.password, data.email);
    const user = await UserModel.create({
      email: data.email,
      name: data.name,
      role: data.role,
      stateCode: isStateRole(data.role) ? data.stateCode : null,
      locale: data.locale,
      passwordHash: data.password ? await hashPassword(data.password) : null,
    });
    await this.deps.auth.personChanged();
    const view = toUserView(user);
    await recordAudit({ actor, action: 'user.created', entity: 'user', entityId: view.id, after: view });
    if (data.password) return { user: await this.accountOf(user) };
    const url = await this.issueLink(user, 'invitation');
    return { user: await this.accountOf(user), ...(this.deps.mailer.enabled ? {} : { inviteUrl: url }) };
  }

  async update(actor: User, id: string, input: UpdateUserInput): Promise<AccountView> {
    const user = await this.findOrFail(id);
    const before = toUserView(user);
    const role = input.role ?? before.role;
    const stateCode = input.stateCode === undefined ? before.stateCode : input.stateCode;
    if (isStateRole(role) && !stateCode) {
      throw AppError.badRequest('The request is not valid.', [
        { path: 'stateCode', message: `is required for the role ${role}` },
      ]);
    }
    if (stateCode && isStateRole(role)) await assertStateExists(stateCode);
    const losesAdmin = before.role === 'admin' && before.active && (role !== 'admin' || input.active === false);
    if (losesAdmin && (await UserModel.countDocuments({ role: 'admin', active: true })) <= 1) {
      throw AppError.conflict('last_admin', 'This is the last active admin; make someone else admin first.');
    }
    user.set({
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
      ...(input.active === undefined ? {} : { active: input.active }),
      role,
      stateCode: isStateRole(role) ? stateCode : null,
    });
    await user.save();
    await this.deps.auth.personChanged();
    const after = toUserView(user);
    if (before.active && !after.active) await this.deps.auth.revokeAllOf(after.id);
    await recordAudit({ actor, action: 'user.updated', entity: 'user', entityId: after.id, before, after });
    return this.accountOf(user);
  }

  /** Admin-started reset: the link is mailed, or returned when no SMTP is configured. */
  async startPasswordReset(actor: User, id: string): Promise<{ resetUrl?: string }> {
    const user = await this.findOrFail(id);
    const url = await this.issueLink(user, 'password_reset');
    // The person's name travels with the entry, so the log can say whose password it was.
    await recordAudit({
      actor,
      action: 'user.password_reset_started',
      entity: 'user',
      entityId: String(user._id),
      after: { name: user.name, email: user.email },
    });
    return this.deps.mailer.enabled ? {} : { resetUrl: url };
  }

  /** Self-service "forgot password": mailed only, and silent about whether the email exists. */
  async requestPasswordReset(email: string): Promise<void> {
    if (!this.deps.mailer.enabled) return;
    const user = await UserModel.findOne({ email, active: true });
    if (user) await this.issueLink(user, 'password_reset');
  }

  async describeLink(secret: string): Promise<{ purpose: LinkPurpose; email: string; name: string }> {
    const { link, user } = await this.findUsableLink(secret);
    return { purpose: link.purpose, email: user.email, name: user.name };
  }

  /** Sets the password through an invitation or reset link; the link then stops working. */
  async completeLink(secret: string, password: string): Promise<UserDocument> {
    const { link, user } = await this.findUsableLink(secret);
    assertAcceptablePassword(password, user.email);
    const usedAt = new Date();
    if (!(await insertOnce(OneTimeLinkUse, { _id: link._id, usedAt }))) throw linkGone();
    await OneTimeLink.updateOne({ _id: link._id }, { $set: { usedAt } });
    user.passwordHash = await hashPassword(password);
    user.mustChangePassword = false;
    await user.save();
    await this.deps.auth.revokeAllOf(String(user._id));
    return user;
  }

  async updateProfile(id: string, changes: { name?: string | undefined; locale?: Locale | undefined }): Promise<User> {
    const user = await this.findOrFail(id);
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.locale !== undefined) user.locale = changes.locale;
    await user.save();
    await this.deps.auth.personChanged();
    return toUserView(user);
  }

  /** Own password change; every other session and token of the person ends. */
  async changePassword(
    id: string,
    currentPassword: string,
    newPassword: string,
    keepCredential: string,
  ): Promise<User> {
    const user = await this.findOrFail(id);
    if (!(await verifyPassword(user.passwordHash ?? null, currentPassword))) {
      throw AppError.badRequest('The current password is not correct.', [
        { path: 'currentPassword', message: 'is not correct' },
      ]);
    }
    if (currentPassword === newPassword) {
      throw AppError.badRequest('The new password must differ from the current one.', [
        { path: 'newPassword', message: 'must differ from the current password' },
      ]);
    }
    assertAcceptablePassword(newPassword, user.email, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    await user.save();
    await this.deps.auth.revokeAllOf(id, keepCredential);
    return toUserView(user);
  }

  private async issueLink(user: UserDocument, purpose: LinkPurpose): Promise<string> {
    const secret = newSecret();
    await OneTimeLink.updateMany({ userId: user._id, purpose, usedAt: null }, { $set: { usedAt: new Date() } });
    await OneTimeLink.create({
      purpose,
      secretHash: hashSecret(secret),
      userId: user._id,
      expiresAt: new Date(Date.now() + LINK_TTL_MS[purpose]),
    });
    const url = `${this.deps.publicUrl}/${purpose === 'invitation' ? 'invitation' : 'reset-password'}/${secret}`;
    const subject =
      purpose === 'invitation'
        ? 'Your account on the Prague Process Monitor / Ваша учётная запись'
        : 'Reset your password / Сброс пароля';
    await this.deps.mailer.send({
      to: user.email,
      subject,
      text: `${user.name},\n\nOpen this link to set your password (valid ${purpose === 'invitation' ? '14 days' : '2 hours'}):\nОткройте ссылку, чтобы задать пароль:\n\n${url}\n`,
    });
    return url;
  }

  private async findUsableLink(secret: string) {
    const link = await OneTimeLink.findOne({ secretHash: hashSecret(secret) }).lean();
    if (!link) throw AppError.notFound('This link is not valid. Ask your administrator for a new one.');
    if (link.usedAt || link.expiresAt.getTime() <= Date.now()) throw linkGone();
    const user = await UserModel.findById(link.userId);
    if (!user?.active) throw linkGone();
    return { link, user };
  }

  private async findOrFail(id: string): Promise<UserDocument> {
    const user = await UserModel.findById(id);
    if (!user) throw AppError.notFound('There is no such account.');
    return user;
  }
}

function linkGone(): AppError {
  return new AppError(
    410,
    'link_expired',
    'This link has expired or was already used. Ask your administrator for a new one.',
  );
}

async function assertStateExists(stateCode: string): Promise<void> {
  if (!(await StateModel.exists({ code: stateCode }))) {
    throw AppError.badRequest('The request is not valid.', [
      { path: 'stateCode', message: `${stateCode} is not a known state` },
    ]);
  }
}
