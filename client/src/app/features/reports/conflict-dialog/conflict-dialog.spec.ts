import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { ConflictDialog, type ConflictDecision, type ConflictDialogData } from './conflict-dialog';

@Component({
  selector: 'app-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('ConflictDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let dialogRef: MatDialogRef<ConflictDialog, ConflictDecision[]>;
  let decisions: ConflictDecision[] | undefined;

  const data: ConflictDialogData = {
    titles: { '1.2': 'Strengthen border management', '2.1': 'Support voluntary return' },
    conflicts: [
      {
        actionCode: '1.2',
        field: 'narrative',
        mine: { text: 'A new law was adopted.', lang: 'en' },
        theirs: { text: 'Three joint operations.', lang: 'en' },
      },
      { actionCode: '2.1', field: 'status', mine: 'completed', theirs: 'limited' },
    ],
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests('en'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    dialogRef = TestBed.inject(MatDialog).open<
      ConflictDialog,
      ConflictDialogData,
      ConflictDecision[]
    >(ConflictDialog, { data, disableClose: true });
    decisions = undefined;
    dialogRef.afterClosed().subscribe((result) => (decisions = result));
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  const dialogText = async (): Promise<string> =>
    (await (await loader.getHarness(MatDialogHarness)).getText()).replace(/\s+/g, ' ');

  it("shows, per field, their version beside the person's text", async () => {
    const sections = Array.from(document.querySelectorAll('app-conflict-dialog .conflict')).map(
      (section) =>
        [
          '.field-title',
          '.theirs h4',
          '.theirs app-field-value',
          '.mine h4',
          '.mine app-field-value',
        ].map((selector) =>
          section.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim(),
        ),
    );

    expect(await dialogText()).toContain('Nothing is overwritten until you decide.');
    expect(sections).toEqual([
      [
        '1.2 Strengthen border management · What was done',
        'Their version (saved)',
        'Three joint operations.',
        'Your text',
        'A new law was adopted.',
      ],
      [
        '2.1 Support voluntary return · Implementation status',
        'Their version (saved)',
        'Limited progress',
        'Your text',
        'Completed',
      ],
    ]);
  });

  it('decides nothing for the person: it applies only once every field has a choice', async () => {
    const apply = await loader.getHarness(MatButtonHarness.with({ text: 'Apply and save' }));
    expect(await apply.isDisabled()).toBeTrue();

    const [first, second] = await loader.getAllHarnesses(MatRadioGroupHarness);
    await first.checkRadioButton({ label: 'Keep mine' });
    expect(await apply.isDisabled()).toBeTrue();

    await second.checkRadioButton({ label: 'Take theirs' });
    await apply.click();

    expect(decisions).toEqual([
      { actionCode: '1.2', field: 'narrative', choice: 'mine' },
      { actionCode: '2.1', field: 'status', choice: 'theirs' },
    ]);
  });

  it("keeps all of the person's texts in one go", async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Keep all mine' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Apply and save' }))).click();

    expect(decisions?.map((decision) => decision.choice)).toEqual(['mine', 'mine']);
  });
});
