import { HttpErrorResponse, HttpEventType, HttpHeaders, HttpResponse } from '@angular/common/http';
import { type Observable, firstValueFrom, of, throwError } from 'rxjs';

import type { ApiError } from '../../../core/http';
import { actionsOf, collect } from '../../../../testing/fixtures';
import { textsOf } from './evaluation-texts';
import {
  EvaluationEditorActions,
  EvaluationsApiActions,
  NewEvaluationDialogActions,
} from './evaluations.actions';
import {
  createEvaluation,
  download,
  finalise,
  loadNewerVersion,
  loadReplies,
  openCreated,
  saveTexts,
  tellFailures,
} from './evaluations.effects';
import type { EditorSnapshot } from './evaluations.feature';
import { EVALUATION, REPLY } from './testing/evaluations-fixture';

const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

const failing = (status: number, code = 'x'): (() => Observable<never>) => {
  return () =>
    throwError(
      () =>
        new HttpErrorResponse({
          status,
          error: { error: { code, message: `${code} happened`, details: [] } },
        }),
    );
};

const texts = textsOf(EVALUATION, ['1', '2']);
const snapshot = (): Observable<EditorSnapshot> => of({ evaluation: EVALUATION, texts });

describe('evaluations effects', () => {
  it('creates an evaluation and opens it in the editor', async () => {
    const create = jasmine.createSpy('create').and.returnValue(of(EVALUATION));
    const navigate = jasmine.createSpy('navigate').and.resolveTo(true);
    const body = { title: EVALUATION.title, cycleIds: ['c2025'] };

    const result = await firstValueFrom(
      createEvaluation(
        actionsOf(NewEvaluationDialogActions.createSubmitted({ evaluation: body })),
        {
          create,
        },
      ),
    );
    collect(openCreated(actionsOf(result), { navigate }));

    expect(create).toHaveBeenCalledOnceWith(body);
    expect(result).toEqual(EvaluationsApiActions.evaluationCreated({ evaluation: EVALUATION }));
    expect(navigate).toHaveBeenCalledOnceWith(['/evaluations', 'e1']);
  });

  describe('saving', () => {
    it('sends the texts with the version they were written on', async () => {
      const saved = { ...EVALUATION, version: 5 };
      const save = jasmine.createSpy('save').and.returnValue(of(saved));

      const result = await firstValueFrom(
        saveTexts(actionsOf(EvaluationEditorActions.saveRequested()), { save }, snapshot()),
      );

      expect(save).toHaveBeenCalledOnceWith('e1', 4, texts);
      expect(result).toEqual(EvaluationsApiActions.saveSucceeded({ evaluation: saved, texts }));
    });

    it('saves again after "keep mine", but not after "take theirs"', () => {
      const save = jasmine.createSpy('save').and.returnValue(of(EVALUATION));

      collect(
        saveTexts(
          actionsOf(
            EvaluationEditorActions.conflictResolved({ keep: 'theirs' }),
            EvaluationEditorActions.conflictResolved({ keep: 'mine' }),
          ),
          { save },
          snapshot(),
        ),
      );

      expect(save).toHaveBeenCalledTimes(1);
    });

    it('reports a stale save as a 409, and then fetches the newer version', async () => {
      const newer = { ...EVALUATION, version: 7 };
      const failed = await firstValueFrom(
        saveTexts(
          actionsOf(EvaluationEditorActions.saveRequested()),
          { save: failing(409, 'stale_version') },
          snapshot(),
        ),
      );
      const get = jasmine.createSpy('get').and.returnValue(of(newer));
      const result = await firstValueFrom(loadNewerVersion(actionsOf(failed), { get }, snapshot()));

      expect(failed).toEqual(
        EvaluationsApiActions.saveFailed({
          error: apiError({ status: 409, code: 'stale_version' }),
        }),
      );
      expect(get).toHaveBeenCalledOnceWith('e1');
      expect(result).toEqual(EvaluationsApiActions.newerVersionLoaded({ evaluation: newer }));
    });

    it('fetches nothing after a save refused for its content', () => {
      const get = jasmine.createSpy('get');

      const emitted = collect(
        loadNewerVersion(
          actionsOf(EvaluationsApiActions.saveFailed({ error: apiError({ status: 400 }) })),
          { get },
          snapshot(),
        ),
      );

      expect(emitted).toEqual([]);
      expect(get).not.toHaveBeenCalled();
    });
  });

  it('finalises the open evaluation', async () => {
    const finalised = {
      ...EVALUATION,
      finalVersions: [{ number: 1, finalizedAt: '2026-12-01', finalizedBy: EVALUATION.createdBy }],
    };
    const finalize = jasmine.createSpy('finalize').and.returnValue(of(finalised));

    const result = await firstValueFrom(
      finalise(actionsOf(EvaluationEditorActions.finaliseConfirmed()), { finalize }, snapshot()),
    );

    expect(finalize).toHaveBeenCalledOnceWith('e1', 4);
    expect(result).toEqual(EvaluationsApiActions.finaliseSucceeded({ evaluation: finalised }));
  });

  describe('downloading', () => {
    const file = { format: 'docx' as const, lang: 'ru' as const, version: 2 };

    it("reports progress, then hands the file to the browser under the server's name", () => {
      const blob = new Blob(['PK'], { type: 'application/octet-stream' });
      const api = {
        download: jasmine.createSpy('download').and.returnValue(
          of(
            { type: HttpEventType.Sent },
            { type: HttpEventType.DownloadProgress, loaded: 512, total: 2048 },
            new HttpResponse({
              body: blob,
              headers: new HttpHeaders({
                'Content-Disposition': `attachment; filename="evaluation.docx"; filename*=UTF-8''%D0%BE%D1%86%D0%B5%D0%BD%D0%BA%D0%B0-v2.docx`,
              }),
            }),
          ),
        ),
      };
      const saveFile = jasmine.createSpy('saveFile');

      const emitted = collect(
        download(
          actionsOf(EvaluationEditorActions.downloadRequested({ file })),
          api,
          snapshot(),
          saveFile,
        ),
      );

      expect(api.download).toHaveBeenCalledOnceWith('e1', file);
      expect(emitted).toEqual([
        EvaluationsApiActions.downloadProgressed({ key: 'docx-ru-2', loaded: 512, total: 2048 }),
        EvaluationsApiActions.downloadFinished({ key: 'docx-ru-2' }),
      ]);
      expect(saveFile).toHaveBeenCalledOnceWith(blob, 'оценка-v2.docx');
    });

    it('tells a failed file in the snackbar', () => {
      const saveFile = jasmine.createSpy('saveFile');
      const emitted = collect(
        download(
          actionsOf(EvaluationEditorActions.downloadRequested({ file })),
          { download: failing(500) },
          snapshot(),
          saveFile,
        ),
      );
      const notify = jasmine.createSpy('notify').and.resolveTo();
      collect(tellFailures(actionsOf(...emitted), { notify }));

      expect(emitted).toEqual([
        EvaluationsApiActions.downloadFailed({
          key: 'docx-ru-2',
          error: apiError({ status: 500 }),
        }),
      ]);
      expect(saveFile).not.toHaveBeenCalled();
      expect(notify).toHaveBeenCalledOnceWith('evaluations.errors.downloadFailed');
    });
  });

  it('loads the replies only of an evaluation whose reply window was opened', () => {
    const replies = jasmine.createSpy('replies').and.returnValue(of([REPLY]));

    const emitted = collect(
      loadReplies(
        actionsOf(
          EvaluationsApiActions.evaluationLoaded({ evaluation: EVALUATION }),
          EvaluationsApiActions.evaluationLoaded({
            evaluation: {
              ...EVALUATION,
              replyWindow: { open: true, openedAt: 'x', closesOn: '2026-12-20', closedAt: null },
            },
          }),
        ),
        { replies },
      ),
    );

    expect(replies).toHaveBeenCalledOnceWith('e1');
    expect(emitted).toEqual([
      EvaluationsApiActions.repliesLoaded({ evaluationId: 'e1', replies: [REPLY] }),
    ]);
  });
});
