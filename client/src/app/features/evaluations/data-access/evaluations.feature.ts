import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ActionPlanView, Cycle, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import type {
  Evaluation,
  EvaluationSummary,
  EvaluationTexts,
  Evidence,
  Reply,
} from './evaluation.model';
import { missingTranslations, textsOf } from './evaluation-texts';
import {
  type LoadStatus,
  type SaveStatus,
  toAreaViews,
  toEvaluationRows,
  toNames,
  toResponseRows,
} from './evaluation-views';
import {
  EvaluationEditorActions,
  EvaluationsApiActions,
  EvaluationsPageActions,
  NewEvaluationDialogActions,
} from './evaluations.actions';

/** A report file on its way: made on the server, then received. */
export interface Download {
  readonly status: 'making' | 'receiving' | 'failed';
  /** Per cent received, when the server said how big the file is. */
  readonly percent: number | null;
}

export interface EvaluationsState extends EntityState<EvaluationSummary> {
  status: LoadStatus;
  error: ApiError | null;
  /** Names of cycles, areas, states and regions. */
  cycles: Cycle[];
  plan: ActionPlanView | null;
  states: State[];
  regions: Region[];
  referenceStatus: LoadStatus;
  dialogStatus: SaveStatus;
  dialogError: ApiError | null;
  /** The evaluation open in the editor, as last loaded or saved. */
  currentId: string | null;
  current: Evaluation | null;
  currentStatus: LoadStatus;
  currentError: ApiError | null;
  /** The evaluator's texts not yet saved (null: the stored ones). */
  draft: EvaluationTexts | null;
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** After a 409: the version someone else saved meanwhile. The draft is kept beside it. */
  newerVersion: Evaluation | null;
  finaliseStatus: SaveStatus;
  finaliseError: ApiError | null;
  evidence: Evidence | null;
  evidenceStatus: LoadStatus;
  downloads: Record<string, Download>;
  replies: Reply[];
  repliesStatus: LoadStatus;
  replyWindowStatus: SaveStatus;
}

/** What a save, finalisation or download works on: the open evaluation and its texts. */
export interface EditorSnapshot {
  readonly evaluation: Evaluation | null;
  readonly texts: EvaluationTexts | null;
}

export const evaluationsAdapter = createEntityAdapter<EvaluationSummary>({
  sortComparer: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
});

/** The evaluation as the server now has it: in the list and, when open, in the editor. */
function withEvaluation(state: EvaluationsState, evaluation: Evaluation): EvaluationsState {
  return {
    ...evaluationsAdapter.upsertOne(evaluation, state),
    current: state.currentId === evaluation.id ? evaluation : state.current,
  };
}

export const initialEvaluationsState: EvaluationsState = evaluationsAdapter.getInitialState({
  status: 'idle',
  error: null,
  cycles: [],
  plan: null,
  states: [],
  regions: [],
  referenceStatus: 'idle',
  dialogStatus: 'idle',
  dialogError: null,
  currentId: null,
  current: null,
  currentStatus: 'idle',
  currentError: null,
  draft: null,
  saveStatus: 'idle',
  saveError: null,
  newerVersion: null,
  finaliseStatus: 'idle',
  finaliseError: null,
  evidence: null,
  evidenceStatus: 'idle',
  downloads: {},
  replies: [],
  repliesStatus: 'idle',
  replyWindowStatus: 'idle',
});

/** The key of a download in `downloads`: "pdf-ru-2", "docx-en-draft". */
export function downloadKey(file: {
  format: string;
  lang: string;
  version: number | null;
}): string {
  return `${file.format}-${file.lang}-${file.version ?? 'draft'}`;
}

const withoutKey = (downloads: Record<string, Download>, key: string): Record<string, Download> =>
  Object.fromEntries(Object.entries(downloads).filter(([other]) => other !== key));

const referenceLoading = (state: EvaluationsState): LoadStatus =>
  state.referenceStatus === 'loaded' ? 'loaded' : 'loading';

