import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIcon, MatIconRegistry } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

import { ICON_NAMES } from './icon-names';
import { registerIconSet } from './icon-set';
import { IconSet, provideIconSet } from './provide-icon-set';

@Component({
  imports: [MatIcon],
  template: `<mat-icon svgIcon="home" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HomeIcon {}

/** Waits (at most a second) for something the app does after its start. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; waited < 1000 && !condition(); waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('The icon set', () => {
  let backend: HttpTestingController;

  afterEach(() => backend.verify());

  describe('once registered', () => {
    let registry: MatIconRegistry;

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting()],
      });
      backend = TestBed.inject(HttpTestingController);
      registry = TestBed.inject(MatIconRegistry);
      registerIconSet(TestBed.inject(Injector));
    });

    it('draws an icon in place, in the box mat-icon gives it, hidden from screen readers and with no request', async () => {
      const fixture = TestBed.createComponent(HomeIcon);
      fixture.detectChanges();
      await fixture.whenStable();

      const icon = (fixture.nativeElement as HTMLElement).querySelector('mat-icon');
      const svg = icon?.querySelector('svg');
      expect(svg?.getAttribute('viewBox')).toBe('0 -960 960 960');
      expect(svg?.getAttribute('width')).toBe('100%');
      expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
      expect(svg?.hasAttribute('id')).toBeFalse();
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      backend.expectNone(() => true);
    });

    it('holds every name of ICON_NAMES, each drawn with paths only', async () => {
      for (const name of ICON_NAMES) {
        const svg = await firstValueFrom(registry.getNamedSvgIcon(name));
        const drawn = Array.from(svg.querySelectorAll('*'), (element) =>
          element.tagName.toLowerCase(),
        );
        expect(drawn.length).withContext(name).toBeGreaterThan(0);
        expect(drawn.every((tag) => tag === 'path'))
          .withContext(name)
          .toBeTrue();
        expect(svg.querySelector('[style]')).withContext(name).toBeNull();
      }
    });

    it('refuses a name it does not hold, asking the server for nothing', async () => {
      await expectAsync(firstValueFrom(registry.getNamedSvgIcon('hom'))).toBeRejected();
      await expectAsync(firstValueFrom(registry.getNamedSvgIcon('../index'))).toBeRejected();
      backend.expectNone(() => true);
    });
  });

  describe('provided to the app', () => {
    it('becomes ready soon after the start, and mat-icon then draws from it', async () => {
      TestBed.configureTestingModule({
        providers: [provideIconSet(), provideHttpClient(), provideHttpClientTesting()],
      });
      backend = TestBed.inject(HttpTestingController);
      const iconSet = TestBed.inject(IconSet);

      await until(() => iconSet.ready());

      expect(iconSet.ready()).toBeTrue();
      const svg = await firstValueFrom(TestBed.inject(MatIconRegistry).getNamedSvgIcon('menu'));
      expect(svg.querySelector('path')).not.toBeNull();
    });
  });
});
