import { type BaseHarnessFilters, ComponentHarness, HarnessPredicate } from '@angular/cdk/testing';

/** One area's button: what it reads and whether it is the area shown. */
export class AreaNavItemHarness extends ComponentHarness {
  static hostSelector = '.area-button';

  private readonly count = this.locatorForOptional('.count .figure');
  private readonly note = this.locatorForOptional('.note');

  /** What a screen reader hears, e.g. "2 · Return and reintegration, 1 of 2 answered". */
  async getAccessibleText(): Promise<string> {
    const text = await (await this.host()).text({ exclude: '[aria-hidden="true"]' });
    return text.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
  }

  async getTitle(): Promise<string> {
    return (await (await this.locatorFor('.title')()).text()).replace(/^·\s*/, '').trim();
  }

  async getCode(): Promise<string> {
    return (await this.locatorFor('.number')()).text();
  }

  /** The figure shown, "1/2", or null. */
  async getCount(): Promise<string | null> {
    return (await this.count())?.text() ?? null;
  }

  async isDone(): Promise<boolean> {
    return (await this.locatorForOptional('.count.done')()) !== null;
  }

  async getNote(): Promise<string | null> {
    return (await (await this.note())?.text())?.replace(/^,\s*/, '').trim() ?? null;
  }

  async isCurrent(): Promise<boolean> {
    return (await (await this.host()).getAttribute('aria-current')) === 'true';
  }

  async select(): Promise<void> {
    await (await this.host()).click();
  }

  async focus(): Promise<void> {
    await (await this.host()).focus();
  }

  async isFocused(): Promise<boolean> {
    return (await this.host()).isFocused();
  }

  async pressKey(key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): Promise<void> {
    await (await this.host()).dispatchEvent('keydown', { key });
  }
}

export interface AreaNavHarnessFilters extends BaseHarnessFilters {
  /** The list's accessible name. */
  label?: string | RegExp;
}

/** The list of cooperation areas beside (or above) an area's content. */
export class AreaNavHarness extends ComponentHarness {
  static hostSelector = 'app-area-nav';

  static with(options: AreaNavHarnessFilters = {}): HarnessPredicate<AreaNavHarness> {
    return new HarnessPredicate(AreaNavHarness, options).addOption(
      'label',
      options.label,
      async (harness, label) => HarnessPredicate.stringMatches(await harness.getLabel(), label),
    );
  }

  async getLabel(): Promise<string | null> {
    return (await this.locatorFor('nav')()).getAttribute('aria-label');
  }

  async getItems(): Promise<AreaNavItemHarness[]> {
    return this.locatorForAll(AreaNavItemHarness)();
  }

  /** The item of the area shown. */
  async getCurrent(): Promise<AreaNavItemHarness> {
    for (const item of await this.getItems()) {
      if (await item.isCurrent()) {
        return item;
      }
    }
    throw new Error('No area is marked as current.');
  }

  /** Selects the area with this code ("2"). */
  async select(code: string): Promise<void> {
    for (const item of await this.getItems()) {
      if ((await item.getCode()) === code) {
        return item.select();
      }
    }
    throw new Error(`No area ${code} in the list.`);
  }
}