export const evaluationsFeature = createFeature({
  name: 'evaluations',
  reducer: createReducer(
    initialEvaluationsState,
    on(EvaluationsPageActions.opened, (state): EvaluationsState => ({
      ...state,
      status: 'loading',
      error: null,
      referenceStatus: referenceLoading(state),
    })),
    on(EvaluationsApiActions.evaluationsLoaded, (state, { evaluations }): EvaluationsState => ({
      ...evaluationsAdapter.setAll(evaluations, state),
      status: 'loaded',
    })),
    on(EvaluationsApiActions.evaluationsLoadFailed, (state, { error }): EvaluationsState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(EvaluationsApiActions.referenceLoaded, (state, reference): EvaluationsState => ({
      ...state,
      cycles: reference.cycles,
      plan: reference.plan,
      states: reference.states,
      regions: reference.regions,
      referenceStatus: 'loaded',
    })),
    on(EvaluationsApiActions.referenceLoadFailed, (state): EvaluationsState => ({
      ...state,
      // Without names the pages still work, showing codes.
      referenceStatus: state.referenceStatus === 'loaded' ? 'loaded' : 'failed',
    })),
    on(NewEvaluationDialogActions.opened, (state): EvaluationsState => ({
      ...state,
      dialogStatus: 'idle',
      dialogError: null,
    })),
    on(NewEvaluationDialogActions.createSubmitted, (state): EvaluationsState => ({
      ...state,
      dialogStatus: 'saving',
      dialogError: null,
    })),
    on(EvaluationsApiActions.evaluationCreated, (state, { evaluation }): EvaluationsState => ({
      ...evaluationsAdapter.addOne(evaluation, state),
      dialogStatus: 'saved',
    })),
    on(EvaluationsApiActions.evaluationCreateFailed, (state, { error }): EvaluationsState => ({
      ...state,
      dialogStatus: 'failed',
      dialogError: error,
    })),
    on(EvaluationEditorActions.opened, (state, { evaluationId }): EvaluationsState => {
      const same = state.currentId === evaluationId;
      return {
        ...state,
        currentId: evaluationId,
        current: same ? state.current : null,
        currentStatus: same && state.currentStatus === 'loaded' ? 'loaded' : 'loading',
        currentError: null,
        referenceStatus: referenceLoading(state),
        // Unsaved text of the same evaluation stays; another evaluation starts clean.
        draft: same ? state.draft : null,
        newerVersion: same ? state.newerVersion : null,
        saveStatus: same ? state.saveStatus : 'idle',
        saveError: same ? state.saveError : null,
        finaliseStatus: 'idle',
        finaliseError: null,
        evidence: same ? state.evidence : null,
        evidenceStatus: same && state.evidence ? 'loaded' : 'loading',
        replies: same ? state.replies : [],
        repliesStatus: same ? state.repliesStatus : 'idle',
        replyWindowStatus: 'idle',
      };
    }),
    on(EvaluationsApiActions.evaluationLoaded, (state, { evaluation }): EvaluationsState => ({
      ...withEvaluation(state, evaluation),
      currentStatus: state.currentId === evaluation.id ? 'loaded' : state.currentStatus,
    })),
    on(
      EvaluationsApiActions.evaluationLoadFailed,
      (state, { evaluationId, error }): EvaluationsState =>
        state.currentId === evaluationId
          ? { ...state, currentStatus: 'failed', currentError: error }
          : state,
    ),
    on(
      EvaluationsApiActions.evidenceLoaded,
      (state, { evaluationId, evidence }): EvaluationsState =>
        state.currentId === evaluationId ? { ...state, evidence, evidenceStatus: 'loaded' } : state,
    ),
    on(EvaluationsApiActions.evidenceLoadFailed, (state, { evaluationId }): EvaluationsState =>
      state.currentId === evaluationId ? { ...state, evidenceStatus: 'failed' } : state,
    ),
    on(EvaluationEditorActions.textsChanged, (state, { texts }): EvaluationsState => ({
      ...state,
      draft: texts,
      saveStatus: state.saveStatus === 'saving' ? 'saving' : 'idle',
    })),
    on(EvaluationEditorActions.saveRequested, (state): EvaluationsState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
    })),
    on(EvaluationsApiActions.saveSucceeded, (state, { evaluation, texts }): EvaluationsState => ({
      ...withEvaluation(state, evaluation),
      // What was typed while the save was on its way stays as the next draft.
      draft: state.draft === texts ? null : state.draft,
      saveStatus: 'saved',
      saveError: null,
      newerVersion: null,
    })),
    on(EvaluationsApiActions.saveFailed, (state, { error }): EvaluationsState => ({
      ...state,
      saveStatus: 'failed',
      saveError: error,
    })),
    on(EvaluationsApiActions.newerVersionLoaded, (state, { evaluation }): EvaluationsState => ({
      ...state,
      newerVersion: evaluation,
    })),
    on(EvaluationEditorActions.conflictResolved, (state, { keep }): EvaluationsState => {
      if (!state.newerVersion) {
        return state;
      }
      return {
        ...withEvaluation(state, state.newerVersion),
        newerVersion: null,
        // "mine": the draft is saved again on top of the newer version (the effect does it).
        draft: keep === 'mine' ? state.draft : null,
        saveStatus: keep === 'mine' ? 'saving' : 'idle',
        saveError: null,
      };
    }),
    on(EvaluationEditorActions.finaliseConfirmed, (state): EvaluationsState => ({
      ...state,
      finaliseStatus: 'saving',
      finaliseError: null,
    })),
    on(EvaluationsApiActions.finaliseSucceeded, (state, { evaluation }): EvaluationsState => ({
      ...withEvaluation(state, evaluation),
      finaliseStatus: 'saved',
    })),
    on(EvaluationsApiActions.finaliseFailed, (state, { error }): EvaluationsState => ({
      ...state,
      finaliseStatus: 'failed',
      finaliseError: error,
    })),
    on(EvaluationEditorActions.downloadRequested, (state, { file }): EvaluationsState => ({
      ...state,
      downloads: { ...state.downloads, [downloadKey(file)]: { status: 'making', percent: null } },
    })),
    on(
      EvaluationsApiActions.downloadProgressed,
      (state, { key, loaded, total }): EvaluationsState => ({
        ...state,
        downloads: {
          ...state.downloads,
          [key]: {
            status: 'receiving',
            percent: total ? Math.min(100, Math.round((loaded / total) * 100)) : null,
          },
        },
      }),
    ),
    on(EvaluationsApiActions.downloadFinished, (state, { key }): EvaluationsState => ({
      ...state,
      downloads: withoutKey(state.downloads, key),
    })),
    on(EvaluationsApiActions.downloadFailed, (state, { key }): EvaluationsState => ({
      ...state,
      downloads: { ...state.downloads, [key]: { status: 'failed', percent: null } },
    })),
    on(
      EvaluationEditorActions.replyWindowOpened,
      EvaluationEditorActions.replyWindowClosed,
      (state): EvaluationsState => ({
        ...state,
        replyWindowStatus: 'saving',
      }),
    ),
    on(EvaluationsApiActions.replyWindowChanged, (state, { evaluation }): EvaluationsState => ({
      ...withEvaluation(state, evaluation),
      replyWindowStatus: 'saved',
    })),
    on(EvaluationsApiActions.replyWindowChangeFailed, (state): EvaluationsState => ({
      ...state,
      replyWindowStatus: 'failed',
    })),
    on(EvaluationsApiActions.repliesLoaded, (state, { evaluationId, replies }): EvaluationsState =>
      state.currentId === evaluationId ? { ...state, replies, repliesStatus: 'loaded' } : state,
    ),
    on(EvaluationsApiActions.repliesLoadFailed, (state, { evaluationId }): EvaluationsState =>
      state.currentId === evaluationId ? { ...state, repliesStatus: 'failed' } : state,
    ),
    on(EvaluationsApiActions.replyHandlingSaved, (state, { reply }): EvaluationsState => ({
      ...state,
      replies: state.replies.map((item) => (item.id === reply.id ? reply : item)),
    })),
  ),
  extraSelectors: ({
    selectEvaluationsState,
    selectCurrent,
    selectCurrentId,
    selectCycles,
    selectPlan,
    selectStates,
    selectDraft,
    selectEvidence,
  }) => {
    const { selectAll } = evaluationsAdapter.getSelectors(selectEvaluationsState);
    const selectCurrentEvaluation = createSelector(selectCurrent, selectCurrentId, (current, id) =>
      current !== null && current.id === id ? current : null,
    );
    const selectPlanAreaCodes = createSelector(selectPlan, (plan) =>
      (plan?.areas ?? []).map((area) => area.code),
    );
    const selectTexts = createSelector(
      selectCurrentEvaluation,
      selectDraft,
      selectPlanAreaCodes,
      (evaluation, draft, areaCodes) =>
        draft ?? (evaluation ? textsOf(evaluation, areaCodes) : null),
    );
    const selectNames = createSelector(
      selectPlan,
      selectStates,
      selectCycles,
      selectLocale,
      toNames,
    );
    return {
      selectAllEvaluations: selectAll,
      selectEvaluationRows: createSelector(selectAll, selectCycles, selectLocale, toEvaluationRows),
      selectCurrentEvaluation,
      selectTexts,
      selectIsDirty: createSelector(selectDraft, (draft) => draft !== null),
      selectMissingTranslations: createSelector(selectTexts, (texts) =>
        texts ? missingTranslations(texts) : { en: 0, ru: 0 },
      ),
      selectNames,
      selectAreaViews: createSelector(
        selectTexts,
        selectEvidence,
        selectNames,
        (texts, evidence, names) => toAreaViews(texts?.findings ?? [], evidence, names),
      ),
      selectResponseRows: createSelector(selectEvidence, selectNames, toResponseRows),
      selectEditorSnapshot: createSelector(
        selectCurrentEvaluation,
        selectTexts,
        (evaluation, texts): EditorSnapshot => ({ evaluation, texts }),
      ),
      selectFinalVersions: createSelector(selectCurrentEvaluation, (evaluation) =>
        [...(evaluation?.finalVersions ?? [])].sort((a, b) => b.number - a.number),
      ),
    };
  },
});

export const {
  selectStatus: selectEvaluationsStatus,
  selectError: selectEvaluationsError,
  selectCycles,
  selectPlan,
  selectRegions,
  selectStates,
  selectReferenceStatus,
  selectDialogStatus: selectNewEvaluationStatus,
  selectDialogError: selectNewEvaluationError,
  selectCurrentStatus: selectCurrentEvaluationStatus,
  selectCurrentError: selectCurrentEvaluationError,
  selectSaveStatus,
  selectSaveError,
  selectNewerVersion,
  selectFinaliseStatus,
  selectFinaliseError,
  selectEvidence,
  selectEvidenceStatus,
  selectDownloads,
  selectReplies,
  selectRepliesStatus,
  selectReplyWindowStatus,
  selectAllEvaluations,
  selectEvaluationRows,
  selectCurrentEvaluation,
  selectTexts,
  selectIsDirty,
  selectMissingTranslations,
  selectNames,
  selectAreaViews,
  selectResponseRows,
  selectFinalVersions,
  selectEditorSnapshot,
} = evaluationsFeature;
