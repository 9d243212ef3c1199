import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  PendingTasks,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { EvidenceFile, Locale } from '@ppm/shared';
import { filter, switchMap } from 'rxjs';

import type { TranslationParams } from '../../../core/i18n';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { MessagePage } from '../../../shared/ui/message-page/message-page';
import { AreaNav, type AreaNavItem } from '../../../shared/ui/area-nav/area-nav';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import { mediaMatches } from '../../../shared/ui/media-query';
import {
  ConflictDialogActions,
  type EntryPatch,
  MAX_FILE_BYTES,
  PendingUploads,
  ReportEditorActions,
  ReportPageActions,
  ReportWorkingsActions,
  type UploadProblem,
  evidenceContentType,
  selectCanEdit,
  selectCanSubmit,
  selectChanges,
  selectCommentError,
  selectCompleteness,
  selectComparison,
  selectConflicts,
  selectEditorView,
  selectFileError,
  selectHeldBack,
  selectHistory,
  selectMaySeeWorkings,
  selectNotice,
  selectProblems,
  selectReport,
  selectReportError,
  selectReportStatus,
  selectRestoredCount,
  selectSaveError,
  selectSaveIndicator,
  selectSendingCommentFor,
  selectThreads,
  selectTimeline,
  selectTransitionError,
  selectTransitionStatus,
  selectUnsavedAnswers,
  selectUploadsByAction,
  selectWorkingsStatus,
} from '../data-access';
import {
  ConflictDialog,
  type ConflictDecision,
  type ConflictDialogData,
} from '../conflict-dialog/conflict-dialog';
import { CycleChangesView } from '../cycle-changes/cycle-changes';
import { EntryCard } from '../entry-card/entry-card';
import { FieldValue } from '../field-value/field-value';
import { ReportHistory } from '../report-history/report-history';
import { ReportProgress } from '../report-progress/report-progress';
import { ReportTimeline } from '../report-timeline/report-timeline';
import { SubmitProblems } from '../submit-problems/submit-problems';

/** How often "Saved 10 seconds ago" is brought up to date. */
const CLOCK_TICK_MS = 5000;
/** Cards drawn with the page's first render; the rest of the area follows once it is painted. */
const FIRST_CARDS = 2;

/**
 * `/reports/:cycleId/:stateCode` (and `/my-report`): a state's report. The state's people edit
 * it while it is a draft or returned: the areas listed beside the selected one's cards, one card per action, autosave, edits
 * kept on this device until the server has them. Otherwise it reads, with a banner saying
 * why. Below: the timeline, the history of changes and the changes since the last cycle.
 */
@Component({
  selector: 'app-report-page',
  imports: [
    Alert,
    MessagePage,
    AreaNav,
    CycleChangesView,
    EntryCard,
    FieldValue,
    LocalDatePipe,
    MatButton,
    MatExpansionModule,
    MatIcon,
    MatProgressSpinner,
    NgTemplateOutlet,
    ReportHistory,
    ReportProgress,
    ReportTimeline,
    RouterLink,
    SubmitProblems,
    TranslocoPipe,
  ],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'keydown($event)' },
})
export class ReportPage {
  /** Route parameters. */
  readonly cycleId = input.required<string>();
  readonly stateCode = input.required<string>();
  /** `?action=1.2` (from a notification): open that action's card. */
  readonly action = input<string | undefined>(undefined);

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly uploads = inject(PendingUploads);

