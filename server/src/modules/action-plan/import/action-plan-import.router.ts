import { applyImportSchema } from '@ppm/shared';
import express, { Router } from 'express';
import { z } from 'zod';
import { currentUser } from '../../../platform/auth/auth-context.js';
import { requireRole } from '../../../platform/auth/guards.js';
import { AppError } from '../../../platform/http/app-error.js';
import { validate } from '../../../platform/http/validate.js';
import { actionPlanImportService } from './action-plan-import.service.js';
import { SPREADSHEET_TYPES } from './import-template.js';
import { pathParam } from '../route-params.js';

/** Content types a browser or program may send a spreadsheet with; the content decides the type. */
const UPLOAD_TYPES = [
  SPREADSHEET_TYPES.xlsx,
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
];
const MAX_UPLOAD = '5mb';

const templateQuerySchema = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
const previewIdSchema = z.uuid();

/** Import of the official action list: template, preview (changes nothing), apply. Secretariat only. */
export function actionPlanImportRouter(): Router {
  const router = Router();
  router.use('/action-plan/import', requireRole('secretariat'));

  router.get('/action-plan/import/template', async (req, res) => {
    const { format } = validate(templateQuerySchema, req.query, 'query');
    const file = await actionPlanImportService.template(format);
    res
      .type(SPREADSHEET_TYPES[format])
      .attachment(`action-plan-template.${format}`)
      .setHeader('Cache-Control', 'no-store')
      .send(file);
  });

  router.post(
    '/action-plan/import/preview',
    express.raw({ type: UPLOAD_TYPES, limit: MAX_UPLOAD }),
    async (req, res) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the spreadsheet itself as the request body, with Content-Type of an .xlsx or .csv file.',
        );
      }
      res.json(await actionPlanImportService.preview(currentUser(req), req.body));
    },
  );

  router.post('/action-plan/import/:previewId/apply', async (req, res) => {
    const previewId = pathParam(previewIdSchema, req.params.previewId, 'import preview');
    const { version } = validate(applyImportSchema, req.body);
    res.json(await actionPlanImportService.apply(currentUser(req), previewId, version));
  });

  return router;
}
