import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { MAX_LINKS_PER_ENTRY, isCompleteLink } from '../data-access';

type Link = Readonly<{ title: string; url: string }>;

/** Evidence links of an entry: title and web address per row; add and remove rows. */
@Component({
  selector: 'app-links-editor',
  imports: [MatButton, MatFormField, MatIcon, MatIconButton, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (link of links(); track $index; let i = $index) {
      <div
        class="link"
        role="group"
        [attr.aria-label]="'reports.entry.links.row' | transloco: { n: i + 1 }"
      >
        <mat-form-field class="title" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.links.title' | transloco }}</mat-label>
          <input
            matInput
            class="link-title"
            maxlength="300"
            [value]="link.title"
            (input)="changed(i, { title: value($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="url" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.links.url' | transloco }}</mat-label>
          <input
            matInput
            type="url"
            class="link-url"
            inputmode="url"
            placeholder="https://"
            maxlength="2000"
            [value]="link.url"
            (input)="changed(i, { url: value($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <button
          mat-icon-button
          type="button"
          class="remove"
          [attr.aria-label]="'reports.entry.links.remove' | transloco: { n: i + 1 }"
          (click)="remove(i)"
        >
          <mat-icon svgIcon="delete" />
        </button>
        @if (!complete(link)) {
          <p class="incomplete">{{ 'reports.entry.links.incomplete' | transloco }}</p>
        }
      </div>
    }
    <button mat-button type="button" class="add" [disabled]="links().length >= max" (click)="add()">
      <mat-icon svgIcon="add_link" />
      {{ 'reports.entry.links.add' | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .link {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
      align-items: center;
      gap: 8px;
      width: 100%;
    }
    .incomplete {
      grid-column: 1 / -1;
      margin: -4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 599.98px) {
      .link {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .url {
        grid-column: 1;
      }
      .remove {
        grid-row: 1 / span 2;
        grid-column: 2;
      }
    }
  `,
})
export class LinksEditor {
  readonly links = input.required<readonly Link[]>();
  readonly linksChange = output<Link[]>();
  readonly blurred = output();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly max = MAX_LINKS_PER_ENTRY;

  protected complete(link: Link): boolean {
    return isCompleteLink(link);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected changed(index: number, change: Partial<Link>): void {
    this.linksChange.emit(
      this.links().map((link, i) => (i === index ? { ...link, ...change } : link)),
    );
  }

  protected add(): void {
    this.linksChange.emit([...this.links(), { title: '', url: '' }]);
    afterNextRender(
      () => {
        const inputs = this.host.nativeElement.querySelectorAll<HTMLInputElement>('.link-title');
        Array.from(inputs).at(-1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.linksChange.emit(this.links().filter((_link, i) => i !== index));
    this.blurred.emit();
  }
}
