import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { PlanSaveAlert } from './plan-save-alert';

@Component({
  selector: 'app-plan-save-alert-host',
  imports: [PlanSaveAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-plan-save-alert
      [stale]="stale()"
      [failed]="failed()"
      (reloadClicked)="reloads = reloads + 1"
    />
  `,
})
class Host {
  readonly stale = signal(false);
  readonly failed = signal(false);
  reloads = 0;
}

describe('PlanSaveAlert', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideTranslocoForTests('en'), provideIconsForTests()],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const shown = (): string => (fixture.nativeElement as HTMLElement).textContent.trim();

  async function set(stale: boolean, failed: boolean): Promise<void> {
    fixture.componentInstance.stale.set(stale);
    fixture.componentInstance.failed.set(failed);
    await fixture.whenStable();
  }

  it('says nothing while all is well', () => {
    expect(shown()).toBe('');
  });

  it('says that saving failed', async () => {
    await set(false, true);

    expect(shown()).toBe('The change could not be saved. Please try again.');
  });

  it('rather says that the plan changed meanwhile, and offers to reload it', async () => {
    await set(true, true);

    expect(shown()).toContain('Someone else changed the plan since you opened it.');
    expect(shown()).not.toContain('could not be saved');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reload the plan' }))).click();

    expect(fixture.componentInstance.reloads).toBe(1);
  });
});
