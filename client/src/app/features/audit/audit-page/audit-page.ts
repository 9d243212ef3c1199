import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatAccordion,
  MatExpansionPanel,
  MatExpansionPanelContent,
  MatExpansionPanelDescription,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { mediaMatches } from '../../../shared/ui/media-query';
import { AuditDiff } from '../audit-diff/audit-diff';
import {
  AUDIT_ENTITIES,
  AuditPageActions,
  selectAuditEntity,
  selectAuditStatus,
  selectEntryViews,
  selectHasMore,
} from '../data-access';
import { LocalDateTimePipe } from '../../../shared/ui/local-date-time.pipe';

const ALL = '';

/**
 * `/audit` (admins and the Secretariat): the changes they made, newest first, filtered by
 * the kind of thing changed, an older page at a time. Each entry opens to show the fields
 * that changed, old and new side by side.
 */
@Component({
  selector: 'app-audit-page',
  imports: [
    MatAccordion,
    MatButton,
    MatExpansionPanel,
    MatExpansionPanelContent,
    MatExpansionPanelDescription,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatProgressSpinner,
    MatSelect,
    TranslocoDirective,
    TranslocoPipe,
    Alert,
    AuditDiff,
    LocalDateTimePipe,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly store = inject(Store);

  protected readonly entries = this.store.selectSignal(selectEntryViews);
  protected readonly status = this.store.selectSignal(selectAuditStatus);
  protected readonly entity = this.store.selectSignal(selectAuditEntity);
  protected readonly hasMore = this.store.selectSignal(selectHasMore);
  protected readonly locale = this.store.selectSignal(selectLocale);
  /** A phone: when and who go under the subject instead of beside it. */
  protected readonly compact = mediaMatches('(max-width: 599.98px)');

  protected readonly entities = AUDIT_ENTITIES;
  protected readonly all = ALL;

  constructor() {
    this.store.dispatch(AuditPageActions.opened());
  }

  protected filterEntity(entity: string): void {
    this.store.dispatch(AuditPageActions.entityFilterChanged({ entity: entity || null }));
  }

  protected loadMore(): void {
    this.store.dispatch(AuditPageActions.loadMoreClicked());
  }

  protected retry(): void {
    if (this.entries().length > 0) {
      this.loadMore();
    } else {
      this.filterEntity(this.entity() ?? ALL);
    }
  }
}
