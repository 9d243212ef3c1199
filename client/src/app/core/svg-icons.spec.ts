import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIcon, MatIconRegistry } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

import { provideSvgIcons } from './svg-icons';

const HOME_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 -960 960 960"><path d="M220-180h150"/></svg>';

@Component({
  imports: [MatIcon],
  template: `
    <mat-icon svgIcon="home" />
    <mat-icon svgIcon="home" class="again" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TwoHomeIcons {}

describe('provideSvgIcons', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideSvgIcons(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('when a page shows an icon, twice', () => {
    let host: HTMLElement;
    let requests: TestRequest[];

    beforeEach(async () => {
      const fixture = TestBed.createComponent(TwoHomeIcons);
      host = fixture.nativeElement as HTMLElement;
      fixture.detectChanges();
      requests = backend.match({ method: 'GET', url: '/icons/home.svg' });
      requests.forEach((request) => request.flush(HOME_SVG));
      await fixture.whenStable();
    });

    it('fetches its SVG once, from our own origin', () => {
      expect(requests.length).toBe(1);
    });

    it('inlines the SVG in both places, filling the icon box and hidden from screen readers', () => {
      const icons = Array.from(host.querySelectorAll('mat-icon'));
      expect(icons.length).toBe(2);
      for (const icon of icons) {
        const svg = icon.querySelector('svg');
        expect(svg?.querySelector('path')?.getAttribute('d')).toBe('M220-180h150');
        expect(svg?.getAttribute('width')).toBe('100%');
        expect(icon.getAttribute('aria-hidden')).toBe('true');
      }
    });
  });

  describe('for a name that is not a Material Symbol', () => {
    it('asks for nothing, so a made-up path cannot reach the server', async () => {
      const registry = TestBed.inject(MatIconRegistry);

      await expectAsync(firstValueFrom(registry.getNamedSvgIcon('../index'))).toBeRejected();
      await expectAsync(firstValueFrom(registry.getNamedSvgIcon('home', 'other'))).toBeRejected();
      backend.expectNone(() => true);
    });
  });
});
