import { type HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSidenavHarness } from '@angular/material/sidenav/testing';
import { provideRouter } from '@angular/router';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { type NavItem } from '../nav-items';
import { NavLayout } from './nav-layout';

const ITEMS: readonly NavItem[] = [
  { route: '/', icon: 'dashboard', labelKey: 'nav.overview', exact: true },
  { route: '/states', icon: 'public', labelKey: 'nav.states' },
];

/** Where the links lead. */
@Component({
  selector: 'app-nav-target',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

@Component({
  selector: 'app-nav-layout-host',
  imports: [NavLayout],
  template: `
    <app-nav-layout [items]="items()" [narrow]="narrow()" [(opened)]="opened">
      <p class="page">The page</p>
    </app-nav-layout>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly items = signal<readonly NavItem[]>(ITEMS);
  readonly narrow = signal(false);
  readonly opened = signal(true);
}

describe('NavLayout', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let page: HTMLElement;

  async function render(setUp: (host: Host) => void): Promise<void> {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(Host);
    setUp(fixture.componentInstance);
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const followLink = async (route: string): Promise<void> => {
    page.querySelector<HTMLAnchorElement>(`nav a[href="${route}"]`)?.click();
    await fixture.whenStable();
  };

  describe('on a wide screen', () => {
    beforeEach(() => render(() => undefined));

    it('shows the navigation open beside the page', async () => {
      const sidenav = await loader.getHarness(MatSidenavHarness);

      expect(await sidenav.getMode()).toBe('side');
      expect(await sidenav.isOpen()).toBeTrue();
      expect(page.querySelector('mat-sidenav-content .page')?.textContent).toBe('The page');
    });

    it('names the links and marks the current page', async () => {
      await followLink('/states');

      const links = Array.from(page.querySelectorAll('nav a'));
      expect(links.map((link) => link.querySelector('.nav-label')?.textContent.trim())).toEqual([
        'Overview',
        'States and regions',
      ]);
      expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, 'page']);
    });

    it('stays open after a link is followed', async () => {
      await followLink('/states');

      expect(fixture.componentInstance.opened()).toBeTrue();
      expect(await (await loader.getHarness(MatSidenavHarness)).isOpen()).toBeTrue();
    });
  });

  describe('on a narrow screen, opened from the menu button', () => {
    beforeEach(() => render((host) => host.narrow.set(true)));

    it('slides the navigation over the page', async () => {
      const sidenav = await loader.getHarness(MatSidenavHarness);

      expect(await sidenav.getMode()).toBe('over');
      expect(await sidenav.isOpen()).toBeTrue();
    });

    it('closes it after a link is followed, and says so to the toolbar', async () => {
      await followLink('/states');

      expect(fixture.componentInstance.opened()).toBeFalse();
      expect(await (await loader.getHarness(MatSidenavHarness)).isOpen()).toBeFalse();
    });
  });

  describe('without items (signed out, or a one-time password to replace)', () => {
    beforeEach(() => render((host) => host.items.set([])));

    it('shows no navigation, only the page', async () => {
      expect(page.querySelector('nav')).toBeNull();
      expect(await loader.getAllHarnesses(MatSidenavHarness)).toEqual([]);
      expect(page.querySelector('.page')?.textContent).toBe('The page');
    });
  });
});
