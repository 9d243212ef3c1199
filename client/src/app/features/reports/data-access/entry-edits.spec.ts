import {
  applyPatch,
  changesToSend,
  countEdits,
  heldBackFields,
  isWebAddress,
  markReviewed,
  mergeEntry,
  rebase,
  resolveConflicts,
} from './entry-edits';
import { anAnsweredEntry, anEntry } from './testing/report-fixture';

const text = (value: string, lang: 'en' | 'ru' = 'en') => ({ text: value, lang });

describe('entry edits', () => {
  const server = anAnsweredEntry('1.1', { narrative: text('Two trainings.') });

  describe('applyPatch', () => {
    it('keeps the new value with the server value it was based on', () => {
      const edits = applyPatch({}, server, { narrative: text('Three trainings.') });

      expect(edits).toEqual({
        '1.1': {
          values: { narrative: text('Three trainings.') },
          base: { narrative: text('Two trainings.') },
        },
      });
    });

    it('keeps the first base when the same field changes again', () => {
      let edits = applyPatch({}, server, { narrative: text('Three') });
      edits = applyPatch(edits, server, { narrative: text('Three trainings') });

      expect(edits['1.1'].base.narrative).toEqual(text('Two trainings.'));
      expect(edits['1.1'].values.narrative).toEqual(text('Three trainings'));
    });

    it('forgets an edit changed back to what it was based on', () => {
      let edits = applyPatch({}, server, { narrative: text('Three trainings.') });
      edits = applyPatch(edits, server, { narrative: text('Two trainings.') });

      expect(edits).toEqual({});
    });

    it('counts a change of language alone as an edit', () => {
      const edits = applyPatch({}, server, { narrative: text('Two trainings.', 'ru') });

      expect(countEdits(edits)).toBe(1);
    });
  });

  describe('mergeEntry', () => {
    it('shows the edits on top of the server answers and drops "carried over" once touched', () => {
      const carried = anAnsweredEntry('2.1', { carriedOver: true });
      const merged = mergeEntry(carried, {
        values: { status: 'completed' },
        base: { status: 'limited' },
      });

      expect(merged.status).toBe('completed');
      expect(merged.narrative).toEqual(carried.narrative);
      expect(merged.carriedOver).toBeFalse();
    });

    it('shows no status for an action the state does not take part in', () => {
      const merged = mergeEntry(server, {
        values: { participation: 'not_participating' },
        base: { participation: 'participating' },
      });

      expect(merged.status).toBeNull();
      expect(merged.narrative).toEqual(server.narrative);
    });

    it('returns the same entry when there is no edit', () => {
      expect(mergeEntry(server, undefined)).toBe(server);
    });
  });

  describe('changesToSend', () => {
    it('sends each changed entry with only its changed fields', () => {
      let edits = applyPatch({}, server, { narrative: text('Three trainings.') });
      edits = applyPatch(edits, anEntry('1.2'), { participation: 'participating' });

      expect(changesToSend(edits, [server, anEntry('1.2')])).toEqual({
        entries: [
          { actionCode: '1.1', narrative: text('Three trainings.') },
          { actionCode: '1.2', participation: 'participating' },
        ],
        sent: {
          '1.1': { narrative: text('Three trainings.') },
          '1.2': { participation: 'participating' },
        },
      });
    });

    it('holds back a link without a web address, sending the rest', () => {
      const edits = applyPatch({}, server, {
        status: 'completed',
        links: [{ title: 'New law', url: 'www.example' }],
      });

      expect(changesToSend(edits, [server])?.entries).toEqual([
        { actionCode: '1.1', status: 'completed' },
      ]);
      expect(heldBackFields(edits)).toEqual([{ actionCode: '1.1', field: 'links' }]);
    });

    it('never sends a status for an action the state does not take part in', () => {
      let edits = applyPatch({}, server, { status: 'completed' });
      edits = applyPatch(edits, server, { participation: 'not_participating' });

      expect(changesToSend(edits, [server])?.entries).toEqual([
        { actionCode: '1.1', participation: 'not_participating' },
      ]);
    });

    it('sends a carried-over entry confirmed as still valid with no fields', () => {
      const carried = anAnsweredEntry('2.1', { carriedOver: true });

      expect(changesToSend(markReviewed({}, '2.1'), [carried])?.entries).toEqual([
        { actionCode: '2.1' },
      ]);
    });

    it('trims links and indicators as the server would', () => {
      const edits = applyPatch({}, server, {
        links: [{ title: ' Law ', url: ' https://example.org/law ' }],
        indicators: [{ name: ' Officers trained ', value: 40, unit: ' persons ', note: '' }],
      });

      expect(changesToSend(edits, [server])?.entries).toEqual([
        {
          actionCode: '1.1',
          links: [{ title: 'Law', url: 'https://example.org/law' }],
          indicators: [{ name: 'Officers trained', value: 40, unit: 'persons', note: '' }],
        },
      ]);
    });

    it('has nothing to send without edits', () => {
      expect(changesToSend({}, [server])).toBeNull();
    });
  });

  describe('rebase', () => {
    const edits = applyPatch({}, server, { narrative: text('Mine.'), status: 'completed' });

    it('drops edits the server already holds', () => {
      const now = { ...server, narrative: text('Mine.'), status: 'completed' as const };

      expect(rebase(edits, [now])).toEqual({ edits: {}, conflicts: [] });
    });

    it('keeps edits of fields nobody else changed, re-applied on top', () => {
      const now = { ...server, obstacles: text('A colleague wrote this.') };

      expect(rebase(edits, [now])).toEqual({ edits, conflicts: [] });
    });

    it('keeps typing that went on while the save was under way, now based on what was sent', () => {
      const typedOn = applyPatch({}, server, { narrative: text('Mine, and more.') });
      const now = { ...server, narrative: text('Mine,') };

      const result = rebase(typedOn, [now], { '1.1': { narrative: text('Mine,') } });

      expect(result.conflicts).toEqual([]);
      expect(result.edits['1.1']).toEqual({
        values: { narrative: text('Mine, and more.') },
        base: { narrative: text('Mine,') },
      });
    });

    it("reports a field both sides changed as a conflict and keeps the person's text", () => {
      const now = { ...server, narrative: text('Theirs.') };

      const result = rebase(edits, [now]);

      expect(result.conflicts).toEqual([
        { actionCode: '1.1', field: 'narrative', mine: text('Mine.'), theirs: text('Theirs.') },
      ]);
      expect(result.edits['1.1'].values.narrative).toEqual(text('Mine.'));
    });
  });

  describe('resolveConflicts', () => {
    const edits = applyPatch({}, server, {
      narrative: text('Mine.'),
      obstacles: text('Mine too.'),
    });
    const now = { ...server, narrative: text('Theirs.'), obstacles: text('Theirs too.') };

    it('puts a kept text on top of the current version and forgets a dropped one', () => {
      const resolved = resolveConflicts(
        edits,
        [now],
        [
          { actionCode: '1.1', field: 'narrative', choice: 'mine' },
          { actionCode: '1.1', field: 'obstacles', choice: 'theirs' },
        ],
      );

      expect(resolved).toEqual({
        '1.1': { values: { narrative: text('Mine.') }, base: { narrative: text('Theirs.') } },
      });
      expect(rebase(resolved, [now]).conflicts).toEqual([]);
    });
  });

  describe('isWebAddress', () => {
    it('accepts http and https addresses only', () => {
      expect(isWebAddress('https://www.gov.kz/law')).toBeTrue();
      expect(isWebAddress('http://example.org')).toBeTrue();
      expect(isWebAddress('ftp://example.org')).toBeFalse();
      expect(isWebAddress('www.example.org')).toBeFalse();
      expect(isWebAddress('https://')).toBeFalse();
    });
  });
});
