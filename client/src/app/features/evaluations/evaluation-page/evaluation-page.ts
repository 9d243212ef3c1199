import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';
import { Store } from '@ngrx/store';
import { type Observable, of } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { AssessmentCard } from '../assessment-card/assessment-card';
import { BilingualField } from '../bilingual-field/bilingual-field';
import {
  type BilingualText,
  EvaluationEditorActions,
  type EvaluationTexts,
  type Pin,
  type RatingCode,
  type Recommendation,
  type ReportFile,
  selectAreaViews,
  selectCurrentEvaluation,
  selectCurrentEvaluationError,
  selectCurrentEvaluationStatus,
  selectDownloads,
  selectEvidenceStatus,
  selectFinalVersions,
  selectFinaliseError,
  selectFinaliseStatus,
  selectIsDirty,
  selectMissingTranslations,
  selectNames,
  selectNewerVersion,
  selectPlan,
  selectReplies,
  selectRepliesStatus,
  selectReplyWindowStatus,
  selectResponseRows,
  selectSaveError,
  selectSaveStatus,
  selectTexts,
  withAssessment,
  withFindingText,
  withNewRecommendation,
  withPin,
  withRecommendation,
  withoutPin,
  withoutRecommendation,
} from '../data-access';
import { FindingCard } from '../finding-card/finding-card';
import { RecommendationCard } from '../recommendation-card/recommendation-card';
import { type ReplyHandling, ReplyPanel } from '../reply-panel/reply-panel';
import { ReportFiles } from '../report-files/report-files';
import { ReportPreview } from '../report-preview/report-preview';
import type { KeepsUnsavedTexts } from '../unsaved-texts.guard';
import { toPassages } from './passages';

/**
 * `/evaluations/:evaluationId`: the evaluator's editor. Sections in tabs (summary, findings
 * with the evidence beside them, assessment, conclusions and recommendations), the report as
 * files and as a preview, and the right of reply. Saves carry the version; when someone saved
 * first, the person's text stays and they choose what to keep.
 */
