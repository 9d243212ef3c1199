import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import type { ImportMessage } from '../data-access';

/**
 * One problem of an imported file in the active language; a message we do not recognise is
 * shown in the server's English, marked as such.
 */
@Component({
  selector: 'app-import-message',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = message();
    @if (m.key) {
      {{
        m.key
          | transloco
            : {
                value: m.params.value,
                action: m.params.action,
                area: m.params.area,
                row: m.params.row,
                count: m.params.count,
                max: m.params.max,
                columns: m.params.columns,
                missing: m.params.missing,
                column: m.params.column
                  ? ('actionPlan.import.columnNames.' + m.params.column | transloco)
                  : '',
                language: m.params.language
                  ? ('actionPlan.import.languages.' + m.params.language | transloco)
                  : '',
              }
      }}
    } @else {
      <span lang="en" [title]="'actionPlan.import.serverText' | transloco">{{ m.text }}</span>
    }
  `,
})
export class ImportMessageText {
  readonly message = input.required<ImportMessage>();
}
