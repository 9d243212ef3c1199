import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { provideScreen } from '../../../../testing/screen-testing';
import { selectLocale } from '../../../core/i18n';
import {
  type AuditEntry,
  AuditPageActions,
  type AuditStatus,
  selectAuditEntity,
  selectAuditStatus,
  selectEntryViews,
  selectHasMore,
  toEntryView,
} from '../data-access';
import { type AuditNames, NO_AUDIT_NAMES } from '../data-access/audit-names';
import { entry } from '../data-access/testing/audit-fixture';
import { AuditPage } from './audit-page';

/** What the page loads beside the log: the names of what entries refer to. */
const NAMES: AuditNames = {
  ...NO_AUDIT_NAMES,
  cycles: {
    '64b0000000000000000000c1': { en: '2026 annual report', ru: 'Ежегодный отчёт за 2026 год' },
  },
  states: { KZ: { en: 'Kazakhstan', ru: 'Казахстан' } },
  areas: { '2': { en: 'Return and reintegration', ru: 'Возвращение и реинтеграция' } },
  actions: { '1.3': { en: 'Joint border patrols', ru: 'Совместное патрулирование границ' } },
};

const ENTRIES: AuditEntry[] = [
  entry(),
  entry({
    id: 'e2',
    at: '2026-11-27T09:30:00.000Z',
    action: 'state.updated',
    entity: 'state',
    entityId: 'KZ',
    before: { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
    after: { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: false },
  }),
  entry({
    id: 'e3',
    at: '2026-11-26T08:00:00.000Z',
    action: 'area.updated',
    entity: 'area',
    entityId: '2',
    before: { title: { en: 'Return', ru: 'Возвращение' } },
    after: { title: { en: 'Return and reintegration', ru: 'Возвращение' } },
  }),
  entry({
    id: 'e4',
    at: '2026-11-25T08:00:00.000Z',
    action: 'cycle.deadline_extended',
    entity: 'cycle',
    entityId: '64b0000000000000000000c1',
    before: { stateCode: 'KZ', deadline: '2026-12-15' },
    after: { stateCode: 'KZ', deadline: '2026-12-29' },
  }),
];

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const squash = (value: string | null): string => (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (element: Element | null | undefined): string => squash(element?.textContent ?? '');

  async function render(
    options: {
      entries?: AuditEntry[];
      status?: AuditStatus;
      hasMore?: boolean;
      entity?: string | null;
      locale?: Locale;
      phone?: boolean;
    } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideScreen(options.phone ?? false),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(
      selectEntryViews,
      (options.entries ?? ENTRIES).map((item) => toEntryView(item, NAMES, locale)),
    );
    store.overrideSelector(selectAuditStatus, options.status ?? 'loaded');
    store.overrideSelector(selectHasMore, options.hasMore ?? true);
    store.overrideSelector(selectAuditEntity, options.entity ?? null);
    store.overrideSelector(selectLocale, locale);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(AuditPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('with entries', () => {
    beforeEach(() => render());

    it('loads the newest changes when it opens', () => {
      expect(dispatch).toHaveBeenCalledWith(AuditPageActions.opened());
    });

    it('says for each change what happened, to what, who did it and when', async () => {
      const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);

      expect(panels.length).toBe(4);
      const titles = await Promise.all(panels.map(async (panel) => squash(await panel.getTitle())));

      expect(titles).toEqual([
        'Action retired Action 1.3 “Joint border patrols”',
        'State changed State: Kazakhstan',
        'Area titles changed Area 2: Return and reintegration',
        'Deadline extended Cycle: 2026 annual report',
      ]);
      const time = page.querySelector('.entry-meta time');
      expect(time?.getAttribute('datetime')).toBe('2026-11-28T14:05:00.000Z');
      const local = new Date('2026-11-28T14:05:00.000Z');
      const clock = [local.getHours(), local.getMinutes()]
        .map((part) => String(part).padStart(2, '0'))
        .join(':');
      expect(text(time)).toBe(`${local.getDate()} Nov 2026, ${clock}`);
      expect(text(page.querySelector('.actor'))).toBe('by Anna Secretariat');
    });

    it('shows the changed fields side by side when an entry is opened', async () => {
      const panel = (await loader.getAllHarnesses(MatExpansionPanelHarness))[2];
      await panel.expand();
      const rows = Array.from(page.querySelectorAll('app-audit-diff tbody tr')).map((row) =>
        Array.from(row.children).map((cell) => text(cell)),
      );

      expect(rows).toEqual([['Title › English', 'Return', 'Return and reintegration']]);
    });

    it('says yes and no for switches', async () => {
      const panel = (await loader.getAllHarnesses(MatExpansionPanelHarness))[1];
      await panel.expand();
      const row = page.querySelector('app-audit-diff tbody tr');

      expect(Array.from(row?.children ?? []).map((cell) => text(cell))).toEqual([
        'Active',
        'yes',
        'no',
      ]);
    });

    it('loads older changes on request', async () => {
      await (
        await loader.getHarness(MatButtonHarness.with({ text: /Load older changes/ }))
      ).click();

      expect(dispatch).toHaveBeenCalledWith(AuditPageActions.loadMoreClicked());
    });

    it('filters by the kind of thing changed', async () => {
      const select = await loader.getHarness(MatSelectHarness);
      await select.open();
      await select.clickOptions({ text: 'States' });

      expect(dispatch).toHaveBeenCalledWith(
        AuditPageActions.entityFilterChanged({ entity: 'state' }),
      );
    });
  });

  describe('on a phone', () => {
    beforeEach(() => render({ phone: true }));

    it('puts when and who under the subject, so the title keeps the width', async () => {
      const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);
      const clock = new Date('2026-11-28T14:05:00.000Z');
      const time = [clock.getHours(), clock.getMinutes()]
        .map((part) => String(part).padStart(2, '0'))
        .join(':');

      expect(squash(await panels[0].getTitle())).toBe(
        `Action retired Action 1.3 “Joint border patrols”${clock.getDate()} Nov 2026, ${time} · by Anna Secretariat`,
      );
      expect(page.querySelector('.entry-meta')).toBeNull();
    });
  });

  describe('on the last page', () => {
    it('says there is nothing older', async () => {
      await render({ hasMore: false });

      expect(text(page.querySelector('.end'))).toBe('This is the oldest change recorded.');
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Load older/ }))).toEqual(
        [],
      );
    });
  });

  describe('without entries', () => {
    it('says nothing was recorded yet', async () => {
      await render({ entries: [], hasMore: false });

      expect(text(page.querySelector('.empty p'))).toBe('No changes have been recorded yet.');
    });

    it('says so for the chosen kind of thing', async () => {
      await render({ entries: [], hasMore: false, entity: 'region' });

      expect(text(page.querySelector('.empty p'))).toBe(
        'No changes of this kind have been recorded yet.',
      );
    });
  });

  describe('when a page cannot be loaded', () => {
    it('keeps what is shown and offers to try again', async () => {
      await render({ status: 'failed' });

      expect((await loader.getAllHarnesses(MatExpansionPanelHarness)).length).toBe(4);
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

      expect(dispatch).toHaveBeenCalledWith(AuditPageActions.loadMoreClicked());
    });
  });

  describe('in Russian', () => {
    beforeEach(() => render({ locale: 'ru' }));

    it('translates the verbs, the subjects, the fields and the date', async () => {
      const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);
      await panels[2].expand();
      const headers = Array.from(page.querySelectorAll('app-audit-diff thead th')).map((cell) =>
        text(cell),
      );

      expect(squash(await panels[0].getTitle())).toBe(
        'Действие выведено из плана Действие 1.3 «Совместное патрулирование границ»',
      );
      expect(squash(await panels[3].getTitle())).toContain('Цикл: Ежегодный отчёт за 2026 год');
      expect(page.textContent).not.toContain('64b0000000000000000000c1');
      expect(text(page.querySelector('.entry-meta time'))).toContain('нояб.');
      expect(text(page.querySelector('.actor'))).toBe('автор: Anna Secretariat');
      expect(headers).toEqual(['Поле', 'Было', 'Стало']);
      expect(text(page.querySelector('app-audit-diff tbody th'))).toBe('Название › английский');
    });
  });
});
