import { saveReportSchema, type SaveReportInput } from '@ppm/shared';
import { AppError, type FieldError } from '../../platform/http/app-error.js';
import { validate } from '../../platform/http/validate.js';

const ENTRY_PATH = /^entries\.(\d+)(\.|$)/;

/** The action code the request names at `entries.N`, when it is one (it may be the bad part). */
function actionCodeAt(body: unknown, index: number): string | undefined {
  const entries = (body as { entries?: unknown } | null)?.entries;
  const code = Array.isArray(entries) ? (entries[index] as { actionCode?: unknown } | null)?.actionCode : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Parses a save; each problem inside an entry also names that entry's action, because a client
 * shows the message on the action's card, not at a position in the request it sent.
 */
export function parseSaveInput(body: unknown): SaveReportInput {
  try {
    return validate(saveReportSchema, body, 'report');
  } catch (error) {
    if (!(error instanceof AppError) || !Array.isArray(error.details)) throw error;
    const details = error.details.map((detail): FieldError => {
      const index = ENTRY_PATH.exec(detail.path)?.[1];
      const actionCode = index === undefined ? undefined : actionCodeAt(body, Number(index));
      return actionCode === undefined ? detail : { ...detail, actionCode };
    });
    throw AppError.badRequest(error.message, details);
  }
}
