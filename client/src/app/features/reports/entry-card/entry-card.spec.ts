import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MatChipListboxHarness } from '@angular/material/chips/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import type { Locale, ReportEntry } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { type EntryPatch, type EntryView, missingAnswers } from '../data-access';
import { KEY, anAnsweredEntry, anEntry } from '../data-access/testing/report-fixture';
import { EntryCard } from './entry-card';

function viewOf(entry: ReportEntry, overrides: Partial<EntryView> = {}): EntryView {
  return {
    code: entry.actionCode,
    title: 'Exchange information on routes',
    entry,
    missing: missingAnswers(entry),
    dirty: false,
    dirtyFields: [],
    heldBack: [],
    ...overrides,
  };
}

describe('EntryCard', () => {
  let fixture: ComponentFixture<EntryCard>;
  let loader: HarnessLoader;
  let card: HTMLElement;
  let patches: EntryPatch[];

  const text = (selector: string): string => {
    const element = card.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
    element?.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  };

  async function render(
    entry: ReportEntry,
    options: { editable?: boolean; locale?: Locale; view?: Partial<EntryView> } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(EntryCard);
    fixture.componentRef.setInput('view', viewOf(entry, options.view));
    fixture.componentRef.setInput('editable', options.editable ?? true);
    fixture.componentRef.setInput('locale', locale);
    fixture.componentRef.setInput('reportKey', KEY);
    fixture.componentRef.setInput('comments', []);
    patches = [];
    fixture.componentInstance.changed.subscribe((patch) => patches.push(patch));
    loader = TestbedHarnessEnvironment.loader(fixture);
    card = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  describe('while the state writes its report', () => {
    beforeEach(() => render(anEntry('1.1')));

    it('shows the action and asks whether the state takes part', async () => {
      expect(text('.title')).toBe('1.1 Exchange information on routes');
      expect(text('.badge.missing')).toBe('Still needed: participation');
      const participation = await loader.getHarness(MatRadioGroupHarness);
      const labels = await Promise.all(
        (await participation.getRadioButtons()).map((radio) => radio.getLabelText()),
      );
      expect(labels).toEqual(['Participating', 'Not participating']);
    });

    it('emits the participation chosen', async () => {
      const participation = await loader.getHarness(MatRadioGroupHarness);
      await participation.checkRadioButton({ label: 'Participating' });

      expect(patches).toEqual([{ participation: 'participating' }]);
    });

    it('offers the four-level scale with its labels and emits the level chosen', async () => {
      const scale = await loader.getHarness(
        MatButtonToggleGroupHarness.with({ selector: '.status' }),
      );
      const toggles = await scale.getToggles();
      expect(await Promise.all(toggles.map((toggle) => toggle.getText()))).toEqual([
        'Not started',
        'Limited progress',
        'Substantial progress',
        'Completed',
      ]);

      await toggles[2].check();
      expect(patches).toEqual([{ status: 'substantial' }]);
    });

    it('writes what was done in the interface language until another is chosen', async () => {
      const narrative = await loader.getHarness(
        MatInputHarness.with({ ancestor: 'app-text-answer.narrative' }),
      );
      await narrative.setValue('Two joint operations.');

      expect(patches.at(-1)).toEqual({ narrative: { text: 'Two joint operations.', lang: 'en' } });

      const language = await loader.getHarness(
        MatButtonToggleGroupHarness.with({ ancestor: 'app-text-answer.narrative' }),
      );
      await (await language.getToggles({ text: 'RU' }))[0].check();
      expect(patches.at(-1)).toEqual({ narrative: { text: '', lang: 'ru' } });
    });

    it('emits the support categories chosen', async () => {
      const categories = await loader.getHarness(MatChipListboxHarness);
      await categories.selectChips({ text: 'Funding' });

      expect(patches.at(-1)).toEqual({
        supportNeeded: { categories: ['funding'], text: { text: '', lang: 'en' } },
      });
    });
  });

  it('collapses the rest when the state does not take part, which is a complete answer', async () => {
    await render(
      anEntry('1.2', {
        participation: 'not_participating',
        narrative: { text: 'Old text', lang: 'en' },
      }),
    );

    expect(card.querySelector('.status')).toBeNull();
    expect(card.querySelector('app-text-answer')).toBeNull();
    expect(text('.not-participating-note')).toContain('“Not participating” is a complete answer');
    expect(text('.badge.complete')).toBe('Answered');
  });

  it('keeps the support categories in the order of the list, whatever order they were clicked in', async () => {
    await render(
      anEntry('1.1', {
        participation: 'participating',
        supportNeeded: { categories: ['funding'], text: { text: '', lang: 'en' } },
      }),
    );
    const categories = await loader.getHarness(MatChipListboxHarness);
    await categories.selectChips({ text: 'Training' });

    expect(patches.at(-1)?.supportNeeded?.categories).toEqual(['training', 'funding']);
  });

  it('counts the characters of a text against the limit', async () => {
    await render(anAnsweredEntry('1.1', { narrative: { text: 'Два тренинга.', lang: 'ru' } }));

    expect(text('app-text-answer.narrative .mat-mdc-form-field-hint-end')).toBe('13 / 10 000');
    expect(card.querySelector('app-text-answer.narrative textarea')?.getAttribute('lang')).toBe(
      'ru',
    );
  });

  it('asks to review an entry carried over, and lets the person confirm it as still valid', async () => {
    await render(anAnsweredEntry('2.1', { carriedOver: true }));
    let reviewed = 0;
    fixture.componentInstance.reviewed.subscribe(() => (reviewed += 1));

    expect(text('.carried-over')).toContain(
      'Carried over from the last approved report — please review.',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Still valid' }))).click();
    expect(reviewed).toBe(1);
  });

  it("shows the Secretariat's comment on a returned entry", async () => {
    await render(anAnsweredEntry('1.1', { reviewComment: 'Please add the 2026 figures.' }));

    expect(text('.review-comment')).toBe("The Secretariat's comment: Please add the 2026 figures.");
  });

  it('reads, without a single field, when the report cannot be changed', async () => {
    await render(anAnsweredEntry('1.1'), { editable: false });

    expect(card.querySelector('textarea, input')).toBeNull();
    expect(text('app-entry-answers')).toContain('What was done Two trainings held under 1.1.');
    expect(text('app-entry-answers')).toContain('Implementation status Limited progress');
  });

  it('speaks Russian to a Russian reader', async () => {
    await render(anEntry('1.1', { participation: 'participating' }), { locale: 'ru' });

    const scale = await loader.getHarness(
      MatButtonToggleGroupHarness.with({ selector: '.status' }),
    );
    const labels = await Promise.all((await scale.getToggles()).map((toggle) => toggle.getText()));
    expect(labels).toEqual([
      'Не начато',
      'Ограниченный прогресс',
      'Существенный прогресс',
      'Выполнено',
    ]);
    expect(text('.badge.missing')).toBe('Осталось заполнить: ход выполнения, что сделано');
    expect(card.querySelector('app-text-answer.narrative textarea')?.getAttribute('lang')).toBe(
      'ru',
    );
  });
});
