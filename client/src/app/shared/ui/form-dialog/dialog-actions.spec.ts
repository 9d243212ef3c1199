import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerHarness } from '@angular/material/progress-spinner/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { DialogActions } from './dialog-actions';

@Component({
  selector: 'app-dialog-actions-form',
  imports: [DialogActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submits = submits + 1">
      <app-dialog-actions [cancelResult]="false" [busy]="busy()" [disabled]="disabled()">
        Save
      </app-dialog-actions>
    </form>
  `,
})
class FormInDialog {
  readonly busy = signal(false);
  readonly disabled = signal(false);
  submits = 0;
}

describe('DialogActions', () => {
  let fixture: ComponentFixture<FormInDialog>;
  let loader: HarnessLoader;
  let close: jasmine.Spy;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests('en'), { provide: MatDialogRef, useValue: { close } }],
    });
    fixture = TestBed.createComponent(FormInDialog);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const button = (text: string): Promise<MatButtonHarness> =>
    loader.getHarness(MatButtonHarness.with({ text }));

  async function set(busy: boolean, disabled: boolean): Promise<void> {
    fixture.componentInstance.busy.set(busy);
    fixture.componentInstance.disabled.set(disabled);
    await fixture.whenStable();
  }

  it('submits the form with the button its content labels', async () => {
    await (await button('Save')).click();

    expect(fixture.componentInstance.submits).toBe(1);
    expect(close).not.toHaveBeenCalled();
  });

  it('closes the dialog with the cancel result', async () => {
    await (await button('Cancel')).click();

    expect(close).toHaveBeenCalledOnceWith(false);
    expect(fixture.componentInstance.submits).toBe(0);
  });

  it('spins and waits while the request is on its way', async () => {
    await set(true, false);

    expect(await (await button('Save')).isDisabled()).toBeTrue();
    expect(await loader.getAllHarnesses(MatProgressSpinnerHarness)).toHaveSize(1);
    expect(await (await button('Cancel')).isDisabled()).toBeFalse();
  });

  it('waits without spinning when submitting makes no sense', async () => {
    await set(false, true);

    expect(await (await button('Save')).isDisabled()).toBeTrue();
    expect(await loader.getAllHarnesses(MatProgressSpinnerHarness)).toHaveSize(0);
  });

  it('sits in the row of dialog actions, at the end', () => {
    const row = (fixture.nativeElement as HTMLElement).querySelector('.mat-mdc-dialog-actions');

    expect(row?.classList).toContain('mat-mdc-dialog-actions-align-end');
    expect(row?.textContent).toMatch(/^\s*Cancel\s+Save\s*$/);
  });
});
