import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import {
  type AreaView,
  type BilingualText,
  type Evaluation,
  type EvaluationTexts,
  type ResponseRow,
} from '../data-access';
import { OneDecimalPipe } from '../one-decimal.pipe';

/**
 * The report as HTML, in one language, with the content of the files: title, executive
 * summary, methodology with the response table, findings by area with their figures and
 * pinned quotations, the assessment by criterion, conclusions and numbered recommendations.
 * A text missing in this language says so, as the files do.
 */
@Component({
  selector: 'app-report-preview',
  imports: [NgTemplateOutlet, OneDecimalPipe, TranslocoPipe],
  templateUrl: './report-preview.html',
  styleUrl: './report-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPreview {
  readonly evaluation = input.required<Evaluation>();
  readonly texts = input.required<EvaluationTexts>();
  readonly areas = input.required<readonly AreaView[]>();
  readonly responseRows = input.required<readonly ResponseRow[]>();
  /** The language of the preview (not necessarily the interface's). */
  readonly lang = input.required<Locale>();

  protected readonly title = computed(
    () => this.evaluation().title[this.lang()] || this.evaluation().title.en,
  );
  protected readonly criteria = computed(() =>
    this.evaluation().criteria.map((criterion) => ({
      code: criterion.code,
      label: criterion.label[this.lang()] || criterion.label.en,
    })),
  );
  protected readonly assessments = computed(() =>
    this.texts().assessments.map((assessment) => ({
      ...assessment,
      label:
        this.criteria().find((criterion) => criterion.code === assessment.criterionCode)?.label ??
        assessment.criterionCode,
      ratingLabel: this.ratingLabel(assessment.rating),
    })),
  );

  private ratingLabel(code: string | null): string | null {
    const level = this.evaluation().ratingScale.find((item) => item.code === code);
    return level ? level.label[this.lang()] || level.label.en : null;
  }

  protected textIn(text: BilingualText): string {
    return text[this.lang()].trim();
  }
}
