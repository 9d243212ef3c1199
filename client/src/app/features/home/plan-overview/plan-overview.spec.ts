import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCardHarness } from '@angular/material/card/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { ActionPlanView, Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import type { PlanStatus } from '../../action-plan/data-access';
import { planFixture, planWithRetired } from '../../action-plan/data-access/testing/plan-fixture';
import { summariseActionPlan } from '../data-access';
import { PlanOverview } from './plan-overview';

describe('PlanOverview', () => {
  let fixture: ComponentFixture<PlanOverview>;
  let loader: HarnessLoader;
  let retried: number;
  let page: HTMLElement;

  const textOf = (selector: string): string =>
    page.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(
    plan: ActionPlanView | null,
    status: PlanStatus,
    locale: Locale = 'en',
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests(locale), provideIconsForTests()],
    });
    fixture = TestBed.createComponent(PlanOverview);
    fixture.componentRef.setInput('overview', plan ? summariseActionPlan(plan, locale) : null);
    fixture.componentRef.setInput('status', status);
    retried = 0;
    fixture.componentInstance.retry.subscribe(() => (retried += 1));
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  /** The plan's key facts as [label, value] pairs. */
  const facts = (): string[][] =>
    Array.from(page.querySelectorAll('.fact')).map((fact) => [
      fact.querySelector('dt')?.textContent.trim() ?? '',
      fact.querySelector('dd')?.textContent.trim() ?? '',
    ]);

  describe('while the plan is on its way', () => {
    beforeEach(() => render(null, 'loading'));

    it('shows a skeleton of the plan and six cards, announced as loading', async () => {
      expect(textOf('h2')).toBe('About the action plan');
      expect(page.querySelector('.skeleton')?.getAttribute('aria-label')).toBe(
        'Loading the action plan…',
      );
      expect(page.querySelectorAll('.skeleton-card').length).toBe(6);
      expect(await loader.getAllHarnesses(MatCardHarness)).toEqual([]);
    });
  });

  describe('when the plan could not be loaded', () => {
    beforeEach(() => render(null, 'failed'));

    it('says so and tries again on request', async () => {
      expect(textOf('.load-failed')).toContain('The action plan could not be loaded.');
      expect(page.querySelector('.skeleton')).toBeNull();

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

      expect(retried).toBe(1);
    });
  });

  describe('in English', () => {
    beforeEach(() => render(planFixture(), 'loaded'));

    it('introduces the Action Plan 2023-2027 with its period and size', () => {
      expect(textOf('h2')).toBe('About the action plan');
      expect(textOf('#plan-title')).toBe('Prague Process Action Plan 2023-2027');
      expect(facts()).toEqual([
        ['Period', '2023–2027'],
        ['Cooperation areas', '6'],
        ['Actions', '53'],
      ]);
    });

    it('says that the actions are illustrative', () => {
      expect(textOf('.note')).toContain('illustrative');
    });

    it('lists the six cooperation areas as cards, in plan order', async () => {
      const cards = await loader.getAllHarnesses(MatCardHarness);

      expect(cards.length).toBe(6);
      expect(await cards[0].getTitleText()).toBe('Preventing and fighting illegal migration');
      expect(await cards[5].getTitleText()).toBe(
        'Strengthening capacities in the area of asylum and international protection',
      );
      expect(await cards[2].getSubtitleText()).toBe('Area 3 · Legal and labour migration');
    });

    it('shows how many actions each area has', async () => {
      const cards = await loader.getAllHarnesses(MatCardHarness);

      expect(await cards[0].getText()).toContain('Actions: 9');
      expect(await cards[3].getText()).toContain('Actions: 8');
    });
  });

  describe('after actions were retired', () => {
    beforeEach(() => render(planWithRetired(['1.1', '1.2']), 'loaded'));

    it('counts only the actions in force', async () => {
      const cards = await loader.getAllHarnesses(MatCardHarness);

      expect(facts()[2]).toEqual(['Actions', '51']);
      expect(await cards[0].getText()).toContain('Actions: 7');
    });
  });

  describe('in Russian', () => {
    beforeEach(async () => {
      await render(planFixture(), 'loaded', 'ru');
      TestBed.inject(TranslocoService).setActiveLang('ru');
      await fixture.whenStable();
    });

    it('introduces the plan in Russian', () => {
      expect(textOf('h2')).toBe('О плане действий');
      expect(textOf('#plan-title')).toBe('План действий Пражского процесса на 2023-2027 годы');
      expect(facts()).toEqual([
        ['Период', '2023–2027 гг.'],
        ['Области сотрудничества', '6'],
        ['Действия', '53'],
      ]);
    });

    it('shows the areas and their action counts in Russian', async () => {
      const cards = await loader.getAllHarnesses(MatCardHarness);

      expect(cards.length).toBe(6);
      expect(await cards[0].getTitleText()).toBe(
        'Предотвращение незаконной миграции и борьба с ней',
      );
      expect(await cards[0].getSubtitleText()).toBe('Область 1 · Нерегулярная миграция');
      expect(await cards[0].getText()).toContain('Действий: 9');
      expect(await cards[3].getText()).toContain('Действий: 8');
    });
  });
});
