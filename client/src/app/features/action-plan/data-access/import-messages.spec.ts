import type { ApiError } from '../../../core/http';
import { describeImportFailure, describeImportMessage } from './import-messages';

const key = (name: string) => `actionPlan.import.messages.${name}`;

describe('import messages', () => {
  describe('describeImportMessage', () => {
    // The server's own words, as its import spec expects them.
    const cases: readonly [string, string, object][] = [
      [
        'Action 2.1 does not belong to area 1: its code must start with "1.".',
        'wrongArea',
        { action: '2.1', area: '1' },
      ],
      [
        'Action 1.1 is listed twice: it is already in row 2.',
        'listedTwice',
        { action: '1.1', row: '2' },
      ],
      ['There is no area 7 in the action plan.', 'unknownArea', { area: '7' }],
      [
        'The action code "1-2" does not look like "1.2" (area number, dot, action number).',
        'codeMalformed',
        { value: '1-2' },
      ],
      ['The English title is missing.', 'titleMissing', { language: 'en' }],
      ['The row is empty; delete it or fill it in.', 'emptyRow', {}],
      [
        'The English title is a formula (=HYPERLINK("http://x")); type the text itself.',
        'formula',
        { column: 'titleEn', value: '=HYPERLINK("http://x")' },
      ],
      [
        'The Russian title has 501 characters; at most 500 are allowed.',
        'titleTooLong',
        { language: 'ru', count: '501', max: '500' },
      ],
      [
        'Area 4 (Integration of legally residing migrants) has no actions in the file; every area needs at least one.',
        'areaLeftEmpty',
        { area: '4' },
      ],
      [
        'Row 1 must name the columns: area, action code, title (English), title (Russian). Not found: title (Russian). Start from the template.',
        'missingColumns',
        {
          row: '1',
          columns: 'area, action code, title (English), title (Russian)',
          missing: 'title (Russian)',
        },
      ],
      [
        'The action code 1.1 is stored as a number, which cannot tell 1.1 from 1.10; format the column as Text and type the code again.',
        'codeAsNumber',
        { value: '1.1' },
      ],
    ];

    for (const [text, name, params] of cases) {
      it(`recognises "${text.slice(0, 48)}…"`, () => {
        expect(describeImportMessage(text)).toEqual({ key: key(name), params, text });
      });
    }

    it('keeps an unknown message in the server’s words', () => {
      expect(describeImportMessage('Something new went wrong.')).toEqual({
        key: null,
        params: {},
        text: 'Something new went wrong.',
      });
    });
  });

  describe('describeImportFailure', () => {
    const error = (status: number, code: string, message = 'x'): ApiError => ({
      status,
      code,
      message,
      details: [],
    });

    it('says why an upload or apply failed', () => {
      expect(describeImportFailure(error(400, 'unreadable_file', 'The file is empty.')).key).toBe(
        key('fileEmpty'),
      );
      expect(describeImportFailure(error(413, 'payload_too_large')).key).toBe(key('tooLarge'));
      expect(describeImportFailure(error(409, 'stale_version')).key).toBe(key('stale'));
      expect(describeImportFailure(error(409, 'import_already_applied')).key).toBe(
        key('alreadyApplied'),
      );
      expect(describeImportFailure(error(422, 'import_invalid')).key).toBe(key('invalid'));
      expect(describeImportFailure(error(404, 'not_found')).key).toBe(key('expired'));
      expect(describeImportFailure(error(500, 'internal')).key).toBe(key('failed'));
    });
  });
});