  protected readonly view = this.store.selectSignal(selectEditorView);
  protected readonly report = this.store.selectSignal(selectReport);
  /** The actions the Secretariat commented on when it returned the report, in plan order. */
  protected readonly commentedActions = computed(() =>
    (this.view()?.areas ?? []).flatMap((area) =>
      area.entries
        .filter((entry) => entry.entry.reviewComment)
        .map((entry) => ({ code: entry.code, title: entry.title })),
    ),
  );
  protected readonly status = this.store.selectSignal(selectReportStatus);
  protected readonly error = this.store.selectSignal(selectReportError);
  protected readonly canEdit = this.store.selectSignal(selectCanEdit);
  protected readonly canSubmit = this.store.selectSignal(selectCanSubmit);
  protected readonly maySeeWorkings = this.store.selectSignal(selectMaySeeWorkings);
  protected readonly indicator = this.store.selectSignal(selectSaveIndicator);
  protected readonly saveError = this.store.selectSignal(selectSaveError);
  /** The server's refusals that concern one action, so the person can go to its card. */
  protected readonly saveProblems = computed(() =>
    (this.saveError()?.details ?? []).flatMap((detail) =>
      detail.actionCode ? [{ actionCode: detail.actionCode, message: detail.message }] : [],
    ),
  );
  protected readonly completeness = this.store.selectSignal(selectCompleteness);
  protected readonly conflicts = this.store.selectSignal(selectConflicts);
  protected readonly notice = this.store.selectSignal(selectNotice);
  protected readonly restoredCount = this.store.selectSignal(selectRestoredCount);
  protected readonly problems = this.store.selectSignal(selectProblems);
  protected readonly transitionStatus = this.store.selectSignal(selectTransitionStatus);
  protected readonly transitionError = this.store.selectSignal(selectTransitionError);
  protected readonly uploadsByAction = this.store.selectSignal(selectUploadsByAction);
  protected readonly heldBack = this.store.selectSignal(selectHeldBack);
  protected readonly unsaved = this.store.selectSignal(selectUnsavedAnswers);
  protected readonly fileError = this.store.selectSignal(selectFileError);
  protected readonly threads = this.store.selectSignal(selectThreads);
  protected readonly sendingCommentFor = this.store.selectSignal(selectSendingCommentFor);
  protected readonly commentError = this.store.selectSignal(selectCommentError);
  protected readonly timeline = this.store.selectSignal(selectTimeline);
  protected readonly history = this.store.selectSignal(selectHistory);
  protected readonly comparison = this.store.selectSignal(selectComparison);
  protected readonly changes = this.store.selectSignal(selectChanges);
  protected readonly workingsStatus = this.store.selectSignal(selectWorkingsStatus);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly role = this.store.selectSignal(selectRole);

  protected readonly key = computed(() => ({
    cycleId: this.cycleId(),
    stateCode: this.stateCode(),
  }));
  protected readonly selectedArea = signal(0);
  /** Only the selected area's cards are drawn: all 53 at once would be slow. */
  protected readonly shownArea = computed(() => {
    const areas = this.view()?.areas ?? [];
    // `at()`: no areas (the page still loading) gives undefined, so null.
    return areas.at(Math.min(this.selectedArea(), areas.length - 1)) ?? null;
  });
  /** Whether the whole area is drawn: from the first paint with cards on (`shownEntries`). */
  private readonly allCardsDrawn = signal(false);
  private restOfCardsPlanned = false;
  /**
   * The shown area's cards; on the page's first render, only the first few. A card is ~300
   * elements of Material controls, and drawing an area's nine at once held the first paint by
   * ~1 s of a slow phone's CPU (docs/performance.md); the rest follow right after that paint.
   */
  protected readonly shownEntries = computed(() => {
    const entries = this.shownArea()?.entries ?? [];
    return this.allCardsDrawn() ? entries : entries.slice(0, FIRST_CARDS);
  });
  /** Emits once this page's texts are there in the active language (again after a switch). */
  private readonly texts = toSignal(
    this.transloco.langChanges$.pipe(
      switchMap((lang) => this.transloco.selectTranslation(`reports/${lang}`)),
    ),
  );
  /** Each area with how much of it is answered and whether the Secretariat commented in it. */
  protected readonly areaItems = computed((): AreaNavItem[] => {
    const ready = this.texts() !== undefined;
    const note = ready ? this.t('reports.areas.commented') : undefined;
    return (this.view()?.areas ?? []).map(({ code, shortTitle, completeness, entries }) => ({
      code,
      title: shortTitle,
      count: `${completeness.complete}/${completeness.total}`,
      countLabel: ready
        ? this.t('reports.areas.countLabel', {
            complete: completeness.complete,
            total: completeness.total,
          })
        : undefined,
      done: completeness.complete === completeness.total,
      note: entries.some((entry) => entry.entry.reviewComment) ? note : undefined,
    }));
  });
  protected readonly now = signal(new Date());
  protected readonly compact = mediaMatches('(max-width: 599.98px)');
  /** Action titles by code, for lists that name actions. */
  protected readonly titles = computed(() => {
    const titles: Record<string, string> = {};
    for (const area of this.view()?.areas ?? []) {
      for (const entry of area.entries) {
        titles[entry.code] = entry.title;
      }
    }
    return titles;
  });
  protected readonly areaTitles = computed(() =>
    (this.view()?.areas ?? []).map((area) => ({ code: area.code, title: area.title })),
  );
  protected readonly isSecretariat = computed(() => this.role() === 'secretariat');
  private conflictDialogOpen = false;
  private jumpedTo: string | null = null;

