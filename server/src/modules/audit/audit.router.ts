import { Router } from 'express';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { type AuditCursor, listAuditEntries } from './audit-log.js';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

/** `before` is a time (ISO 8601) or the `nextBefore` of the previous page ("<time>_<id>"). */
const cursorSchema = z
  .string()
  .regex(/^[^_]+(_[0-9a-f]{24})?$/, 'must be a date-time or the nextBefore of the previous page')
  .transform((value, ctx): AuditCursor => {
    const [time = '', id] = value.split('_');
    const at = new Date(time);
    if (!z.iso.datetime({ offset: true }).safeParse(time).success || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'must be a date-time such as 2025-01-31T12:00:00Z' });
      return z.NEVER;
    }
    return id ? { at, id } : { at };
  });

const auditQuerySchema = z.strictObject({
  entity: z
    .string()
    .regex(/^[a-z_]{1,40}$/, 'must be an entity name such as "action" or "state"')
    .optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
  before: cursorSchema.optional(),
});

/** Who changed what, when, from which value to which: admins and the Secretariat read it. */
export function auditRouter(): Router {
  const router = Router();
  router.get('/audit', requireRole('admin', 'secretariat'), async (req, res) => {
    const query = validate(auditQuerySchema, req.query, 'query');
    res.json(await listAuditEntries(query));
  });
  return router;
}
