import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { BilingualField } from '../bilingual-field/bilingual-field';
import type { AreaView, BilingualText, Pin, QuoteView } from '../data-access';
import { OneDecimalPipe } from '../one-decimal.pipe';
import { QuoteCitation } from './quote-citation';

/** Implementation levels, from completed down, as the distribution bar shows them. */
const LEVELS = ['completed', 'substantial', 'limited', 'not_started'] as const;
/** How many unpinned quotations show before "Show all". */
const FIRST_QUOTES = 4;

/**
 * One area's finding: the evaluator's text (English and Russian) beside the system's
 * evidence for the area: its figures, and quotations from the states' narratives with their
 * citations, which the evaluator pins to the finding.
 */
@Component({
  selector: 'app-finding-card',
  imports: [
    BilingualField,
    MatButton,
    MatIcon,
    MatIconButton,
    MatTooltip,
    OneDecimalPipe,
    QuoteCitation,
    TranslocoPipe,
  ],
  templateUrl: './finding-card.html',
  styleUrl: './finding-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindingCard {
  readonly area = input.required<AreaView>();
  readonly locale = input.required<Locale>();
  readonly readonly = input(false);
  readonly evidenceLoading = input(false);
  readonly textChanged = output<BilingualText>();
  readonly pinned = output<Pin>();
  readonly unpinned = output<Pin>();

  protected readonly showAll = signal(false);
  protected readonly levels = LEVELS;

  protected readonly pins = computed(() => this.area().quotes.filter((quote) => quote.pinned));
  private readonly offered = computed(() => this.area().quotes.filter((quote) => !quote.pinned));
  protected readonly shownOffers = computed(() =>
    this.showAll() ? this.offered() : this.offered().slice(0, FIRST_QUOTES),
  );
  protected readonly hiddenOffers = computed(
    () => this.offered().length - this.shownOffers().length,
  );

  /** Each level's share of the participating entries with a status, for the bar. */
  protected readonly shares = computed(() => {
    const byStatus: Partial<Record<string, number>> = this.area().figures?.byStatus ?? {};
    const total = LEVELS.reduce((sum, level) => sum + (byStatus[level] ?? 0), 0);
    return LEVELS.map((level) => ({
      level,
      count: byStatus[level] ?? 0,
      percent: total ? ((byStatus[level] ?? 0) / total) * 100 : 0,
    }));
  });

  protected trackQuote(quote: QuoteView): string {
    return quote.id;
  }
}
