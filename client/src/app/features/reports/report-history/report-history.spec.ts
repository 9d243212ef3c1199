import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { RevisionComparison, RevisionSummary } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { ReportHistory } from './report-history';

const by = { id: 'u1', name: 'Aigerim Bekova', role: 'focal_point' as const };
const revisions: RevisionSummary[] = [
  {
    version: 3,
    at: '2026-11-22T09:00:00.000Z',
    by,
    kind: 'saved',
    changes: [{ actionCode: '1.1', fields: ['status', 'narrative'] }],
  },
  {
    version: 2,
    at: '2026-11-21T09:00:00.000Z',
    by,
    kind: 'file_added',
    changes: [{ actionCode: '1.2', fields: ['files', 'carriedOver'] }],
  },
  { version: 1, at: '2026-11-20T09:00:00.000Z', by, kind: 'created', changes: [] },
];

describe('ReportHistory', () => {
  let fixture: ComponentFixture<ReportHistory>;
  let loader: HarnessLoader;
  let compared: { from: number; to: number }[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests('en'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(ReportHistory);
    fixture.componentRef.setInput('revisions', revisions);
    fixture.componentRef.setInput('locale', 'en');
    fixture.componentRef.setInput('titles', { '1.1': 'Exchange information on routes' });
    compared = [];
    fixture.componentInstance.compared.subscribe((range) => compared.push(range));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const text = (selector: string): string[] =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll(selector)).map((element) =>
      element.textContent.replace(/\s+/g, ' ').trim(),
    );

  it('lists who changed which answers, newest first', () => {
    expect(text('.revision .changes')).toEqual([
      '1.1: Implementation status, What was done',
      '1.2: Files, confirmed as still valid',
    ]);
    expect(text('.revision .what')[0]).toContain('Saved · Aigerim Bekova · 22 Nov 2026');
  });

  it('compares two picked revisions, the older first', async () => {
    const compare = await loader.getHarness(MatButtonHarness.with({ text: 'Compare' }));
    expect(await compare.isDisabled()).toBeTrue();

    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    await boxes[0].check();
    await boxes[2].check();
    await compare.click();

    expect(compared).toEqual([{ from: 1, to: 3 }]);
  });

  it('shows a comparison side by side, field by field', async () => {
    const comparison: RevisionComparison = {
      from: revisions[1],
      to: revisions[0],
      entries: [
        { actionCode: '1.1', fields: [{ field: 'status', from: 'limited', to: 'completed' }] },
      ],
    };
    fixture.componentRef.setInput('comparison', comparison);
    await fixture.whenStable();

    expect(text('.comparison h4')).toEqual(['Revision 2 and revision 3']);
    expect(text('.comparison .entry h5')).toEqual(['1.1 Exchange information on routes']);
    expect(text('.comparison .side-label')).toEqual(['Revision 2', 'Revision 3']);
    expect(text('.comparison .side app-field-value')).toEqual(['Limited progress', 'Completed']);
  });
});
