import { notificationsQuerySchema } from '@ppm/shared';
import { Router } from 'express';
import mongoose from 'mongoose';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireUser } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/http/app-error.js';
import { validate } from '../../platform/http/validate.js';
import type { NotificationsService } from './notifications.service.js';

/** The signed-in person's own notifications. */
export function notificationsRouter(notifications: NotificationsService): Router {
  const router = Router();

  router.get('/notifications', requireUser, async (req, res) => {
    const { unread } = validate(notificationsQuerySchema, req.query, 'query');
    res.json(await notifications.list(currentUser(req), { unread: unread === 'true' }));
  });

  router.post('/notifications/read-all', requireUser, async (req, res) => {
    await notifications.markAllRead(currentUser(req));
    res.status(204).end();
  });

  router.post('/notifications/:id/read', requireUser, async (req, res) => {
    const id = req.params['id'];
    if (typeof id !== 'string' || !mongoose.isObjectIdOrHexString(id))
      throw AppError.notFound('There is no such notification.');
    res.json(await notifications.markRead(currentUser(req), id));
  });

  return router;
}
