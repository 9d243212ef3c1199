import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { RowFields } from './row-fields';
import { RowList, type RowListOptions } from './row-list';

interface Link {
  readonly title: string;
  readonly url: string;
}

@Component({
  selector: 'app-row-list-host',
  imports: [RowFields, RowList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-row-list
      [rows]="rows()"
      [options]="options"
      (rowsChange)="changed($event)"
      (blurred)="blurs = blurs + 1"
    >
      <ng-template [appRowFields]="rows()" let-link let-update="update">
        <input
          class="title"
          [value]="link.title"
          (input)="update({ title: $any($event.target).value })"
        />
        <input class="url" [value]="link.url" />
      </ng-template>
    </app-row-list>
  `,
})
class Host {
  readonly rows = signal<readonly Link[]>([
    { title: 'Law', url: 'https://example.org/law' },
    { title: '', url: 'https://example.org/decree' },
  ]);
  readonly emitted: Link[][] = [];
  blurs = 0;
  readonly options: RowListOptions<Link> = {
    newRow: () => ({ title: '', url: '' }),
    isComplete: (link) => link.title !== '' && link.url !== '',
    max: 3,
    addIcon: 'add_link',
    labels: {
      row: 'reports.entry.links.row',
      remove: 'reports.entry.links.remove',
      incomplete: 'reports.entry.links.incomplete',
      add: 'reports.entry.links.add',
    },
  };

  changed(rows: Link[]): void {
    this.emitted.push(rows);
    this.rows.set(rows);
  }
}

describe('RowList', () => {
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

  const page = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const groups = (): HTMLElement[] => Array.from(page().querySelectorAll('[role="group"]'));

  it('draws a numbered group of the given fields per row', () => {
    expect(groups().map((group) => group.getAttribute('aria-label'))).toEqual(['Link 1', 'Link 2']);
    expect(
      groups().map((group) => group.querySelector<HTMLInputElement>('input.url')!.value),
    ).toEqual(['https://example.org/law', 'https://example.org/decree']);
  });

  it('says under a row that is not complete that it waits on the device', () => {
    expect(groups()[0].querySelector('.incomplete')).toBeNull();
    expect(groups()[1].querySelector('.incomplete')?.textContent).toContain(
      'Kept on this device until then.',
    );
  });

  it('emits the rows with the edited row changed and the others as they were', async () => {
    const title = groups()[1].querySelector<HTMLInputElement>('input.title')!;
    title.value = 'Decree';
    title.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(fixture.componentInstance.emitted).toEqual([
      [
        { title: 'Law', url: 'https://example.org/law' },
        { title: 'Decree', url: 'https://example.org/decree' },
      ],
    ]);
    expect(groups()[1].querySelector('.incomplete')).toBeNull();
  });

  it('removes a row by its numbered button and asks for a save', async () => {
    const remove = await loader.getHarness(
      MatButtonHarness.with({ selector: '[aria-label="Remove link 1"]' }),
    );
    await remove.click();

    expect(fixture.componentInstance.emitted).toEqual([
      [{ title: '', url: 'https://example.org/decree' }],
    ]);
    expect(fixture.componentInstance.blurs).toBe(1);
    expect(groups().length).toBe(1);
  });

  it('adds an empty row and puts the cursor in its first field', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Add a link/ }))).click();
    await fixture.whenStable();

    expect(fixture.componentInstance.emitted).toEqual([
      [
        { title: 'Law', url: 'https://example.org/law' },
        { title: '', url: 'https://example.org/decree' },
        { title: '', url: '' },
      ],
    ]);
    expect(document.activeElement).toBe(groups()[2].querySelector('input.title'));
  });

  it('offers no more rows than the most there may be', async () => {
    const add = await loader.getHarness(MatButtonHarness.with({ text: /Add a link/ }));
    await add.click();

    expect(await add.isDisabled()).toBeTrue();
  });
});
