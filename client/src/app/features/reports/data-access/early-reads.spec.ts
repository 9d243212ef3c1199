import { TestBed } from '@angular/core/testing';
import { Observable, Subject, firstValueFrom, of } from 'rxjs';

import { EARLY_READ_MAX_AGE_MS, EarlyReads } from './early-reads';

/** A read that counts how often it was sent and answers when told. */
function aRead(): { read: Observable<string>; sent: () => number; answer: Subject<string> } {
  const answer = new Subject<string>();
  let sent = 0;
  const read = new Observable<string>((subscriber) => {
    sent += 1;
    return answer.subscribe(subscriber);
  });
  return { read, sent: () => sent, answer };
}

describe('EarlyReads', () => {
  let reads: EarlyReads;

  beforeEach(() => {
    reads = TestBed.inject(EarlyReads);
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-12-06T08:00:00Z'));
  });

  afterEach(() => jasmine.clock().uninstall());

  it('sends a read when started, and hands its answer over once without asking again', async () => {
    const early = aRead();
    reads.start('/api/v1/states', early.read);
    expect(early.sent()).toBe(1);

    const taken = firstValueFrom(reads.take('/api/v1/states', () => of('asked again')));
    early.answer.next('the early answer');
    early.answer.complete();

    expect(await taken).toBe('the early answer');
    expect(early.sent()).toBe(1);
    expect(await firstValueFrom(reads.take('/api/v1/states', () => of('asked again')))).toBe(
      'asked again',
    );
  });

  it('hands an answer that came before it was taken', async () => {
    const early = aRead();
    reads.start('/api/v1/action-plan', early.read);
    early.answer.next('plan');
    early.answer.complete();

    expect(await firstValueFrom(reads.take('/api/v1/action-plan', () => of('asked again')))).toBe(
      'plan',
    );
  });

  it('passes a failed early read on to whoever takes it', async () => {
    const early = aRead();
    reads.start('/api/v1/cycles', early.read);
    early.answer.error(new Error('offline'));

    await expectAsync(
      firstValueFrom(reads.take('/api/v1/cycles', () => of('asked again'))),
    ).toBeRejectedWithError('offline');
  });

  it('asks afresh for an address nobody started, or one started too long ago', async () => {
    expect(await firstValueFrom(reads.take('/api/v1/cycles', () => of('fresh')))).toBe('fresh');

    const early = aRead();
    reads.start('/api/v1/cycles', early.read);
    jasmine.clock().tick(EARLY_READ_MAX_AGE_MS);

    expect(await firstValueFrom(reads.take('/api/v1/cycles', () => of('fresh')))).toBe('fresh');
  });
});
