import { HttpErrorResponse } from '@angular/common/http';

import { anApiError, httpError } from '../../../../testing/fixtures';
import { staleReportOf, submissionProblemsOf, uploadProblemOf } from './report-errors';
import { aReport } from './testing/report-fixture';

describe('report errors', () => {
  describe('staleReportOf', () => {
    it('takes the current report from a 409 stale_version', () => {
      const current = aReport({ version: 7 });
      const error = httpError(409, {
        code: 'stale_version',
        details: { currentVersion: 7, report: current },
      });

      expect(staleReportOf(error)).toEqual(current);
    });

    it('finds none in other failures', () => {
      expect(staleReportOf(httpError(409, { code: 'report_locked' }))).toBeNull();
      expect(staleReportOf(httpError(409, { code: 'stale_version' }))).toBeNull();
      expect(staleReportOf(new HttpErrorResponse({ status: 0 }))).toBeNull();
    });
  });

  describe('submissionProblemsOf', () => {
    it('lists per action what a 422 report_incomplete says is missing', () => {
      const error = httpError(422, {
        code: 'report_incomplete',
        details: [
          {
            path: 'entries.2',
            message: 'needs participation',
            actionCode: '1.3',
            missing: ['participation'],
          },
          {
            path: 'entries.4',
            message: 'needs status, narrative',
            actionCode: '2.2',
            missing: ['status', 'narrative'],
          },
        ],
      });

      expect(submissionProblemsOf(error)).toEqual([
        { actionCode: '1.3', missing: ['participation'] },
        { actionCode: '2.2', missing: ['status', 'narrative'] },
      ]);
    });

    it('finds none in other failures', () => {
      expect(submissionProblemsOf(httpError(409, { code: 'transition_not_allowed' }))).toBeNull();
    });
  });

  describe('uploadProblemOf', () => {
    it('names each refusal of an upload', () => {
      expect(uploadProblemOf(anApiError({ status: 413, code: 'file_too_large' }))).toBe(
        'too_large',
      );
      expect(uploadProblemOf(anApiError({ status: 413, code: 'report_files_too_large' }))).toBe(
        'report_too_large',
      );
      expect(uploadProblemOf(anApiError({ status: 415, code: 'unsupported_file_type' }))).toBe(
        'unsupported_type',
      );
      expect(uploadProblemOf(anApiError({ status: 0, code: 'network_error' }))).toBe('offline');
      expect(uploadProblemOf(anApiError({ status: 409, code: 'report_locked' }))).toBe('locked');
      expect(uploadProblemOf(anApiError({ status: 500, code: 'internal_error' }))).toBe('failed');
    });
  });
});