  constructor() {
    effect(() => {
      const key = this.key();
      untracked(() => this.store.dispatch(ReportPageActions.opened({ key })));
    });
    const clock = setInterval(() => this.now.set(new Date()), CLOCK_TICK_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(clock);
      this.store.dispatch(ReportPageActions.left());
    });
    effect(() => {
      const conflicts = this.conflicts();
      if (conflicts.length > 0) {
        untracked(() => this.openConflictDialog());
      }
    });
    effect(() => {
      if (this.shownArea() !== null) {
        untracked(() => this.drawRestOfCardsAfterPaint());
      }
    });
    effect(() => {
      const action = this.action();
      const view = this.view();
      if (action && view && this.jumpedTo !== action) {
        this.jumpedTo = action;
        untracked(() => this.jumpTo(action));
      }
    });
  }

  protected keydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.save();
    }
  }

  protected reload(): void {
    this.store.dispatch(ReportPageActions.reloadClicked());
  }

  protected save(): void {
    if (this.canEdit()) {
      this.store.dispatch(ReportPageActions.saveClicked());
    }
  }

  protected blurred(): void {
    this.store.dispatch(ReportPageActions.fieldBlurred());
  }

  /** Shows another area; leaving one saves what was typed in it. */
  protected areaChosen(index: number): void {
    if (index === this.selectedArea()) {
      return;
    }
    this.selectedArea.set(index);
    const area = this.view()?.areas[index];
    if (area) {
      this.store.dispatch(ReportPageActions.areaSelected({ areaCode: area.code }));
    }
  }

  protected changed(actionCode: string, patch: EntryPatch): void {
    this.store.dispatch(ReportEditorActions.entryChanged({ actionCode, patch }));
  }

  protected reviewed(actionCode: string): void {
    this.store.dispatch(ReportEditorActions.entryReviewed({ actionCode }));
  }

  protected filesChosen(actionCode: string, files: File[]): void {
    for (const file of files) {
      const contentType = evidenceContentType(file);
      const problem: UploadProblem | null =
        contentType === null
          ? 'unsupported_type'
          : file.size > MAX_FILE_BYTES
            ? 'too_large'
            : file.size === 0
              ? 'empty'
              : null;
      const upload = {
        id: this.uploads.keep(file),
        actionCode,
        fileName: file.name,
        size: file.size,
        contentType: contentType ?? '',
      };
      if (problem) {
        this.uploads.take(upload.id);
        this.store.dispatch(ReportEditorActions.fileRefused({ upload, problem }));
      } else {
        this.store.dispatch(ReportEditorActions.fileChosen({ upload }));
      }
    }
  }

  protected uploadDismissed(id: string): void {
    this.store.dispatch(ReportEditorActions.uploadDismissed({ id }));
  }

  protected removeFile(actionCode: string, file: EvidenceFile): void {
    confirm(this.dialog, {
      title: this.t('reports.entry.files.removeConfirm.title'),
      message: this.t('reports.entry.files.removeConfirm.message', { name: file.fileName }),
      confirm: this.t('reports.entry.files.removeConfirm.confirm'),
      cancel: this.t('ui.cancel'),
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          ReportEditorActions.fileRemovalConfirmed({ actionCode, fileId: file.id }),
        ),
      );
  }

  protected commentSubmitted(actionCode: string, comment: { text: string; lang: Locale }): void {
    this.store.dispatch(ReportWorkingsActions.commentSubmitted({ actionCode, ...comment }));
  }

  protected submit(): void {
    const view = this.view();
    const completeness = this.completeness().overall;
    // Carried-over answers count as given; the person is told how many they have not reviewed.
    const notReviewed = this.report()?.entries.filter((entry) => entry.carriedOver).length ?? 0;
    const message = this.t('reports.submitConfirm.message', {
      state: view?.stateName ?? '',
      complete: completeness.complete,
      total: completeness.total,
    });
    confirm(this.dialog, {
      title: this.t('reports.submitConfirm.title'),
      message:
        notReviewed > 0
          ? `${message} ${this.t('reports.submitConfirm.carriedOver', { count: notReviewed })}`
          : message,
      confirm: this.t('reports.submitConfirm.confirm'),
      cancel: this.t('ui.cancel'),
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(ReportPageActions.submitConfirmed()));
  }

  protected dismissProblems(): void {
    this.store.dispatch(ReportPageActions.problemsDismissed());
  }

  protected dismissNotice(): void {
    this.store.dispatch(ReportPageActions.noticeDismissed());
  }

  protected discardLocalEdits(): void {
    confirm(this.dialog, {
      title: this.t('reports.locked.discardConfirm.title'),
      message: this.t('reports.locked.discardConfirm.message'),
      confirm: this.t('reports.locked.discardConfirm.confirm'),
      cancel: this.t('ui.cancel'),
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(ReportPageActions.localEditsDiscarded()));
  }

  protected timelineOpened(): void {
    this.store.dispatch(ReportWorkingsActions.timelineOpened());
  }

  protected historyOpened(): void {
    this.store.dispatch(ReportWorkingsActions.historyOpened());
  }

  protected changesOpened(): void {
    this.store.dispatch(ReportWorkingsActions.changesOpened());
  }

  protected compareRevisions(range: { from: number; to: number }): void {
    this.store.dispatch(ReportWorkingsActions.revisionsCompared(range));
  }

  protected closeComparison(): void {
    this.store.dispatch(ReportWorkingsActions.comparisonClosed());
  }

  /**
   * After the next render has been painted (a frame, then a task), draws every card of the
   * area. Held as a pending task, so `whenStable()` waits for the whole page.
   */
  private drawRestOfCardsAfterPaint(): void {
    if (this.restOfCardsPlanned) {
      return;
    }
    this.restOfCardsPlanned = true;
    const done = this.pendingTasks.add();
    afterNextRender(
      () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.allCardsDrawn.set(true);
            done();
          }),
        ),
      { injector: this.injector },
    );
  }

  /** Opens the area of an action and brings its card into view, focused. */
  protected jumpTo(actionCode: string): void {
    const areas = this.view()?.areas ?? [];
    const index = areas.findIndex((area) =>
      area.entries.some((entry) => entry.code === actionCode),
    );
    if (index < 0) {
      return;
    }
    this.allCardsDrawn.set(true);
    this.areaChosen(index);
    afterNextRender(
      () => {
        const heading = this.host.nativeElement.querySelector<HTMLElement>(
          `#entry-heading-${CSS.escape(actionCode)}`,
        );
        heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        heading?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  private openConflictDialog(): void {
    if (this.conflictDialogOpen) {
      return;
    }
    this.conflictDialogOpen = true;
    this.dialog
      .open<ConflictDialog, ConflictDialogData, ConflictDecision[]>(ConflictDialog, {
        data: { conflicts: this.conflicts(), titles: this.titles() },
        injector: this.injector,
        disableClose: true,
        width: '880px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'dialog',
      })
      .afterClosed()
      .subscribe((choices) => {
        this.conflictDialogOpen = false;
        if (choices) {
          this.store.dispatch(ConflictDialogActions.resolved({ choices }));
        }
      });
  }

  private t(key: string, params?: TranslationParams): string {
    return this.transloco.translate(key, params);
  }
}
