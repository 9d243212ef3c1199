import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, ReportEvent, ReportEventType } from '@ppm/shared';

import { formatDateTime } from '../formatting';
import type { IconName } from '../../../core/icons/icon-names';

const ICONS: Readonly<Record<ReportEventType, IconName>> = {
  created: 'note_add',
  submitted: 'send',
  returned: 'undo',
  approved: 'verified',
  reopened: 'lock_open',
};

/** The report's workflow steps, oldest first: what, who, when, and the remarks made. */
@Component({
  selector: 'app-report-timeline',
  imports: [MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (events().length === 0) {
      <p class="empty">{{ 'reports.timeline.empty' | transloco }}</p>
    } @else {
      <ol class="events">
        @for (event of events(); track $index) {
          <li class="event">
            <mat-icon [svgIcon]="icon(event.type)" class="icon" aria-hidden="true" />
            <div class="body">
              <p class="what">
                <strong>{{ 'reports.timeline.events.' + event.type | transloco }}</strong>
                ·
                {{
                  'reports.timeline.by'
                    | transloco
                      : { name: event.by.name, role: ('roles.' + event.by.role | transloco) }
                }}
              </p>
              <p class="when">{{ when(event.at) }}</p>
              @if (event.comment) {
                <blockquote class="comment">{{ event.comment }}</blockquote>
              }
              @if (event.entryComments.length) {
                <ul class="entry-comments">
                  @for (entry of event.entryComments; track entry.actionCode) {
                    <li>
                      <strong>{{ entry.actionCode }} {{ titles()[entry.actionCode] }}:</strong>
                      {{ entry.comment }}
                    </li>
                  }
                </ul>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .events {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .event {
      display: flex;
      gap: 12px;
      padding-block: 8px;
    }
    .event + .event {
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .body {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .what,
    .when {
      margin: 0;
    }
    .when,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .comment {
      margin: 6px 0 0;
      padding-inline-start: 10px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      white-space: pre-line;
    }
    .entry-comments {
      margin: 6px 0 0;
      padding-inline-start: 20px;
    }
  `,
})
export class ReportTimeline {
  readonly events = input.required<readonly ReportEvent[]>();
  readonly locale = input.required<Locale>();
  readonly titles = input<Readonly<Record<string, string>>>({});

  protected icon(type: ReportEventType): IconName {
    return ICONS[type];
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.locale());
  }
}
