import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatChipListbox, type MatChipListboxChange, MatChipOption } from '@angular/material/chips';
import { MatIcon } from '@angular/material/icon';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  EvidenceFile,
  ImplementationStatus,
  Indicator,
  LanguageText,
  Locale,
  Participation,
  SupportCategory,
  ThreadComment,
} from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import {
  type EntryPatch,
  type EntryView,
  IMPLEMENTATION_STATUSES,
  PARTICIPATION_VALUES,
  type ReportKey,
  SUPPORT_CATEGORIES,
  type UploadView,
  evidenceFileUrl,
} from '../data-access';
import { EntryAnswers, valuesOf } from '../entry-answers/entry-answers';
import { EntryThread } from '../entry-thread/entry-thread';
import { EvidenceFiles } from '../evidence-files/evidence-files';
import { IndicatorsEditor } from '../indicators-editor/indicators-editor';
import { LinksEditor } from '../links-editor/links-editor';
import { TextAnswer } from '../text-answer/text-answer';

/**
 * One action's card: participation, status, what was done, obstacles, support needed,
 * evidence and indicators, editable or read-only, with the Secretariat's comment and the
 * entry's discussion. Controlled: it shows the entry and emits each change as a patch.
 */
@Component({
  selector: 'app-entry-card',
  imports: [
    Alert,
    EntryAnswers,
    EntryThread,
    EvidenceFiles,
    IndicatorsEditor,
    LinksEditor,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatChipListbox,
    MatChipOption,
    MatIcon,
    MatRadioButton,
    MatRadioGroup,
    TextAnswer,
    TranslocoPipe,
  ],
  templateUrl: './entry-card.html',
  styleUrl: './entry-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.not-participating]': 'notParticipating()' },
})
export class EntryCard {
  readonly view = input.required<EntryView>();
  readonly editable = input(false);
  /** The interface language. */
  readonly locale = input.required<Locale>();
  readonly reportKey = input.required<ReportKey>();
  readonly uploads = input<readonly UploadView[]>([]);
  /** The entry's discussion; null when this person does not see discussions. */
  readonly comments = input<readonly ThreadComment[] | null>(null);
  readonly sendingComment = input(false);
  readonly commentFailed = input(false);
  /** Narrow screens: the status scale stacks. */
  readonly compact = input(false);

  readonly changed = output<EntryPatch>();
  readonly blurred = output();
  readonly reviewed = output();
  readonly filesChosen = output<File[]>();
  readonly fileRemoveClicked = output<EvidenceFile>();
  readonly uploadDismissed = output<string>();
  readonly commentSubmitted = output<{ text: string; lang: Locale }>();

  protected readonly participationValues = PARTICIPATION_VALUES;
  protected readonly statuses = IMPLEMENTATION_STATUSES;
  protected readonly categories = SUPPORT_CATEGORIES;

  protected readonly entry = computed(() => this.view().entry);
  protected readonly code = computed(() => this.view().code);
  protected readonly notParticipating = computed(
    () => this.entry().participation === 'not_participating',
  );
  protected readonly values = computed(() => valuesOf(this.entry()));
  protected readonly fileUrl = computed(() => {
    const key = this.reportKey();
    const code = this.code();
    return (fileId: string) => evidenceFileUrl(key, code, fileId);
  });
  protected readonly threadOpen = signal(false);
  protected readonly headingId = computed(() => `entry-heading-${this.code()}`);

  protected dirty(field: keyof EntryPatch): boolean {
    return this.view().dirtyFields.includes(field);
  }

  protected participationChosen(participation: Participation): void {
    this.changed.emit({ participation });
  }

  protected statusChosen(status: ImplementationStatus): void {
    this.changed.emit({ status });
  }

  protected textChanged(field: 'narrative' | 'obstacles', value: LanguageText): void {
    this.changed.emit({ [field]: value });
  }

  protected supportTextChanged(text: LanguageText): void {
    this.changed.emit({ supportNeeded: { ...this.entry().supportNeeded, text } });
  }

  protected categoriesChosen(change: MatChipListboxChange): void {
    const chosen = (change.value ?? []) as SupportCategory[];
    // In the order of the scale, whatever order they were clicked in.
    const categories = SUPPORT_CATEGORIES.filter((category) => chosen.includes(category));
    this.changed.emit({ supportNeeded: { ...this.entry().supportNeeded, categories } });
  }

  protected linksChanged(links: { title: string; url: string }[]): void {
    this.changed.emit({ links });
  }

  protected indicatorsChanged(indicators: Indicator[]): void {
    this.changed.emit({ indicators });
  }
}
