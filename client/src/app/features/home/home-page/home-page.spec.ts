import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale, User } from '@ppm/shared';

import { FOCAL_POINT, aUser } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import { OverviewPageActions, selectPlanStatus } from '../../action-plan/data-access';
import {
  type ApprovedData,
  type AreaProgress,
  type EvaluationItem,
  HomePageActions,
  type OwnReportHome,
  type OwnReportTask,
  type Part,
  type PeopleSummary,
  type ReviewDesk,
  type SecretariatHome,
  type SubmissionFigures,
  selectActionPlanOverview,
  selectApprovedData,
  selectAreaProgress,
  selectEvaluationItems,
  selectOwnReportHome,
  selectPeopleSummary,
  selectSecretariatHome,
  selectSubmissionFigures,
} from '../data-access';
import { HomePage } from './home-page';

const LOADING = { kind: 'loading' } as const;
const FAILED = { kind: 'failed' } as const;
const ready = <T>(value: T): Part<T> => ({ kind: 'ready', value });

const RETURNED_TASK: OwnReportTask = {
  cycleId: 'c-2026',
  cycleName: '2026 annual report',
  stateCode: 'KZ',
  status: 'returned',
  complete: 50,
  total: 53,
  percent: 94,
  deadline: '2026-12-15',
  daysLeft: 6,
  late: false,
  returned: ready([
    { code: '3.2', title: 'Develop labour mobility schemes' },
    { code: '6.4', title: 'Improve reception conditions' },
  ]),
  link: ['/reports', 'c-2026', 'KZ'],
};

const DESK: ReviewDesk = {
  cycleId: 'c-2026',
  cycleName: '2026 annual report',
  deadline: '2026-12-07',
  daysLeft: -2,
  expected: 5,
  waiting: [
    {
      stateCode: 'AT',
      name: 'Austria',
      link: ['/reports', 'c-2026', 'AT', 'review'],
      deadline: '2026-12-07',
      daysOverdue: 2,
    },
  ],
  late: [
    {
      stateCode: 'KZ',
      name: 'Kazakhstan',
      link: ['/cycles', 'c-2026'],
      deadline: '2026-12-04',
      daysOverdue: 5,
    },
  ],
  alsoOpen: [],
};

