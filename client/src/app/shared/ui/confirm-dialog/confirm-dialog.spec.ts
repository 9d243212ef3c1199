import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';

import { confirm } from './confirm-dialog';

@Component({
  selector: 'app-confirm-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('ConfirmDialog', () => {
  let loader: HarnessLoader;
  let answers: boolean[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    answers = [];
    confirm(TestBed.inject(MatDialog), {
      title: 'Revoke this token?',
      message: 'Programs using "CI" will stop working at once.',
      confirm: 'Revoke',
      cancel: 'Cancel',
      destructive: true,
    }).subscribe((answer) => answers.push(answer));
    await fixture.whenStable();
  });

  it('asks the question as an alert dialog', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);

    expect(await dialog.getTitleText()).toBe('Revoke this token?');
    expect(await dialog.getContentText()).toBe('Programs using "CI" will stop working at once.');
    expect(await dialog.getRole()).toBe('alertdialog');
  });

  it('answers yes only when confirmed', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Revoke' }))).click();

    expect(answers).toEqual([true]);
  });

  it('answers no on cancel', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();

    expect(answers).toEqual([false]);
  });

  it('answers no when closed with Escape', async () => {
    await (await loader.getHarness(MatDialogHarness)).close();

    expect(answers).toEqual([false]);
  });
});
