import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';

import { provideIconsForTests } from '../../../../testing/icons-testing';
import { MessagePage } from './message-page';

@Component({
  selector: 'app-message-page-host',
  imports: [MessagePage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-message-page
      icon="block"
      heading="You cannot open this page"
      homeLink="Go to the overview"
      [message]="message()"
    />
  `,
})
class Host {
  readonly message = signal<string | null>('Secretariat members do not report.');
}

describe('MessagePage', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideIconsForTests()] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const page = (): HTMLElement => fixture.nativeElement as HTMLElement;

  it('names the page by its heading and says what happened', () => {
    const section = page().querySelector('section')!;
    const heading = page().querySelector('h1')!;

    expect(heading.textContent.trim()).toBe('You cannot open this page');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(page().querySelector('.message')?.textContent).toBe(
      'Secretariat members do not report.',
    );
  });

  it('leaves the message out when there is none', async () => {
    fixture.componentInstance.message.set(null);
    await fixture.whenStable();

    expect(page().querySelector('.message')).toBeNull();
  });

  it('shows its icon and offers the way home', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const icons = await loader.getAllHarnesses(MatIconHarness);
    const home = await loader.getHarness(MatButtonHarness.with({ text: /Go to the overview/ }));

    expect(await icons[0].getName()).toBe('block');
    expect(await (await home.host()).getAttribute('href')).toBe('/');
  });
});
