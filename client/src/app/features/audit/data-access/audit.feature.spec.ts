import type { ApiError } from '../../../core/http';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { auditFeature, initialAuditState, selectHasMore, toEntryView } from './audit.feature';
import { entry } from './testing/audit-fixture';

const { reducer } = auditFeature;

describe('auditFeature', () => {
  describe('reducer', () => {
    it('starts afresh on opening and on a new filter', () => {
      const shown = reducer(
        initialAuditState,
        AuditApiActions.pageLoaded({ entries: [entry()], nextBefore: 'cursor', append: false }),
      );
      const filtered = reducer(shown, AuditPageActions.entityFilterChanged({ entity: 'state' }));

      expect(filtered).toEqual({
        entries: [],
        nextBefore: null,
        entity: 'state',
        status: 'loading',
        error: null,
      });
      expect(reducer(shown, AuditPageActions.opened()).entries).toEqual([]);
    });

    it('adds an older page below the newer one', () => {
      const first = reducer(
        initialAuditState,
        AuditApiActions.pageLoaded({
          entries: [entry({ id: 'a' })],
          nextBefore: 'c1',
          append: false,
        }),
      );
      const more = reducer(first, AuditPageActions.loadMoreClicked());
      const second = reducer(
        more,
        AuditApiActions.pageLoaded({
          entries: [entry({ id: 'b' })],
          nextBefore: null,
          append: true,
        }),
      );

      expect(more.status).toBe('loadingMore');
      expect(second.entries.map((shown) => shown.id)).toEqual(['a', 'b']);
      expect(second.nextBefore).toBeNull();
    });

    it('does not ask for more after the last page', () => {
      expect(reducer(initialAuditState, AuditPageActions.loadMoreClicked())).toBe(
        initialAuditState,
      );
    });

    it('keeps what is shown when a page fails', () => {
      const error: ApiError = { status: 0, code: 'network_error', message: 'offline', details: [] };
      const first = reducer(
        initialAuditState,
        AuditApiActions.pageLoaded({ entries: [entry()], nextBefore: 'c1', append: false }),
      );
      const failed = reducer(first, AuditApiActions.pageLoadFailed({ error }));

      expect(failed.status).toBe('failed');
      expect(failed.entries.length).toBe(1);
    });
  });

  describe('toEntryView', () => {
    it('names the change, the thing and the changed fields', () => {
      const view = toEntryView(entry());

      expect(view).toEqual(
        jasmine.objectContaining({
          action: 'action.retired',
          known: true,
          entity: 'action',
          entityKnown: true,
          subject: '1.3',
          actorName: 'Anna Secretariat',
        }),
      );
      expect(view.changes.map((change) => change.path)).toEqual(['retired']);
    });

    it('names a person by name rather than by id', () => {
      const view = toEntryView(
        entry({
          action: 'user.created',
          entity: 'user',
          entityId: '64b0000000000000000000ff',
          before: null,
          after: { id: '64b0000000000000000000ff', name: 'Nodira Karimova', email: 'n@uz.example' },
        }),
      );

      expect(view.subject).toBe('Nodira Karimova');
    });

    it('marks verbs it cannot translate', () => {
      expect(toEntryView(entry({ action: 'report.exploded', entity: 'report' }))).toEqual(
        jasmine.objectContaining({ known: false, entityKnown: false }),
      );
    });
  });

  it('selectHasMore follows nextBefore', () => {
    expect(selectHasMore.projector('2026-01-01T00:00:00.000Z_64b000000000000000000010')).toBeTrue();
    expect(selectHasMore.projector(null)).toBeFalse();
  });
});
