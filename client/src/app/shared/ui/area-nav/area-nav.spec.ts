import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { provideIconsForTests } from '../../../../testing/icons-testing';
import { AreaNav, type AreaNavItem } from './area-nav';
import { AreaNavHarness } from './testing/area-nav-harness';

const ITEMS: AreaNavItem[] = [
  {
    code: '1',
    title: 'Irregular migration',
    count: '3/3',
    countLabel: '3 of 3 answered',
    done: true,
  },
  {
    code: '2',
    title: 'Return and reintegration',
    count: '1/2',
    countLabel: '1 of 2 answered',
    done: false,
    note: 'Comments from the Secretariat',
  },
  { code: '3', title: 'Legal and labour migration' },
];

@Component({
  selector: 'app-area-nav-host',
  imports: [AreaNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-area-nav
      label="Cooperation areas"
      nextLabel="Next:"
      [items]="items"
      [selected]="selected()"
      (selectedChange)="chosen.push($event); selected.set($event)"
    >
      <p class="content">Area {{ items[selected()].code }}</p>
    </app-area-nav>
  `,
})
class Host {
  readonly items = ITEMS;
  readonly selected = signal(0);
  readonly chosen: number[] = [];
}

describe('AreaNav', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let nav: AreaNavHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideIconsForTests()] });
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.loader(fixture);
    nav = await loader.getHarness(AreaNavHarness.with({ label: 'Cooperation areas' }));
  });

  const content = () =>
    (fixture.nativeElement as HTMLElement).querySelector('.content')?.textContent;

  it('lists every area with its number, title, figure, check and note', async () => {
    const items = await nav.getItems();
    const read = await Promise.all(
      items.map(async (item) => [
        await item.getCode(),
        await item.getTitle(),
        await item.getCount(),
        await item.isDone(),
        await item.getNote(),
      ]),
    );

    expect(read).toEqual([
      ['1', 'Irregular migration', '3/3', true, null],
      ['2', 'Return and reintegration', '1/2', false, 'Comments from the Secretariat'],
      ['3', 'Legal and labour migration', null, false, null],
    ]);
  });

  it('names each button with what it shows, the figure spelt out', async () => {
    const names = await Promise.all((await nav.getItems()).map((item) => item.getAccessibleText()));

    expect(names).toEqual([
      '1 · Irregular migration, 3 of 3 answered',
      '2 · Return and reintegration, Comments from the Secretariat, 1 of 2 answered',
      '3 · Legal and labour migration',
    ]);
  });

  it('marks the selected area as current, and only it', async () => {
    const current = await Promise.all((await nav.getItems()).map((item) => item.isCurrent()));

    expect(current).toEqual([true, false, false]);
    expect(content()).toBe('Area 1');
  });

  it('selects an area on click and shows its content', async () => {
    await nav.select('3');

    expect(fixture.componentInstance.chosen).toEqual([2]);
    expect(await (await nav.getCurrent()).getTitle()).toBe('Legal and labour migration');
    expect(content()).toBe('Area 3');
  });

  it('says nothing when the area shown is chosen again', async () => {
    await nav.select('1');

    expect(fixture.componentInstance.chosen).toEqual([]);
  });

  describe('under the content', () => {
    const nextButton = () =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.next-area');

    it('leads on to the next area, and puts focus on its button in the list', async () => {
      expect(nextButton()?.textContent.trim()).toBe('Next: 2 · Return and reintegration');

      nextButton()!.click();
      await fixture.whenStable();

      expect(fixture.componentInstance.chosen).toEqual([1]);
      expect(content()).toBe('Area 2');
      expect(document.activeElement?.getAttribute('data-area')).toBe('2');
      expect(nextButton()?.textContent.trim()).toBe('Next: 3 · Legal and labour migration');
    });

    it('offers nothing after the last area', async () => {
      await nav.select('3');

      expect(nextButton()).toBeNull();
    });
  });

  describe('from the keyboard', () => {
    it('moves focus along the list with the arrow keys, round the ends, without selecting', async () => {
      const [first, second, third] = await nav.getItems();
      await first.focus();

      await first.pressKey('ArrowDown');
      expect(await second.isFocused()).toBeTrue();
      await second.pressKey('ArrowDown');
      expect(await third.isFocused()).toBeTrue();
      await third.pressKey('ArrowDown');
      expect(await first.isFocused()).toBeTrue();
      await first.pressKey('ArrowUp');
      expect(await third.isFocused()).toBeTrue();

      expect(fixture.componentInstance.chosen).toEqual([]);
    });

    it('jumps to the first and last area with Home and End', async () => {
      const [first, second, third] = await nav.getItems();
      await second.focus();

      await second.pressKey('End');
      expect(await third.isFocused()).toBeTrue();
      await third.pressKey('Home');
      expect(await first.isFocused()).toBeTrue();
    });

    it('offers each area as a native button, which Enter and Space press', () => {
      const buttons = [
        ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
          'nav .area-button',
        ),
      ];

      expect(buttons.map((button) => `${button.tagName} ${button.type}`)).toEqual([
        'BUTTON button',
        'BUTTON button',
        'BUTTON button',
      ]);
    });
  });
});
