import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div appScrollRegion style="width: 300px; overflow-x: auto">
    <div [style.width.px]="contentWidth()">content</div>
  </div>`,
})
class Host {
  readonly contentWidth = signal(200);
}

/** ResizeObserver reports after layout: a frame or two. */
const nextFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('ScrollRegion', () => {
  it('is a tab stop only while its content is wider than itself', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    const frame = (fixture.nativeElement as HTMLElement).querySelector('[appScrollRegion]')!;
    await fixture.whenStable();
    await nextFrames();
    fixture.detectChanges();
    expect(frame.getAttribute('tabindex')).toBeNull();

    fixture.componentInstance.contentWidth.set(900);
    fixture.detectChanges();
    await nextFrames();
    fixture.detectChanges();
    expect(frame.getAttribute('tabindex')).toBe('0');

    fixture.componentInstance.contentWidth.set(250);
    fixture.detectChanges();
    await nextFrames();
    fixture.detectChanges();
    expect(frame.getAttribute('tabindex')).toBeNull();
    (fixture.nativeElement as HTMLElement).remove();
  });
});
