import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  HANDLINGS,
  type Handling,
  type LoadStatus,
  type Names,
  type Reply,
  type ReplyWindow,
  type SaveStatus,
} from '../data-access';

export interface ReplyHandling {
  readonly replyId: string;
  readonly outcome: Handling;
  readonly note: string;
}

/**
 * The passage a reply is about, as `toPassages` names them: "findings.3", "figures.3",
 * "quote.<cycle>:<state>:<action>:<kind>", or "general".
 */
export function sectionOf(reply: Pick<Reply, 'stateCode' | 'target'>): string {
  const target = reply.target;
  switch (target.kind) {
    case 'finding':
      return `findings.${target.areaCode}`;
    case 'figures':
      return target.areaCode ? `figures.${target.areaCode}` : 'figures';
    case 'quote':
      return `quote.${target.cycleId}:${reply.stateCode}:${target.actionCode}:${target.quoteKind}`;
    default:
      return 'general';
  }
}

function twoWeeksFromToday(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

/** A passage of the evaluation, as a reply names it, with its text in the reader's language. */
export interface Passage {
  readonly section: string;
  readonly label: string;
  readonly text: string;
}

/**
 * The right of reply: the evaluator opens a window in which each focal point comments on the
 * passages about its own state; the comments show beside the passage they concern, and the
 * evaluator records how each was handled.
 */
@Component({
  selector: 'app-reply-panel',
  imports: [
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    TranslocoPipe,
  ],
  templateUrl: './reply-panel.html',
  styleUrl: './reply-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyPanel {
  readonly window = input.required<ReplyWindow | null>();
  readonly replies = input.required<readonly Reply[]>();
  readonly repliesStatus = input.required<LoadStatus>();
  readonly windowStatus = input.required<SaveStatus>();
  readonly passages = input.required<readonly Passage[]>();
  readonly names = input.required<Names>();
  readonly locale = input.required<Locale>();
  readonly opened = output<string>();
  readonly closed = output();
  readonly handled = output<ReplyHandling>();

  protected readonly handlings = HANDLINGS;
  /** The last day of a window about to be opened: two weeks from today by default. */
  protected readonly closesOn = signal(twoWeeksFromToday());
  /** Decisions and notes being written, by reply id, until saved. */
  protected readonly edits = signal<
    Readonly<Partial<Record<string, { decision: Handling | null; note: string }>>>
  >({});

  protected readonly isOpen = computed(() => this.window()?.open === true);
  protected readonly repliedStates = computed(
    () => new Set(this.replies().map((reply) => reply.stateCode)).size,
  );

  /** The replies with the passage each concerns, in the order of the report. */
  protected readonly threads = computed(() => {
    const passages = this.passages();
    return [...this.replies()]
      .sort(
        (a, b) =>
          this.order(sectionOf(a), passages) - this.order(sectionOf(b), passages) ||
          a.createdAt.localeCompare(b.createdAt),
      )
      .map((reply) => ({
        reply,
        stateName: this.names().states.get(reply.stateCode) ?? reply.stateCode,
        passage: passages.find((passage) => passage.section === sectionOf(reply)) ?? null,
      }));
  });

  private order(section: string, passages: readonly Passage[]): number {
    const index = passages.findIndex((passage) => passage.section === section);
    return index === -1 ? passages.length : index;
  }

  protected decisionOf(reply: Reply): Handling | null {
    return this.edits()[reply.id]?.decision ?? reply.handling?.outcome ?? null;
  }

  protected noteOf(reply: Reply): string {
    return this.edits()[reply.id]?.note ?? reply.handling?.note ?? '';
  }

  protected setDecision(reply: Reply, decision: Handling): void {
    this.edits.update((edits) => ({
      ...edits,
      [reply.id]: { decision, note: this.noteOf(reply) },
    }));
  }

  protected setNote(reply: Reply, event: Event): void {
    const note = (event.target as HTMLTextAreaElement).value;
    this.edits.update((edits) => ({
      ...edits,
      [reply.id]: { decision: this.decisionOf(reply), note },
    }));
  }

  protected changed(reply: Reply): boolean {
    const edit = this.edits()[reply.id];
    if (!edit?.decision) {
      return false;
    }
    const stored = reply.handling ?? { outcome: null, note: '' };
    return edit.decision !== stored.outcome || edit.note !== stored.note;
  }

  protected save(reply: Reply): void {
    const decision = this.decisionOf(reply);
    if (decision) {
      this.handled.emit({ replyId: reply.id, outcome: decision, note: this.noteOf(reply).trim() });
      this.edits.update((edits) => ({ ...edits, [reply.id]: undefined }));
    }
  }
}
