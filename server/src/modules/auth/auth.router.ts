import {
  changePasswordSchema,
  createPersonalTokenSchema,
  credentialsSchema,
  emailSchema,
  setPasswordSchema,
  updateProfileSchema,
} from '@ppm/shared';
import { Router } from 'express';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { toUserView } from '../users/user.model.js';
import type { UsersService } from '../users/users.service.js';
import type { AuthService } from './auth.service.js';
import { clearSessionCookies, setSessionCookies } from './authenticate.middleware.js';
import type { PersonalTokensService } from './personal-tokens.service.js';

const linkParamsSchema = z.object({ secret: z.string().regex(/^[\w-]{20,100}$/, 'is not a valid link') });

export interface AuthRouterDeps {
  auth: AuthService;
  users: UsersService;
  personalTokens: PersonalTokensService;
  secureCookies: boolean;
}

/** Sign-in, sign-out, tokens, profile, invitations and password resets: `/api/v1/auth/...`. */
export function authRouter({ auth, users, personalTokens, secureCookies }: AuthRouterDeps): Router {
  const router = Router();

  router.post('/auth/login', async (req, res) => {
    const { email, password } = validate(credentialsSchema, req.body);
    const user = await auth.verifyCredentials(email, password, req.ip ?? 'unknown');
    setSessionCookies(res, await auth.startSession(user), secureCookies);
    res.json({ user: toUserView(user) });
  });

  router.post('/auth/token', async (req, res) => {
    const { email, password } = validate(credentialsSchema, req.body);
    const user = await auth.verifyCredentials(email, password, req.ip ?? 'unknown');
    const { token, expiresAt } = await auth.issueAccessToken(user);
    res.json({ token, expiresAt: expiresAt.toISOString() });
  });

  router.post('/auth/logout', async (req, res) => {
    if (req.auth) await auth.revoke(req.auth.credentialId);
    clearSessionCookies(res, secureCookies);
    res.status(204).end();
  });

  router.get('/auth/me', requireUser, (req, res) => {
    res.json({ user: currentUser(req) });
  });

  router.patch('/auth/me', requireUser, async (req, res) => {
    const changes = validate(updateProfileSchema, req.body);
    res.json({ user: await users.updateProfile(currentUser(req).id, changes) });
  });

  router.post('/auth/password', requireUser, async (req, res) => {
    const { currentPassword, newPassword } = validate(changePasswordSchema, req.body);
    const user = await users.changePassword(currentUser(req).id, currentPassword, newPassword, req.auth!.credentialId);
    res.json({ user });
  });

  router.post('/auth/password-reset', async (req, res) => {
    const { email } = validate(z.strictObject({ email: emailSchema }), req.body);
    await users.requestPasswordReset(email);
    res
      .status(202)
      .json({ message: 'If an account exists for this address, a link to reset the password is on its way.' });
  });

  router.get('/auth/links/:secret', async (req, res) => {
    const { secret } = validate(linkParamsSchema, req.params, 'link');
    res.json(await users.describeLink(secret));
  });

  router.post('/auth/links/:secret', async (req, res) => {
    const { secret } = validate(linkParamsSchema, req.params, 'link');
    const { password } = validate(setPasswordSchema, req.body);
    const user = await users.completeLink(secret, password);
    setSessionCookies(res, await auth.startSession(user), secureCookies);
    res.json({ user: toUserView(user) });
  });

  router.get('/auth/tokens', requireUser, async (req, res) => {
    res.json(await personalTokens.list(currentUser(req).id));
  });

  router.post('/auth/tokens', requireUser, async (req, res) => {
    const input = validate(createPersonalTokenSchema, req.body);
    res.status(201).json(await personalTokens.create(currentUser(req).id, input.name, input.expiresInDays));
  });

  router.delete('/auth/tokens/:id', requireUser, async (req, res) => {
    await personalTokens.revoke(currentUser(req).id, String(req.params['id']));
    res.status(204).end();
  });

  return router;
}
