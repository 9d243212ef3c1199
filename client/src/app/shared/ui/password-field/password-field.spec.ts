import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { requiredValue } from '../../../core/forms';
import { PasswordField } from './password-field';

@Component({
  selector: 'app-password-field-host',
  imports: [PasswordField, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <app-password-field
        toggle
        autocomplete="new-password"
        label="New password"
        hint="At least 12 characters"
        [control]="form.controls.password"
        [messages]="{ required: 'forms.passwordRequired' }"
        [(visible)]="visible"
      />
      <app-password-field
        autocomplete="new-password"
        label="Repeat"
        [control]="form.controls.repeat"
        [(visible)]="visible"
      />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: requiredValue }),
    repeat: new FormControl('', { nonNullable: true }),
  });
  readonly visible = signal(false);
}

describe('PasswordField', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests('en'), provideIconsForTests()],
    });
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const field = (label: string): Promise<MatFormFieldHarness> =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));

  async function input(label: string): Promise<MatInputHarness> {
    return (await (await field(label)).getControl(MatInputHarness))!;
  }

  it('takes a required password, hidden, and says what it should be', async () => {
    const password = await input('New password');
    expect(await password.getType()).toBe('password');
    expect(await password.isRequired()).toBeTrue();
    expect(await (await password.host()).getAttribute('autocomplete')).toBe('new-password');
    expect(await (await field('New password')).getTextHints()).toEqual(['At least 12 characters']);
  });

  it('shows the problem once the person has been in the field', async () => {
    fixture.componentInstance.form.markAllAsTouched();
    await fixture.whenStable();

    expect(await (await field('New password')).getTextErrors()).toEqual(['Enter the password']);
  });

  it('types into the control it is given', async () => {
    await (await input('Repeat')).setValue('Silk Road caravans');

    expect(fixture.componentInstance.form.controls.repeat.value).toBe('Silk Road caravans');
  });

  it('shows the passwords of every field that follows its toggle, and hides them again', async () => {
    const toggles = await loader.getAllHarnesses(
      MatButtonHarness.with({ selector: '.visibility-toggle' }),
    );
    expect(toggles.length).toBe(1);
    const toggle = toggles[0];
    const host = await toggle.host();
    expect(await host.getAttribute('aria-label')).toBe('Show password');
    expect(await host.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();

    expect(await host.getAttribute('aria-pressed')).toBe('true');
    expect(await (await input('New password')).getType()).toBe('text');
    expect(await (await input('Repeat')).getType()).toBe('text');
    expect(fixture.componentInstance.visible()).toBeTrue();

    await toggle.click();

    expect(await (await input('Repeat')).getType()).toBe('password');
  });
});
