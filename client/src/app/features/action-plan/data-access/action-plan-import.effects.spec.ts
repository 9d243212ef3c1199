import {
  HttpErrorResponse,
  type HttpEvent,
  HttpEventType,
  HttpResponse,
} from '@angular/common/http';
import type { Action } from '@ngrx/store';
import type { ImportPreview } from '@ppm/shared';
import { firstValueFrom, of, throwError, toArray } from 'rxjs';

import type { ApiError } from '../../../core/http';

import { ImportApiActions, ImportPageActions } from './action-plan.actions';
import { applyImport, previewImport, showPlanAfterImport } from './action-plan-import.effects';
import { goodPreview, planFixture } from './testing/plan-fixture';

/** Matches an `ApiError` by the fields given. */
const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

const file = new File(['area,action code\n'], 'actions.csv', { type: 'text/csv' });
const chosen = ImportPageActions.fileChosen({
  file: { id: 'file-1', name: 'actions.csv', size: 1000 },
});

function progress(loaded: number, total?: number): HttpEvent<ImportPreview> {
  return { type: HttpEventType.UploadProgress, loaded, total };
}

describe('action plan import effects', () => {
  describe('previewImport', () => {
    it('tells how far the upload is, once per percentage, then hands over the preview', async () => {
      const preview = goodPreview();
      const events: HttpEvent<ImportPreview>[] = [
        { type: HttpEventType.Sent },
        progress(250, 1000),
        progress(251, 1000),
        progress(1000, 1000),
        new HttpResponse({ status: 200, body: preview }),
      ];
      const api = { preview: jasmine.createSpy('preview').and.returnValue(of(...events)) };
      const files = { take: jasmine.createSpy('take').and.returnValue(file) };

      const results = await firstValueFrom(previewImport(of(chosen), api, files).pipe(toArray()));

      expect(files.take).toHaveBeenCalledOnceWith('file-1');
      expect(api.preview).toHaveBeenCalledOnceWith(file);
      expect(results).toEqual([
        ImportApiActions.uploadProgressed({ percent: 25 }),
        ImportApiActions.uploadProgressed({ percent: 100 }),
        ImportApiActions.previewReceived({ preview }),
      ]);
    });

    it('uses the file size when the browser does not tell the total', async () => {
      const big = new File(['x'.repeat(2000)], 'actions.csv', { type: 'text/csv' });
      const api = { preview: () => of(progress(500)) };

      const result = await firstValueFrom(previewImport(of(chosen), api, { take: () => big }));

      expect(result).toEqual(ImportApiActions.uploadProgressed({ percent: 25 }));
    });

    it('reports a file the server cannot read', async () => {
      const api = {
        preview: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 400,
                error: { error: { code: 'unreadable_file', message: 'The file is empty.' } },
              }),
          ),
      };

      const result = await firstValueFrom(previewImport(of(chosen), api, { take: () => file }));

      expect(result).toEqual(
        ImportApiActions.previewFailed({
          error: apiError({
            status: 400,
            code: 'unreadable_file',
            message: 'The file is empty.',
          }),
        }),
      );
    });

    it('fails without uploading when the file is no longer held', async () => {
      const api = { preview: jasmine.createSpy('preview') };

      const result = await firstValueFrom(
        previewImport(of(chosen), api, { take: () => undefined }),
      );

      expect(api.preview).not.toHaveBeenCalled();
      expect(result.type).toBe(ImportApiActions.previewFailed.type);
    });
  });

  describe('applyImport', () => {
    const confirmed = ImportPageActions.applyConfirmed({ previewId: 'p-1', version: 3 });

    it('applies the preview with the version it was based on', async () => {
      const plan = planFixture(4);
      const api = { apply: jasmine.createSpy('apply').and.returnValue(of(plan)) };

      const result = await firstValueFrom(applyImport(of(confirmed), api));

      expect(api.apply).toHaveBeenCalledOnceWith('p-1', 3);
      expect(result).toEqual(ImportApiActions.importApplied({ plan }));
    });

    it('reports 409 when the plan changed after the preview', async () => {
      const api = {
        apply: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 409,
                error: {
                  error: {
                    code: 'stale_version',
                    message: 'The action plan was changed after this preview.',
                  },
                },
              }),
          ),
      };

      const result: Action = await firstValueFrom(applyImport(of(confirmed), api));

      expect(result).toEqual(
        ImportApiActions.applyFailed({
          error: apiError({ status: 409, code: 'stale_version' }),
        }),
      );
    });
  });

  describe('showPlanAfterImport', () => {
    it('goes back to the plan once the import is applied', async () => {
      const router = { navigateByUrl: jasmine.createSpy('navigateByUrl').and.resolveTo(true) };

      await firstValueFrom(
        showPlanAfterImport(of(ImportApiActions.importApplied({ plan: planFixture(4) })), router),
      );

      expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/action-plan');
    });
  });
});
