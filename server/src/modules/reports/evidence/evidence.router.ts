import { MAX_FILE_BYTES } from '@ppm/shared';
import express, { type RequestHandler, Router } from 'express';
import { currentUser } from '../../../platform/auth/auth-context.js';
import { requireRole } from '../../../platform/auth/guards.js';
import { AppError } from '../../../platform/http/app-error.js';
import { assertMayEdit } from '../report-access.js';
import { actionCodeParam, fileIdParam, reportParams } from '../report-params.js';
import { acceptedContentType, fileNameFrom, fileTooLarge } from './file-checks.js';
import type { EvidenceService } from './evidence.service.js';

/**
 * Cheap refusals before a byte of the file is read: who, which type, which name, how large.
 * The content itself is checked once read, by its signature; the name's extension must fit the type.
 */
const uploadPrecheck: RequestHandler = (req, _res, next) => {
  const { stateCode } = reportParams(req);
  assertMayEdit(currentUser(req), stateCode);
  actionCodeParam(req);
  fileNameFrom(req.get('X-File-Name'), acceptedContentType(req.headers['content-type']));
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) throw fileTooLarge();
  next();
};

const rawFile = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

/** Evidence files of an entry: the request body IS the file (its type in Content-Type, name in X-File-Name). */
export function evidenceRouter(evidence: EvidenceService): Router {
  const router = Router();
  const editors = requireRole('secretariat', 'focal_point', 'contributor');
  const readers = requireRole('secretariat', 'evaluator', 'focal_point', 'contributor');

  router.post(
    '/cycles/:cycleId/reports/:stateCode/entries/:actionCode/files',
    editors,
    uploadPrecheck,
    rawFile,
    async (req, res) => {
      const { cycleId, stateCode } = reportParams(req);
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError(415, 'unsupported_file_type', 'Send the file itself as the request body.');
      }
      const contentType = acceptedContentType(req.headers['content-type']);
      const result = await evidence.upload(currentUser(req), cycleId, stateCode, actionCodeParam(req), {
        contentType,
        fileName: fileNameFrom(req.get('X-File-Name'), contentType),
        data: req.body,
      });
      res
        .status(201)
        .location(
          `/api/v1/cycles/${cycleId}/reports/${stateCode}/entries/${actionCodeParam(req)}/files/${result.file.id}`,
        )
        .json(result);
    },
  );

  router.get('/cycles/:cycleId/reports/:stateCode/entries/:actionCode/files/:fileId', readers, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { file, content } = await evidence.download(
      currentUser(req),
      cycleId,
      stateCode,
      actionCodeParam(req),
      fileIdParam(req),
    );
    res.attachment(file.fileName);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    content.once('error', (error) => res.destroy(error));
    content.pipe(res);
  });

  router.delete('/cycles/:cycleId/reports/:stateCode/entries/:actionCode/files/:fileId', editors, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    res.json(await evidence.remove(currentUser(req), cycleId, stateCode, actionCodeParam(req), fileIdParam(req)));
  });

  return router;
}
