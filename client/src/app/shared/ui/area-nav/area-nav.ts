import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/** One cooperation area in the list, its texts already in the reader's language. */
export interface AreaNavItem {
  /** "1" … "6". */
  readonly code: string;
  /** The area's short title; it wraps, it is never cut. */
  readonly title: string;
  /** A short figure at the end, e.g. "7/9" answered. */
  readonly count?: string;
  /** What the figure means, read instead of it: "7 of 9 answered". */
  readonly countLabel?: string;
  /** Everything in the area is done: the figure gets a check. */
  readonly done?: boolean;
  /** A line under the title that calls for attention, e.g. "Comments from the Secretariat". */
  readonly note?: string;
}

/** Keys that move focus along the list (Enter and Space select, as on any button). */
const FOCUS_KEYS: Partial<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The cooperation areas, all of them at once, beside the selected area's content (projected)
 * when there is room, above it when there is not: tabs hid half of them behind arrows. Under
 * the content, a button leads on to the next area (53 cards are a long way back up on a phone).
 * The selected area's button carries `aria-current`; each button says what is open in it.
 * The layout follows the width the page gives it (a container query), not the window's.
 */
@Component({
  selector: 'app-area-nav',
  imports: [MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './area-nav.html',
  styleUrl: './area-nav.scss',
})
export class AreaNav {
  readonly items = input.required<readonly AreaNavItem[]>();
  /** The index of the area shown. */
  readonly selected = input.required<number>();
  /** The list's name for screen readers: "Cooperation areas". */
  readonly label = input.required<string>();
  /** The words before the next area's name on the button under the content: "Next:". */
  readonly nextLabel = input<string>();

  readonly selectedChange = output<number>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly next = computed(() =>
    this.nextLabel() ? (this.items()[this.selected() + 1] ?? null) : null,
  );

  protected choose(index: number): void {
    if (index !== this.selected()) {
      this.selectedChange.emit(index);
    }
  }

  /**
   * Opens the next area and brings the list back into view with focus on that area's button,
   * so a screen reader hears where it is and the new content starts right there.
   */
  protected goNext(): void {
    this.choose(this.selected() + 1);
    afterNextRender(
      () => {
        const current = this.host.nativeElement.querySelector<HTMLElement>('[aria-current="true"]');
        this.host.nativeElement.scrollIntoView({ block: 'start' });
        current?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  protected keydown(event: KeyboardEvent, index: number): void {
    const next = FOCUS_KEYS[event.key];
    if (!next) {
      return;
    }
    event.preventDefault();
    const buttons = this.host.nativeElement.querySelectorAll<HTMLElement>('.area-button');
    buttons[next(index, buttons.length)].focus();
  }
}
