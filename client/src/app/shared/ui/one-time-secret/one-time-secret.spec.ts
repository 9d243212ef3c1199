import { Clipboard } from '@angular/cdk/clipboard';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { OneTimeSecret } from './one-time-secret';

describe('OneTimeSecret', () => {
  let fixture: ComponentFixture<OneTimeSecret>;
  let loader: HarnessLoader;
  let copy: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests('en'), provideIconsForTests()],
    });
    copy = spyOn(TestBed.inject(Clipboard), 'copy').and.returnValue(true);
    fixture = TestBed.createComponent(OneTimeSecret);
    fixture.componentRef.setInput('value', 'ppm_pat_abcdef0123456789');
    fixture.componentRef.setInput('label', 'Your new token');
    fixture.componentRef.setInput(
      'warning',
      'Copy the token now: you will not be able to see it again.',
    );
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  it('shows the secret, read-only, under its label', async () => {
    const input = await loader.getHarness(MatInputHarness);

    expect(await input.getValue()).toBe('ppm_pat_abcdef0123456789');
    expect(await input.isReadonly()).toBeTrue();
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-label')?.textContent).toBe(
      'Your new token',
    );
  });

  it('warns, as an alert, that it will not be shown again', () => {
    const alert = (fixture.nativeElement as HTMLElement).querySelector(
      '[role="alert"] .alert-text',
    );

    expect(alert?.textContent).toContain('you will not be able to see it again');
  });

  it('copies it with one click and says so', async () => {
    const button = await loader.getHarness(MatButtonHarness.with({ text: /Copy/ }));
    const icon = await button.getHarness(MatIconHarness);
    expect(await icon.getName()).toBe('content_copy');
    await button.click();

    expect(copy).toHaveBeenCalledOnceWith('ppm_pat_abcdef0123456789');
    expect(await button.getText()).toContain('Copied');
    expect(await icon.getName()).toBe('check');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.copy-status')?.textContent,
    ).toContain('Copied to the clipboard');
  });
});
