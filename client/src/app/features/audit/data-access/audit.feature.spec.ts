import type { ApiError } from '../../../core/http';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { auditFeature, initialAuditState, selectHasMore, toEntryView } from './audit.feature';
import { NO_AUDIT_NAMES } from './audit-names';
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
        names: shown.names,
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
          subjectKey: 'audit.subjects.action',
          subjectParams: { code: '1.3', name: 'C' },
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

      expect(view.subjectParams).toEqual({ name: 'Nodira Karimova' });
    });

    it('names a cycle in the reader’s language, never by its id', () => {
      const extended = entry({
        action: 'cycle.deadline_extended',
        entity: 'cycle',
        entityId: '64b0000000000000000000c1',
        before: { stateCode: 'KZ', deadline: '2026-12-15' },
        after: { stateCode: 'KZ', deadline: '2026-12-29' },
      });
      const names = {
        ...NO_AUDIT_NAMES,
        cycles: { '64b0000000000000000000c1': { en: '2026 report', ru: 'Отчёт за 2026 год' } },
      };

      expect(toEntryView(extended, names, 'ru').subjectParams).toEqual({
        name: 'Отчёт за 2026 год',
      });
      expect(toEntryView(extended, NO_AUDIT_NAMES, 'ru')).toEqual(
        jasmine.objectContaining({ subjectKey: 'audit.unnamed.cycle', subjectParams: {} }),
      );
    });

    it('takes a created cycle’s name in the reader’s language from the entry', () => {
      const created = entry({
        action: 'cycle.created',
        entity: 'cycle',
        entityId: '64b0000000000000000000c2',
        before: null,
        after: { name: { en: '2027 report', ru: 'Отчёт за 2027 год' } },
      });

      expect(toEntryView(created, NO_AUDIT_NAMES, 'ru').subjectParams).toEqual({
        name: 'Отчёт за 2027 год',
      });
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
