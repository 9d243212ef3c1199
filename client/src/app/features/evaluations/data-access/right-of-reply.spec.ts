import { HttpErrorResponse } from '@angular/common/http';
import type { StatePassages } from '@ppm/shared';
import { firstValueFrom, of, throwError } from 'rxjs';

import { actionsOf, anApiError } from '../../../../testing/fixtures';
import { RightOfReplyApiActions, RightOfReplyPageActions } from './right-of-reply.actions';
import { loadPassages, sendReply } from './right-of-reply.effects';
import {
  type RightOfReplyState,
  initialRightOfReplyState,
  rightOfReplyFeature,
} from './right-of-reply.feature';
import { CYCLES, PASSAGES, PLAN, REPLY } from './testing/evaluations-fixture';

const { reducer } = rightOfReplyFeature;
const passages = PASSAGES as unknown as StatePassages;

function reduce(...actions: Parameters<typeof reducer>[1][]): RightOfReplyState {
  return actions.reduce(reducer, initialRightOfReplyState);
}

describe('right of reply', () => {
  describe('reducer', () => {
    const loaded = reduce(
      RightOfReplyPageActions.passagesOpened({ evaluationId: 'e1' }),
      RightOfReplyApiActions.passagesLoaded({ passages, replies: [], cycles: CYCLES, plan: PLAN }),
    );

    it('holds the passages of the evaluation opened', () => {
      expect(loaded.passagesStatus).toBe('loaded');
      expect(loaded.passages?.stateCode).toBe('KZ');
    });

    it('ignores passages of an evaluation no longer open', () => {
      const state = reduce(
        RightOfReplyPageActions.passagesOpened({ evaluationId: 'e2' }),
        RightOfReplyApiActions.passagesLoaded({
          passages,
          replies: [],
          cycles: CYCLES,
          plan: PLAN,
        }),
      );

      expect(state.passages).toBeNull();
      expect(state.passagesStatus).toBe('loading');
    });

    it("adds a sent reply to the state's own list", () => {
      const state = [
        RightOfReplyPageActions.replySubmitted({
          evaluationId: 'e1',
          target: { kind: 'general' },
          text: 'Thank you',
        }),
        RightOfReplyApiActions.replySent({ reply: REPLY }),
      ].reduce(reducer, loaded);

      expect(state.replies).toEqual([REPLY]);
      expect(state.sendStatus).toBe('saved');
    });

    it('keeps the list when a reply is refused', () => {
      const state = reducer(
        loaded,
        RightOfReplyApiActions.replySendFailed({ error: anApiError() }),
      );

      expect(state.sendStatus).toBe('failed');
      expect(state.replies).toEqual([]);
    });
  });

  describe('effects', () => {
    it("loads the passages, the state's replies and the names together", async () => {
      const api = {
        passages: jasmine.createSpy('passages').and.returnValue(of(passages)),
        replies: jasmine.createSpy('replies').and.returnValue(of([REPLY])),
        cycles: () => of(CYCLES),
        plan: () => of(PLAN),
      };

      const result = await firstValueFrom(
        loadPassages(
          actionsOf(RightOfReplyPageActions.passagesOpened({ evaluationId: 'e1' })),
          api,
        ),
      );

      expect(api.passages).toHaveBeenCalledOnceWith('e1');
      expect(result).toEqual(
        RightOfReplyApiActions.passagesLoaded({
          passages,
          replies: [REPLY],
          cycles: CYCLES,
          plan: PLAN,
        }),
      );
    });

    it('reports a closed window (403) as a failed load', async () => {
      const refused = () =>
        throwError(
          () => new HttpErrorResponse({ status: 403, error: { error: { code: 'forbidden' } } }),
        );
      const result = await firstValueFrom(
        loadPassages(actionsOf(RightOfReplyPageActions.passagesOpened({ evaluationId: 'e1' })), {
          passages: refused,
          replies: () => of([]),
          cycles: () => of(CYCLES),
          plan: () => of(PLAN),
        }),
      );

      expect(result.type).toBe(RightOfReplyApiActions.passagesLoadFailed.type);
      expect('error' in result && result.error.status).toBe(403);
    });

    it('sends a reply with its target', async () => {
      const reply = jasmine.createSpy('reply').and.returnValue(of(REPLY));
      const target = { kind: 'finding' as const, areaCode: '1' };

      const result = await firstValueFrom(
        sendReply(
          actionsOf(
            RightOfReplyPageActions.replySubmitted({
              evaluationId: 'e1',
              target,
              text: 'Sea ports too.',
            }),
          ),
          { reply },
        ),
      );

      expect(reply).toHaveBeenCalledOnceWith('e1', target, 'Sea ports too.');
      expect(result).toEqual(RightOfReplyApiActions.replySent({ reply: REPLY }));
    });
  });
});
