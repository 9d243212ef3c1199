import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, RouterOutlet, provideRouter } from '@angular/router';

import { PageFocus } from './page-focus';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Reporting cycles</h1><a href="/x">A link</a>',
})
class CyclesPage {}

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<p>Loading…</p>' })
class FirstPage {}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet],
  template: '<main #main><router-outlet /></main>',
})
class Frame {
  readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  constructor() {
    inject(PageFocus).follow(() => this.main().nativeElement);
  }
}

describe('PageFocus (focus after navigation)', () => {
  let router: Router;
  let announce: jasmine.Spy;

  const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: FirstPage },
          { path: 'cycles', component: CyclesPage },
        ]),
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
    TestBed.inject(Title).setTitle('Reporting cycles · Prague Process Monitor');
    const fixture = TestBed.createComponent(Frame);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    await fixture.whenStable();
    await settle();
  });

  it('leaves the first page of a visit alone', () => {
    expect(document.activeElement?.tagName).not.toBe('H1');
    expect(announce).not.toHaveBeenCalled();
  });

  it('moves focus to the new page’s heading and announces its title', async () => {
    await router.navigateByUrl('/cycles');
    await settle();

    expect(document.activeElement?.textContent).toBe('Reporting cycles');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    expect(announce).toHaveBeenCalledOnceWith(
      'Reporting cycles · Prague Process Monitor',
      'polite',
    );
  });

  it('stays put when only the query changes (filters, sorting)', async () => {
    await router.navigateByUrl('/cycles');
    await settle();
    const link = document.querySelector<HTMLAnchorElement>('main a')!;
    link.focus();

    await router.navigateByUrl('/cycles?status=late');
    await settle();

    expect(document.activeElement).toBe(link);
    expect(announce).toHaveBeenCalledTimes(1);
  });
});
