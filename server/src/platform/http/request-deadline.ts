import type { RequestHandler } from 'express';
import type { DatabaseOutage } from '../database/database-outage.js';
import { ANSWERED_BY_DEADLINE, databaseUnavailable, sendError } from './error-handler.js';

/** How long an API request may go unanswered before we ask whether the database is the cause. */
export const REQUEST_DEADLINE_MS = 2000;
/** How long the database has to answer that ping: generous, so a busy machine is not an outage. */
export const PING_TIMEOUT_MS = 2000;

/**
 * During a known outage, answers 503 `database_unavailable` at once (nothing is tried, so nothing
 * changes). Otherwise answers it for a request still unanswered at the deadline when the
 * database does not answer a ping (a frozen database holds operations longer than the driver's
 * own timeouts notice). A request that is slow for another reason (a large upload, a long report)
 * goes on, and is looked at again one deadline later.
 */
export function requestDeadline(outage: DatabaseOutage, deadlineMs = REQUEST_DEADLINE_MS): RequestHandler {
  return (_req, res, next) => {
    if (outage.active) {
      sendError(res, databaseUnavailable());
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    // A function, not a property read: the handler may answer while the ping is on its way.
    const answered = () => res.headersSent;
    const check = async () => {
      if (answered()) return;
      const unavailable = outage.active || !(await outage.reachable(PING_TIMEOUT_MS));
      if (answered()) return;
      if (!unavailable) {
        timer = setTimeout(() => void check(), deadlineMs);
        return;
      }
      outage.noticed();
      res.locals[ANSWERED_BY_DEADLINE] = true;
      sendError(res, databaseUnavailable());
    };
    timer = setTimeout(() => void check(), deadlineMs);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}
