import { HttpErrorResponse } from '@angular/common/http';
import type { Store } from '@ngrx/store';
import { firstValueFrom, of, throwError } from 'rxjs';

import { AuditApiActions, AuditPageActions } from './audit.actions';
import { AUDIT_PAGE_SIZE } from './audit.api';
import { loadFirstPage, loadNextPage } from './audit.effects';
import { selectAuditEntity, selectNextBefore } from './audit.feature';
import { entry } from './testing/audit-fixture';

/** A store that answers the two selectors the effects read. */
function storeWith(entity: string | null, nextBefore: string | null): Store {
  return {
    select: (selector: unknown) =>
      of(
        selector === selectAuditEntity
          ? entity
          : selector === selectNextBefore
            ? nextBefore
            : undefined,
      ),
  } as unknown as Store;
}

describe('audit effects', () => {
  describe('loadFirstPage', () => {
    it('asks for the newest page of the chosen kind', async () => {
      const api = {
        list: jasmine
          .createSpy('list')
          .and.returnValue(of({ entries: [entry()], nextBefore: 'c1' })),
      };

      const result = await firstValueFrom(
        loadFirstPage(
          of(AuditPageActions.entityFilterChanged({ entity: 'action' })),
          storeWith('action', null),
          api,
        ),
      );

      expect(api.list).toHaveBeenCalledOnceWith({
        entity: 'action',
        limit: AUDIT_PAGE_SIZE,
        before: null,
      });
      expect(result).toEqual(
        AuditApiActions.pageLoaded({ entries: [entry()], nextBefore: 'c1', append: false }),
      );
    });

    it('reports a failure', async () => {
      const api = { list: () => throwError(() => new HttpErrorResponse({ status: 403 })) };

      const result = await firstValueFrom(
        loadFirstPage(of(AuditPageActions.opened()), storeWith(null, null), api),
      );

      expect(result.type).toBe(AuditApiActions.pageLoadFailed.type);
    });
  });

  describe('loadNextPage', () => {
    it('asks for the page before the last one shown, and appends it', async () => {
      const api = {
        list: jasmine
          .createSpy('list')
          .and.returnValue(of({ entries: [entry({ id: 'b' })], nextBefore: null })),
      };

      const result = await firstValueFrom(
        loadNextPage(of(AuditPageActions.loadMoreClicked()), storeWith(null, 'c1'), api),
      );

      expect(api.list).toHaveBeenCalledOnceWith({
        entity: null,
        limit: AUDIT_PAGE_SIZE,
        before: 'c1',
      });
      expect(result).toEqual(
        AuditApiActions.pageLoaded({
          entries: [entry({ id: 'b' })],
          nextBefore: null,
          append: true,
        }),
      );
    });

    it('does nothing after the last page', () => {
      const api = { list: jasmine.createSpy('list') };
      const results: unknown[] = [];

      loadNextPage(of(AuditPageActions.loadMoreClicked()), storeWith(null, null), api).subscribe(
        (action) => results.push(action),
      );

      expect(api.list).not.toHaveBeenCalled();
      expect(results).toEqual([]);
    });
  });
});
