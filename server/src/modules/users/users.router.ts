import { createUserSchema, ROLES, stateCodeSchema, updateUserSchema } from '@ppm/shared';
import { Router } from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/http/app-error.js';
import { validate } from '../../platform/http/validate.js';
import type { UsersService } from './users.service.js';

const listQuerySchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  stateCode: stateCodeSchema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

function userId(raw: string | undefined): string {
  if (!raw || !mongoose.isValidObjectId(raw)) throw AppError.notFound('There is no such account.');
  return raw;
}

/** Account administration: admins only. */
export function usersRouter(users: UsersService): Router {
  const router = Router();
  router.use('/users', requireRole('admin'));

  router.get('/users', async (req, res) => {
    const filter = validate(listQuerySchema, req.query, 'filter');
    res.json(await users.list(filter));
  });

  router.post('/users', async (req, res) => {
    const input = validate(createUserSchema, req.body);
    res.status(201).json(await users.create(currentUser(req), input));
  });

  router.get('/users/:id', async (req, res) => {
    res.json(await users.get(userId(req.params.id)));
  });

  router.patch('/users/:id', async (req, res) => {
    const input = validate(updateUserSchema, req.body);
    res.json(await users.update(currentUser(req), userId(req.params.id), input));
  });

  router.post('/users/:id/invitation', async (req, res) => {
    res.json(await users.resendInvitation(currentUser(req), userId(req.params.id)));
  });

  router.post('/users/:id/password-reset', async (req, res) => {
    res.json(await users.startPasswordReset(currentUser(req), userId(req.params.id)));
  });

  return router;
}
