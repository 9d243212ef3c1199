import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { provideTranslocoForTests } from '../../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../../testing/icons-testing';
import type { ChartModel } from '../chart-model';
import { provideAppCharts } from '../provide-app-charts';
import { ChartPanel, shortLabel } from './chart-panel';

const MODEL: ChartModel = {
  categories: [
    { key: '1', label: 'Illegal migration' },
    { key: '2', label: 'Return' },
  ],
  series: [
    { key: 'limited', values: [2, null] },
    { key: 'completed', label: 'Done', values: [0, 1] },
  ],
};

describe('ChartPanel', () => {
  let fixture: ComponentFixture<ChartPanel>;
  let loader: HarnessLoader;
  let element: HTMLElement;

  async function render(model: ChartModel = MODEL): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        provideAppCharts(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(ChartPanel);
    fixture.componentRef.setInput('heading', 'Entries by area');
    fixture.componentRef.setInput('kind', 'bar');
    fixture.componentRef.setInput('model', model);
    fixture.componentRef.setInput('names', { limited: 'Limited progress' });
    fixture.componentRef.setInput('unit', '%');
    fixture.componentRef.setInput('fileName', 'areas');
    loader = TestbedHarnessEnvironment.loader(fixture);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const toggle = () =>
    loader.getHarness(MatButtonHarness.with({ selector: '[data-test=chart-table-toggle]' }));
  const tableText = (): string[][] =>
    Array.from(element.querySelectorAll('tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent.trim()),
    );

  describe('with figures', () => {
    beforeEach(() => render());

    it('draws a chart described for screen readers', () => {
      const canvas = element.querySelector('canvas');
      expect(canvas?.getAttribute('role')).toBe('img');
      expect(canvas?.getAttribute('aria-label')).toBe(
        'Chart: Entries by area. Its figures are available as a table.',
      );
    });

    it('shows the same figures as a table, named, with gaps as dashes', async () => {
      await (await toggle()).click();
      expect(tableText()).toEqual([
        ['Group', 'Limited progress', 'Done'],
        ['Illegal migration', '2%', '0%'],
        ['Return', '–', '1%'],
      ]);
      expect(await (await (await toggle()).host()).getAttribute('aria-label')).toBe(
        'Show “Entries by area” as a chart',
      );
      await (await toggle()).click();
      expect(element.querySelector('canvas')).not.toBeNull();
    });

    it('downloads the drawing as a PNG named after the chart', async () => {
      const click = spyOn(HTMLAnchorElement.prototype, 'click');
      await (
        await loader.getHarness(MatButtonHarness.with({ selector: '[data-test=chart-download]' }))
      ).click();
      const link = click.calls.mostRecent().object as HTMLAnchorElement;
      expect(link.download).toBe('areas.png');
      expect(link.href).toMatch(/^data:image\/png;base64,/);
    });
  });

  it('says so when there is nothing to draw', async () => {
    await render({ categories: [{ key: '1' }], series: [{ key: 'x', values: [null] }] });
    expect(element.textContent).toContain('No figures to show yet.');
    expect(element.querySelector('canvas')).toBeNull();
  });
});

describe('shortLabel', () => {
  it('keeps a short name whole', () => {
    expect(shortLabel('Irregular migration')).toBe('Irregular migration');
  });

  it('shortens a long name at a word, with an ellipsis', () => {
    // "Strengthening capacities in" is 27 characters: the cut falls after "in".
    expect(
      shortLabel('Strengthening capacities in the area of asylum and international protection'),
    ).toBe('Strengthening capacities in…');
  });
});
