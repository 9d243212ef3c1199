import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { type ActionView, type AreaView, moveCode } from '../data-access';

/** A new order for an area's actions: every code, retired ones too. */
export interface ActionOrder {
  readonly areaCode: string;
  readonly actionCodes: string[];
}

/**
 * The actions of one area, in plan order: code, title in the active language, the other
 * language beneath, retired ones muted with a chip. When editable: drag by the handle, or
 * move with the up and down buttons (focus stays on the button that was pressed and a screen
 * reader hears the new position), and rename, retire or restore from a menu.
 */
@Component({
  selector: 'app-area-actions',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatChip,
    MatChipSet,
    MatIcon,
    MatIconButton,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    MatTooltip,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './area-actions.html',
  styleUrl: './area-actions.scss',
})
export class AreaActions {
  readonly area = input.required<AreaView>();
  /** The language of the secondary lines. */
  readonly otherLocale = input.required<Locale>();
  /** The Secretariat may reorder, rename, retire and restore. */
  readonly editable = input(false);
  /** An edit is being saved: no new one until it is done. */
  readonly busy = input(false);

  readonly moved = output<ActionOrder>();
  readonly renameClicked = output<ActionView>();
  readonly retireClicked = output<ActionView>();
  readonly restoreClicked = output<ActionView>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  protected dropped(event: CdkDragDrop<unknown, unknown, string>): void {
    if (event.previousIndex === event.currentIndex || this.busy()) {
      return;
    }
    this.emitMove(event.previousIndex, event.currentIndex);
  }

  /** Moves the action one place up (-1) or down (+1), keeping focus on the same button. */
  protected move(index: number, delta: -1 | 1): void {
    const count = this.area().actions.length;
    const target = index + delta;
    if (this.busy() || target < 0 || target >= count) {
      return;
    }
    const code = this.emitMove(index, target);
    const button = delta < 0 ? 'move-up' : 'move-down';
    afterNextRender(
      () => {
        const item = this.host.nativeElement.querySelector<HTMLElement>(
          `[data-code="${code}"] .${button}`,
        );
        item?.focus();
      },
      { injector: this.injector },
    );
  }

  private emitMove(from: number, to: number): string {
    const area = this.area();
    const codes = area.actions.map((action) => action.code);
    const code = codes[from] ?? '';
    this.moved.emit({ areaCode: area.code, actionCodes: moveCode(codes, from, to) });
    void this.announcer.announce(
      this.transloco.translate('actionPlan.moved', {
        code,
        position: to + 1,
        count: codes.length,
      }),
    );
    return code;
  }
}
