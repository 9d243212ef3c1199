import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';

import type { ConflictChoice, ConflictField, EditableField } from '../data-access';
import { FieldValue } from '../field-value/field-value';

export interface ConflictDialogData {
  readonly conflicts: readonly ConflictField[];
  /** Action titles in the active language, by code. */
  readonly titles: Readonly<Record<string, string>>;
}

export interface ConflictDecision {
  readonly actionCode: string;
  readonly field: EditableField;
  readonly choice: ConflictChoice;
}

const keyOf = (conflict: Pick<ConflictField, 'actionCode' | 'field'>): string =>
  `${conflict.actionCode}/${conflict.field}`;

/**
 * Someone saved the same answers while the person was editing: per field, their version
 * beside the person's, and a choice for each: keep mine (put on top of theirs) or take theirs.
 * Nothing is decided for the person; it closes only with a decision for every field.
 */
@Component({
  selector: 'app-conflict-dialog',
  imports: [
    FieldValue,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatRadioButton,
    MatRadioGroup,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'reports.conflict.title' | transloco }}</h2>
    <mat-dialog-content>
      <p class="intro">{{ 'reports.conflict.intro' | transloco }}</p>
      @for (conflict of data.conflicts; track key(conflict)) {
        <section class="conflict" [attr.aria-labelledby]="'conflict-' + $index">
          <h3 class="field-title" [id]="'conflict-' + $index">
            {{ conflict.actionCode }} {{ data.titles[conflict.actionCode] }} ·
            {{ 'reports.fields.' + conflict.field | transloco }}
          </h3>
          <div class="versions">
            <div class="version theirs">
              <h4>{{ 'reports.conflict.theirs' | transloco }}</h4>
              <app-field-value [field]="conflict.field" [value]="conflict.theirs" />
            </div>
            <div class="version mine">
              <h4>{{ 'reports.conflict.mine' | transloco }}</h4>
              <app-field-value [field]="conflict.field" [value]="conflict.mine" />
            </div>
          </div>
          <mat-radio-group
            class="choice"
            [value]="choices()[key(conflict)] ?? null"
            [attr.aria-labelledby]="'conflict-' + $index"
            (change)="choose(conflict, $event.value)"
          >
            <mat-radio-button value="mine">{{
              'reports.conflict.keepMine' | transloco
            }}</mat-radio-button>
            <mat-radio-button value="theirs">{{
              'reports.conflict.takeTheirs' | transloco
            }}</mat-radio-button>
          </mat-radio-group>
        </section>
      }
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-button type="button" class="all-mine" (click)="chooseAll('mine')">
        {{ 'reports.conflict.keepAllMine' | transloco }}
      </button>
      <button mat-button type="button" class="all-theirs" (click)="chooseAll('theirs')">
        {{ 'reports.conflict.takeAllTheirs' | transloco }}
      </button>
      <button mat-flat-button type="button" class="apply" [disabled]="!decided()" (click)="apply()">
        {{ 'reports.conflict.apply' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .conflict {
      padding-block: 12px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .field-title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 12px;
    }
    .version {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      max-height: 240px;
      overflow: auto;
    }
    .version.mine {
      background: var(--mat-sys-secondary-container);
    }
    h4 {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin-block-start: 8px;
    }
    mat-dialog-actions {
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ConflictDialog {
  protected readonly data = inject<ConflictDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ConflictDialog, ConflictDecision[]>>(MatDialogRef);

  protected readonly choices = signal<Readonly<Partial<Record<string, ConflictChoice>>>>({});
  protected readonly decided = computed(() =>
    this.data.conflicts.every((conflict) => this.choices()[keyOf(conflict)] !== undefined),
  );

  protected key(conflict: ConflictField): string {
    return keyOf(conflict);
  }

  protected choose(conflict: ConflictField, choice: ConflictChoice): void {
    this.choices.update((choices) => ({ ...choices, [keyOf(conflict)]: choice }));
  }

  protected chooseAll(choice: ConflictChoice): void {
    this.choices.set(
      Object.fromEntries(this.data.conflicts.map((conflict) => [keyOf(conflict), choice])),
    );
  }

  protected apply(): void {
    if (!this.decided()) {
      return;
    }
    this.dialogRef.close(
      this.data.conflicts.map((conflict) => ({
        actionCode: conflict.actionCode,
        field: conflict.field,
        choice: this.choices()[keyOf(conflict)] ?? 'mine',
      })),
    );
  }
}
