import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatBadgeHarness } from '@angular/material/badge/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  NotificationsBellActions,
  NotificationsRegistration,
  type NotificationsStatus,
  selectNotificationViews,
  selectNotificationsStatus,
  selectUnreadCount,
  toNotificationViews,
} from '../data-access';
import {
  CHECKED_AT,
  CYCLE_ID,
  NOTIFICATIONS,
  SUBMITTED,
} from '../data-access/testing/notifications-fixture';
import { NotificationsBell } from './notifications-bell';

@Component({
  selector: 'app-blank',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

interface RenderOptions {
  locale?: Locale;
  unread?: number;
  empty?: boolean;
  status?: NotificationsStatus;
}

describe('NotificationsBell', () => {
  let fixture: ComponentFixture<NotificationsBell>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let register: jasmine.Spy;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(options: RenderOptions = {}): Promise<void> {
    const locale = options.locale ?? 'en';
    register = jasmine.createSpy('register');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: NotificationsRegistration, useValue: { register } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(
      selectNotificationViews,
      options.empty ? [] : toNotificationViews(NOTIFICATIONS, CHECKED_AT, locale, 'secretariat'),
    );
    store.overrideSelector(selectUnreadCount, options.unread ?? 2);
    store.overrideSelector(selectNotificationsStatus, options.status ?? 'loaded');
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    TestBed.inject(TranslocoService).setActiveLang(locale);
    fixture = TestBed.createComponent(NotificationsBell);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const bell = () => loader.getHarness(MatButtonHarness.with({ selector: '.bell' }));
  const bellIcon = async () =>
    (await loader.getHarness(MatIconHarness.with({ ancestor: '.bell' }))).getName();
  const panel = () => document.querySelector('.notifications-overlay .panel');
  const items = () => Array.from(document.querySelectorAll('.notifications-overlay .item'));

  async function openPanel(): Promise<void> {
    await (await bell()).click();
    await fixture.whenStable();
  }

  describe('with unread notifications', () => {
    beforeEach(() => render());

    it('registers its store, and dispatches nothing until it is used', () => {
      expect(register).toHaveBeenCalledTimes(1);
      expect(dispatch).not.toHaveBeenCalled();
    });

    it('shows the unread count on the bell, and says it to screen readers', async () => {
      const badge = await loader.getHarness(MatBadgeHarness);

      expect(await bellIcon()).toBe('notifications_unread');
      expect(await badge.getText()).toBe('2');
      expect(await badge.isHidden()).toBeFalse();
      expect(await (await (await bell()).host()).getAttribute('aria-label')).toBe(
        'Notifications, 2 unread',
      );
    });

    it('opens a panel with the newest notifications, the unread ones marked', async () => {
      await openPanel();

      expect(dispatch).toHaveBeenCalledWith(NotificationsBellActions.panelOpened());
      expect(text(panel()?.querySelector('h2'))).toBe('Notifications');
      expect(
        items().map((item) => [
          text(item.querySelector('.item-text')),
          text(item.querySelector('.item-time')),
          item.classList.contains('unread'),
        ]),
      ).toEqual([
        [NOTIFICATIONS[0].text.en, '5 minutes ago', true],
        [NOTIFICATIONS[1].text.en, '3 hours ago', true],
        [NOTIFICATIONS[2].text.en, '2 days ago', false],
      ]);
      expect(items()[0].querySelector('.unread-dot')?.getAttribute('aria-label')).toBe('Unread');
    });

    it('marks a notification read and opens its report', async () => {
      await openPanel();
      (items()[0] as HTMLAnchorElement).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        NotificationsBellActions.notificationOpened({
          id: SUBMITTED.id,
          at: jasmine.any(String) as unknown as string,
        }),
      );
      expect(TestBed.inject(Router).url).toBe(`/reports/${CYCLE_ID}/KZ/review`);
      expect(panel()).toBeNull();
    });

    it('opens a read notification without marking it again', async () => {
      await openPanel();
      (items()[2] as HTMLAnchorElement).click();
      await fixture.whenStable();

      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: NotificationsBellActions.notificationOpened.type }),
      );
      expect(TestBed.inject(Router).url).toBe(`/cycles/${CYCLE_ID}`);
    });

    it('marks all as read', async () => {
      await openPanel();
      await (await loader.getHarness(MatButtonHarness.with({ text: /Mark all as read/ }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        NotificationsBellActions.markAllReadClicked({
          at: jasmine.any(String) as unknown as string,
        }),
      );
    });

    it('closes the panel with Escape, back on the bell', async () => {
      await openPanel();
      panel()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await fixture.whenStable();

      expect(panel()).toBeNull();
      expect(document.activeElement?.classList.contains('bell')).toBeTrue();
    });
  });

  describe('without unread notifications', () => {
    it('hides the badge and offers nothing to mark', async () => {
      await render({ unread: 0 });
      await openPanel();

      expect(await (await loader.getHarness(MatBadgeHarness)).isHidden()).toBeTrue();
      expect(await bellIcon()).toBe('notifications');
      expect(
        await (
          await loader.getHarness(MatButtonHarness.with({ text: /Mark all as read/ }))
        ).isDisabled(),
      ).toBeTrue();
    });

    it('says what will appear there', async () => {
      await render({ unread: 0, empty: true });
      await openPanel();

      expect(text(panel()?.querySelector('.state'))).toContain('No notifications yet');
    });

    it('shows at most "99+"', async () => {
      await render({ unread: 140 });

      expect(await (await loader.getHarness(MatBadgeHarness)).getText()).toBe('99+');
    });
  });

  describe('in Russian', () => {
    beforeEach(() => render({ locale: 'ru' }));

    it('speaks Russian', async () => {
      await openPanel();

      expect(await (await (await bell()).host()).getAttribute('aria-label')).toBe(
        'Уведомления, непрочитанных: 2',
      );
      expect(text(panel()?.querySelector('h2'))).toBe('Уведомления');
      expect(text(items()[1].querySelector('.item-text'))).toBe(NOTIFICATIONS[1].text.ru);
      expect(text(items()[1].querySelector('.item-time'))).toBe('3 часа назад');
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: /Отметить все как прочитанные/ })),
      ).toBeTruthy();
    });
  });
});