interface Scene {
  user: User;
  locale?: Locale;
  ownReport?: Part<OwnReportHome>;
  secretariat?: Part<SecretariatHome>;
  figures?: Part<SubmissionFigures>;
  progress?: Part<readonly AreaProgress[]>;
  evaluations?: Part<readonly EvaluationItem[]>;
  approved?: Part<ApprovedData | null>;
  people?: Part<PeopleSummary>;
}

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const textOf = (selector: string): string =>
    page.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  /** Each figure as "label: value". */
  const figures = (): string[] =>
    Array.from(page.querySelectorAll('.figure')).map(
      (figure) =>
        `${figure.querySelector('dt')?.textContent.trim()}: ${figure.querySelector('dd')?.textContent.trim()}`,
    );
  const linkTo = (text: string): string | null =>
    Array.from(page.querySelectorAll('a'))
      .find((link) => link.textContent.trim() === text)
      ?.getAttribute('href') ?? null;

  async function render(scene: Scene): Promise<void> {
    const locale = scene.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideRouter([]),
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectUser, scene.user);
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectOwnReportHome, scene.ownReport ?? LOADING);
    store.overrideSelector(selectSecretariatHome, scene.secretariat ?? LOADING);
    store.overrideSelector(selectSubmissionFigures, scene.figures ?? LOADING);
    store.overrideSelector(selectAreaProgress, scene.progress ?? LOADING);
    store.overrideSelector(selectEvaluationItems, scene.evaluations ?? LOADING);
    store.overrideSelector(selectApprovedData, scene.approved ?? LOADING);
    store.overrideSelector(selectPeopleSummary, scene.people ?? LOADING);
    store.overrideSelector(selectActionPlanOverview, null);
    store.overrideSelector(selectPlanStatus, 'loading');
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(HomePage);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('for a focal point whose report was returned', () => {
    beforeEach(() =>
      render({
        user: FOCAL_POINT,
        locale: 'en',
        ownReport: ready({ kind: 'report', task: RETURNED_TASK }),
      }),
    );

    it('reads what the page needs, the plan too', () => {
      expect(textOf('h1')).toBe('Overview');
      const opened = dispatch.calls.allArgs().map(([action]) => (action as { type: string }).type);
      expect(opened).toContain(HomePageActions.opened.type);
      expect(opened).toContain(OverviewPageActions.opened().type);
    });

    it('shows the status, completeness and days left', () => {
      expect(textOf('.status')).toBe('Returned for revision');
      expect(textOf('.figures')).toContain('50 of 53 actions answered (94 %)');
      expect(textOf('.figures')).toContain('Days left: 6');
    });

    it('links each action the Secretariat commented on, and the button to revise', () => {
      expect(textOf('.returned')).toContain('Actions the Secretariat commented on');
      expect(
        Array.from(page.querySelectorAll('.returned li')).map((item) => item.textContent.trim()),
      ).toEqual(['3.2 Develop labour mobility schemes', '6.4 Improve reception conditions']);
      expect(linkTo('Revise the report')).toBe('/reports/c-2026/KZ');
    });
  });

  describe('for a focal point without an open cycle, in Russian', () => {
    beforeEach(() =>
      render({ user: FOCAL_POINT, locale: 'ru', ownReport: ready({ kind: 'no-open-cycle' }) }),
    );

    it('says what happens next and leads to the earlier reports', () => {
      expect(textOf('.empty')).toContain(
        'Сейчас для вашего государства нет открытого отчётного цикла',
      );
      expect(linkTo('Отчёты вашего государства')).toBe('/my-report');
    });
  });

  describe('when the report could not be loaded', () => {
    beforeEach(() => render({ user: FOCAL_POINT, ownReport: FAILED }));

    it('says so and tries again on request', () => {
      expect(textOf('app-alert')).toContain('Your report could not be loaded.');
      page.querySelector<HTMLButtonElement>('app-alert button')!.click();
      expect(dispatch).toHaveBeenCalledWith(
        jasmine.objectContaining({ type: HomePageActions.retryClicked.type }),
      );
    });
  });

  describe('for the Secretariat', () => {
    const secretariat = aUser({ role: 'secretariat', name: 'Jana Novak' });

    it('lists reports to review and late states, each linked, with the figures', async () => {
      await render({
        user: secretariat,
        secretariat: ready({ kind: 'desk', desk: DESK }),
        figures: ready({
          expected: 5,
          responded: 3,
          responseRate: 60,
          submitted: 1,
          approved: 2,
          late: 1,
        }),
        progress: ready([
          { code: '1', title: 'Irregular migration', score: 55.6, reports: 4, suppressed: false },
          { code: '2', title: 'Return', score: null, reports: 2, suppressed: true },
        ]),
      });

      expect(textOf('.columns')).toContain('Waiting for your review: 1');
      expect(linkTo('Austria')).toBe('/reports/c-2026/AT/review');
      expect(textOf('.columns')).toContain('Late, not yet submitted: 1');
      expect(textOf('.columns .column:last-child li a')).toBe('Kazakhstan');
      expect(textOf('.columns .column:last-child li .muted')).toBe('Days overdue: 5');
      expect(figures()).toEqual([
        'States that reported: 3 / 5',
        'Response rate: 60 %',
        'Reports approved: 2',
      ]);
      expect(
        Array.from(page.querySelectorAll('.area')).map((area) =>
          [area.querySelector('.area-name'), area.querySelector('.score')].map((part) =>
            (part?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        ),
      ).toEqual([
        ['1 Irregular migration', '55.6 %'],
        ['2 Return', 'fewer than 3 states'],
      ]);
      expect(linkTo('Open the cycle')).toBe('/cycles/c-2026');
    });

    it('keeps the worklist when the figures are not available', async () => {
      await render({
        user: secretariat,
        secretariat: ready({ kind: 'desk', desk: DESK }),
        figures: FAILED,
        progress: FAILED,
      });

      expect(linkTo('Austria')).toBe('/reports/c-2026/AT/review');
      expect(textOf('.figures-failed')).toBe('The figures are not available right now.');
      expect(page.querySelector('app-review-desk .areas')).toBeNull();
    });

    it('says in Russian what to do when no cycle is open', async () => {
      await render({
        user: secretariat,
        locale: 'ru',
        secretariat: ready({ kind: 'no-open-cycle' }),
      });

      expect(textOf('.empty')).toContain('Открытых отчётных циклов нет');
      expect(linkTo('К отчётным циклам')).toBe('/cycles');
    });
  });

  describe('for an evaluator', () => {
    it('shows the latest approved data even when evaluations cannot be listed', async () => {
      await render({
        user: aUser({ role: 'evaluator' }),
        evaluations: FAILED,
        approved: ready({
          cycleId: 'c-2025',
          cycleName: '2025 annual report',
          open: false,
          approved: 12,
          expected: 14,
        }),
      });

      expect(page.textContent).toContain('Evaluations cannot be listed right now.');
      expect(page.textContent).toContain('Reports approved: 12 of 14 states.');
      expect(linkTo('Open the cycle')).toBe('/cycles/c-2025');
    });

    it('lists the evaluations, newest first as given, with their state', async () => {
      await render({
        user: aUser({ role: 'evaluator' }),
        evaluations: ready([
          {
            id: 'e1',
            title: 'Mid-term review',
            final: false,
            updatedAt: '2026-12-01T10:00:00.000Z',
          },
        ]),
        approved: ready(null),
      });

      expect(linkTo('Mid-term review')).toBe('/evaluations/e1');
      expect(page.textContent).toContain('Draft');
      expect(page.textContent).toContain('No reporting cycle has begun yet');
    });
  });

  describe('for an admin', () => {
    it('shows invitations waiting and the accounts', async () => {
      await render({
        user: aUser(),
        people: ready({
          pending: [{ id: '2', name: 'Jana Novak', email: 'jana@example.org' }],
          active: 7,
          deactivated: 1,
        }),
      });

      expect(page.textContent).toContain('Invitations not yet accepted: 1');
      expect(page.textContent).toContain('Jana Novak');
      expect(figures()).toEqual(['Active accounts: 7', 'Deactivated: 1']);
      expect(linkTo('Invite or manage people')).toBe('/people');
    });

    it('says nothing about invitations while the server does not tell them apart', async () => {
      await render({ user: aUser(), people: ready({ pending: null, active: 7, deactivated: 1 }) });

      expect(page.textContent).not.toContain('nvitation');
    });
  });
});