@Component({
  selector: 'app-evaluation-page',
  imports: [
    Alert,
    AssessmentCard,
    BilingualField,
    ButtonSpinner,
    FindingCard,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatIcon,
    MatProgressSpinner,
    MatTab,
    MatTabContent,
    MatTabGroup,
    RecommendationCard,
    ReplyPanel,
    ReportFiles,
    ReportPreview,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './evaluation-page.html',
  styleUrl: './evaluation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class EvaluationPage implements KeepsUnsavedTexts {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  /** From the route. */
  readonly evaluationId = input.required<string>();

  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly evaluation = this.store.selectSignal(selectCurrentEvaluation);
  protected readonly status = this.store.selectSignal(selectCurrentEvaluationStatus);
  protected readonly loadError = this.store.selectSignal(selectCurrentEvaluationError);
  protected readonly texts = this.store.selectSignal(selectTexts);
  protected readonly dirty = this.store.selectSignal(selectIsDirty);
  protected readonly missing = this.store.selectSignal(selectMissingTranslations);
  protected readonly saveStatus = this.store.selectSignal(selectSaveStatus);
  protected readonly saveError = this.store.selectSignal(selectSaveError);
  protected readonly newerVersion = this.store.selectSignal(selectNewerVersion);
  protected readonly finaliseStatus = this.store.selectSignal(selectFinaliseStatus);
  protected readonly finaliseError = this.store.selectSignal(selectFinaliseError);
  protected readonly areas = this.store.selectSignal(selectAreaViews);
  protected readonly evidenceStatus = this.store.selectSignal(selectEvidenceStatus);
  protected readonly responseRows = this.store.selectSignal(selectResponseRows);
  protected readonly finalVersions = this.store.selectSignal(selectFinalVersions);
  protected readonly downloads = this.store.selectSignal(selectDownloads);
  protected readonly replies = this.store.selectSignal(selectReplies);
  protected readonly repliesStatus = this.store.selectSignal(selectRepliesStatus);
  protected readonly replyWindowStatus = this.store.selectSignal(selectReplyWindowStatus);
  protected readonly names = this.store.selectSignal(selectNames);
  private readonly plan = this.store.selectSignal(selectPlan);

  /** The language of the preview; the interface's until the person picks the other. */
  protected readonly previewLang = signal<Locale | null>(null);
  protected readonly shownPreviewLang = computed(() => this.previewLang() ?? this.locale());

  protected readonly title = computed(() => {
    const evaluation = this.evaluation();
    return evaluation ? evaluation.title[this.locale()] || evaluation.title.en : '';
  });
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  /** A save refused for its content (400): the server's reasons, in its words. */
  protected readonly saveProblems = computed(() => {
    const error = this.saveError();
    return this.saveStatus() === 'failed' && error && error.status !== 409 ? error : null;
  });
  protected readonly lastFinal = computed(() => this.finalVersions().at(0)?.number ?? null);
  protected readonly areaOptions = computed(() =>
    (this.plan()?.areas ?? []).map((area) => ({
      code: area.code,
      title: area.shortTitle[this.locale()] || area.shortTitle.en,
    })),
  );
  protected readonly criteria = computed(() =>
    (this.evaluation()?.criteria ?? []).map((criterion) => ({
      code: criterion.code,
      label: criterion.label[this.locale()] || criterion.label.en,
    })),
  );
  protected readonly ratingLevels = computed(() =>
    (this.evaluation()?.ratingScale ?? []).map((level) => ({
      code: level.code,
      label: level.label[this.locale()] || level.label.en,
    })),
  );
  protected readonly passages = computed(() => {
    const texts = this.texts();
    const evaluation = this.evaluation();
    this.locale();
    return texts && evaluation
      ? toPassages(texts, evaluation.criteria, this.areas(), this.locale(), (key, params) =>
          this.transloco.translate(key, params),
        )
      : [];
  });

  constructor() {
    effect(() => {
      const evaluationId = this.evaluationId();
      untracked(() => this.store.dispatch(EvaluationEditorActions.opened({ evaluationId })));
    });
  }

  protected retry(): void {
    this.store.dispatch(EvaluationEditorActions.opened({ evaluationId: this.evaluationId() }));
  }

  private change(edit: (texts: EvaluationTexts) => EvaluationTexts): void {
    const texts = this.texts();
    if (texts) {
      this.store.dispatch(EvaluationEditorActions.textsChanged({ texts: edit(texts) }));
    }
  }

  protected summaryChanged(text: BilingualText): void {
    this.change((texts) => ({ ...texts, executiveSummary: text }));
  }

  protected conclusionsChanged(text: BilingualText): void {
    this.change((texts) => ({ ...texts, conclusions: text }));
  }

  protected findingChanged(index: number, text: BilingualText): void {
    this.change((texts) => withFindingText(texts, index, text));
  }

  protected pin(index: number, quote: Pin): void {
    this.change((texts) => withPin(texts, index, quote));
  }

  protected unpin(index: number, quote: Pin): void {
    this.change((texts) => withoutPin(texts, index, quote));
  }

  protected ratingChanged(index: number, rating: RatingCode): void {
    this.change((texts) => withAssessment(texts, index, { rating }));
  }

  protected assessmentChanged(index: number, text: BilingualText): void {
    this.change((texts) => withAssessment(texts, index, { text }));
  }

  protected recommendationChanged(index: number, change: Partial<Recommendation>): void {
    this.change((texts) => withRecommendation(texts, index, change));
  }

  protected addRecommendation(): void {
    this.change(withNewRecommendation);
  }

  protected removeRecommendation(index: number): void {
    this.change((texts) => withoutRecommendation(texts, index));
  }

  protected save(): void {
    if (!this.saving()) {
      this.store.dispatch(EvaluationEditorActions.saveRequested());
    }
  }

  protected keepMine(): void {
    this.store.dispatch(EvaluationEditorActions.conflictResolved({ keep: 'mine' }));
  }

  protected takeTheirs(): void {
    confirm(this.dialog, {
      title: this.transloco.translate('evaluations.conflict.takeTheirsTitle'),
      message: this.transloco.translate('evaluations.conflict.takeTheirsMessage'),
      confirm: this.transloco.translate('evaluations.conflict.takeTheirs'),
      cancel: this.transloco.translate('evaluations.cancel'),
      destructive: true,
    }).subscribe((yes) => {
      if (yes) {
        this.store.dispatch(EvaluationEditorActions.conflictResolved({ keep: 'theirs' }));
      }
    });
  }

  protected finalise(): void {
    const next = (this.lastFinal() ?? 0) + 1;
    confirm(this.dialog, {
      title: this.transloco.translate('evaluations.finalise.title', { number: next }),
      message: this.transloco.translate('evaluations.finalise.message', { number: next }),
      confirm: this.transloco.translate('evaluations.finalise.confirm'),
      cancel: this.transloco.translate('evaluations.cancel'),
    }).subscribe((yes) => {
      if (yes) {
        this.store.dispatch(EvaluationEditorActions.finaliseConfirmed());
      }
    });
  }

  protected download(file: ReportFile): void {
    this.store.dispatch(EvaluationEditorActions.downloadRequested({ file }));
  }

  protected openReplyWindow(closesOn: string): void {
    this.store.dispatch(EvaluationEditorActions.replyWindowOpened({ closesOn }));
  }

  protected closeReplyWindow(): void {
    this.store.dispatch(EvaluationEditorActions.replyWindowClosed());
  }

  protected handleReply(handling: ReplyHandling): void {
    this.store.dispatch(EvaluationEditorActions.replyHandled(handling));
  }

  /** Leaving with unsaved texts asks first (the route's guard calls this). */
  confirmLeave(): Observable<boolean> {
    if (!this.dirty()) {
      return of(true);
    }
    return confirm(this.dialog, {
      title: this.transloco.translate('evaluations.leave.title'),
      message: this.transloco.translate('evaluations.leave.message'),
      confirm: this.transloco.translate('evaluations.leave.confirm'),
      cancel: this.transloco.translate('evaluations.leave.stay'),
      destructive: true,
    });
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) {
      event.preventDefault();
    }
  }
}
