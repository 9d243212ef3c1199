import type { ApiError } from '../../../core/http';
import { ImportApiActions, ImportPageActions } from './action-plan.actions';
import {
  type ActionPlanImportState,
  actionPlanImportFeature,
  initialImportState,
  selectCanApply,
  selectImportSummary,
  selectRowsWithErrors,
} from './action-plan-import.feature';
import { badPreview, goodPreview, planFixture } from './testing/plan-fixture';

const { reducer } = actionPlanImportFeature;
const chosen = ImportPageActions.fileChosen({
  file: { id: 'file-1', name: 'actions.xlsx', size: 2048 },
});

function previewed(preview = goodPreview()): ActionPlanImportState {
  return reducer(
    reducer(initialImportState, chosen),
    ImportApiActions.previewReceived({ preview }),
  );
}

describe('actionPlanImportFeature', () => {
  describe('reducer', () => {
    it('starts an upload at 0% with the file named', () => {
      const state = reducer(initialImportState, chosen);

      expect(state).toEqual(
        jasmine.objectContaining({
          status: 'uploading',
          fileName: 'actions.xlsx',
          fileSize: 2048,
          progress: 0,
          preview: null,
        }),
      );
    });

    it('follows the upload and then shows the preview', () => {
      const half = reducer(
        reducer(initialImportState, chosen),
        ImportApiActions.uploadProgressed({ percent: 50 }),
      );
      const done = reducer(half, ImportApiActions.previewReceived({ preview: goodPreview() }));

      expect(half.progress).toBe(50);
      expect(done.status).toBe('previewed');
      expect(done.progress).toBeNull();
      expect(done.preview?.valid).toBeTrue();
    });

    it('keeps the reason when the file cannot be checked', () => {
      const error: ApiError = {
        status: 400,
        code: 'unreadable_file',
        message: 'The file is empty.',
        details: [],
      };
      const state = reducer(
        reducer(initialImportState, chosen),
        ImportApiActions.previewFailed({ error }),
      );

      expect(state.status).toBe('failed');
      expect(state.error).toEqual(error);
      expect(state.preview).toBeNull();
    });

    it('keeps the preview on screen when applying it fails', () => {
      const error: ApiError = {
        status: 409,
        code: 'stale_version',
        message: 'changed',
        details: [],
      };
      const applying = reducer(
        previewed(),
        ImportPageActions.applyConfirmed({ previewId: goodPreview().previewId, version: 3 }),
      );
      const failed = reducer(applying, ImportApiActions.applyFailed({ error }));

      expect(applying.status).toBe('applying');
      expect(failed.status).toBe('failed');
      expect(failed.preview?.previewId).toBe(goodPreview().previewId);
      expect(failed.error?.code).toBe('stale_version');
    });

    it('starts afresh after an apply, a discard or a new visit', () => {
      expect(
        reducer(previewed(), ImportApiActions.importApplied({ plan: planFixture(4) })),
      ).toEqual(initialImportState);
      expect(reducer(previewed(), ImportPageActions.previewDiscarded())).toEqual(
        initialImportState,
      );
      expect(reducer(previewed(), ImportPageActions.opened())).toEqual(initialImportState);
    });

    it('does not lose an upload under way when the page opens again', () => {
      const uploading = reducer(initialImportState, chosen);

      expect(reducer(uploading, ImportPageActions.opened())).toBe(uploading);
    });
  });

  describe('selectors', () => {
    it('selectImportSummary counts each kind of change', () => {
      expect(selectImportSummary.projector(goodPreview())).toEqual({
        added: 1,
        retired: 2,
        retitled: 1,
        restored: 0,
        unchanged: 48,
      });
      expect(selectImportSummary.projector(null)).toBeNull();
    });

    it('selectCanApply allows only a valid preview, and not twice', () => {
      expect(selectCanApply.projector(goodPreview(), 'previewed')).toBeTrue();
      expect(selectCanApply.projector(goodPreview(), 'applying')).toBeFalse();
      expect(selectCanApply.projector(badPreview(), 'previewed')).toBeFalse();
      expect(selectCanApply.projector(null, 'idle')).toBeFalse();
    });

    it('selectRowsWithErrors counts the rows that have any', () => {
      expect(selectRowsWithErrors.projector(badPreview())).toBe(2);
      expect(selectRowsWithErrors.projector(goodPreview())).toBe(0);
    });
  });
});
