import { DestroyRef, Directive, ElementRef, afterNextRender, inject, signal } from '@angular/core';

/**
 * A frame that scrolls its content sideways (a wide table on a phone) is a tab stop only while
 * its content overflows: keyboard users can then scroll it with the arrow keys (axe
 * `scrollable-region-focusable`), and on a wide screen it is not one more stop on the way.
 * Give it `role="region"` and a label where it is used.
 */
@Directive({
  selector: '[appScrollRegion]',
  host: { '[attr.tabindex]': 'overflows() ? 0 : null' },
})
export class ScrollRegion {
  protected readonly overflows = signal(false);

  constructor() {
    const frame = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const measure = () =>
      this.overflows.set(
        frame.scrollWidth > frame.clientWidth || frame.scrollHeight > frame.clientHeight,
      );
    // The frame's size follows the window; its content's follows the rows shown.
    const observer = new ResizeObserver(measure);
    afterNextRender(() => {
      observer.observe(frame);
      for (const child of Array.from(frame.children)) observer.observe(child);
      measure();
    });
    inject(DestroyRef).onDestroy(() => observer.disconnect());
  }
}
