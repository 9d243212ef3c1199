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
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { EvidenceQuote } from '@ppm/shared';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  type BilingualText,
  type Reply,
  type ReplyTarget,
  RightOfReplyPageActions,
  selectOwnReplies,
  selectPassages,
  selectPassagesError,
  selectPassagesStatus,
  selectReplyCycles,
  selectReplyPlan,
  selectSendStatus,
} from '../data-access';
import { OneDecimalPipe } from '../one-decimal.pipe';
import { ReplyForm } from '../reply-form/reply-form';

/** The key of a passage a reply can be about, to show one comment form at a time. */
function targetKey(target: ReplyTarget): string {
  switch (target.kind) {
    case 'finding':
      return `finding.${target.areaCode}`;
    case 'figures':
      return `figures.${target.areaCode ?? ''}`;
    case 'quote':
      return `quote.${target.cycleId}.${target.actionCode}.${target.quoteKind}`;
    default:
      return 'general';
  }
}

/**
 * `/right-of-reply/:evaluationId`: what a focal point sees of an evaluation while its reply
 * window is open: its own state's reports, figures, quotations and the findings quoting them,
 * each with a way to comment; and the comments already sent, with how they were handled.
 */
@Component({
  selector: 'app-passages-page',
  imports: [
    Alert,
    LocalDatePipe,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    NgTemplateOutlet,
    OneDecimalPipe,
    ReplyForm,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './passages-page.html',
  styleUrl: './passages-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PassagesPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);

  readonly evaluationId = input.required<string>();

  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly passages = this.store.selectSignal(selectPassages);
  protected readonly status = this.store.selectSignal(selectPassagesStatus);
  protected readonly error = this.store.selectSignal(selectPassagesError);
  protected readonly replies = this.store.selectSignal(selectOwnReplies);
  protected readonly sendStatus = this.store.selectSignal(selectSendStatus);
  private readonly cycles = this.store.selectSignal(selectReplyCycles);
  private readonly plan = this.store.selectSignal(selectReplyPlan);

  /** The passage whose comment form is open. */
  protected readonly replyingTo = signal<string | null>(null);

  protected readonly title = computed(() => {
    const title = this.passages()?.title;
    return title ? title[this.locale()] || title.en || title.ru : '';
  });

  constructor() {
    effect(() => {
      const evaluationId = this.evaluationId();
      untracked(() =>
        this.store.dispatch(RightOfReplyPageActions.passagesOpened({ evaluationId })),
      );
    });
    // A sent comment closes its form.
    effect(() => {
      if (this.sendStatus() === 'saved') {
        untracked(() => this.replyingTo.set(null));
      }
    });
  }

  protected cycleName(cycleId: string): string {
    const cycle = this.cycles().find((item) => item.id === cycleId);
    return cycle ? cycle.name[this.locale()] || cycle.name.en : cycleId;
  }

  protected areaName(areaCode: string): string {
    const area = this.plan()?.areas.find((item) => item.code === areaCode);
    return area ? `${areaCode}. ${area.shortTitle[this.locale()] || area.shortTitle.en}` : areaCode;
  }

  /** The text in the reader's language, else the other one (the page then says so). */
  protected textOf(text: BilingualText): { text: string; other: boolean } {
    const own = text[this.locale()].trim();
    if (own) {
      return { text: own, other: false };
    }
    const other = text[this.locale() === 'en' ? 'ru' : 'en'].trim();
    return { text: other, other: other !== '' };
  }

  protected quoteTarget(quote: EvidenceQuote): ReplyTarget {
    return {
      kind: 'quote',
      cycleId: quote.cycleId,
      actionCode: quote.actionCode,
      quoteKind: quote.kind,
    };
  }

  protected findingTarget(areaCode: string): ReplyTarget {
    return { kind: 'finding', areaCode };
  }

  protected readonly figuresTarget: ReplyTarget = { kind: 'figures' };
  protected readonly generalTarget: ReplyTarget = { kind: 'general' };

  protected key(target: ReplyTarget): string {
    return targetKey(target);
  }

  protected send(target: ReplyTarget, text: string): void {
    this.store.dispatch(
      RightOfReplyPageActions.replySubmitted({ evaluationId: this.evaluationId(), target, text }),
    );
  }

  /** What a sent reply was about, in words. */
  protected aboutOf(reply: Reply): string {
    const target = reply.target;
    switch (target.kind) {
      case 'finding':
        return this.transloco.translate('evaluations.passages.aboutFinding', {
          area: this.areaName(target.areaCode),
        });
      case 'figures':
        return this.transloco.translate('evaluations.passages.aboutFigures');
      case 'quote':
        return this.transloco.translate('evaluations.passages.aboutQuote', {
          action: target.actionCode,
          cycle: this.cycleName(target.cycleId),
        });
      default:
        return this.transloco.translate('evaluations.replies.general');
    }
  }
}
