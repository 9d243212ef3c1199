import * as shared from '@ppm/shared';

import {
  EDITABLE_REPORT_STATUSES,
  EVIDENCE_ACCEPT,
  EVIDENCE_FILE_EXTENSIONS,
  IMPLEMENTATION_STATUSES,
  MAX_FILE_BYTES,
  MAX_INDICATORS_PER_ENTRY,
  MAX_LINKS_PER_ENTRY,
  MAX_REPORT_FILES_BYTES,
  MAX_TEXT_LENGTH,
  PARTICIPATION_VALUES,
  SUPPORT_CATEGORIES,
  evidenceContentType,
} from './reporting-rules';

describe('reporting rules (client copy of @ppm/shared)', () => {
  it('use the same limits as the server', () => {
    expect(MAX_TEXT_LENGTH).toBe(shared.MAX_TEXT_LENGTH);
    expect(MAX_LINKS_PER_ENTRY).toBe(shared.MAX_LINKS_PER_ENTRY);
    expect(MAX_INDICATORS_PER_ENTRY).toBe(shared.MAX_INDICATORS_PER_ENTRY);
    expect(MAX_FILE_BYTES).toBe(shared.MAX_FILE_BYTES);
    expect(MAX_REPORT_FILES_BYTES).toBe(shared.MAX_REPORT_FILES_BYTES);
  });

  it('list the same scales and categories, in the same order', () => {
    expect([...PARTICIPATION_VALUES]).toEqual([...shared.PARTICIPATION_VALUES]);
    expect([...IMPLEMENTATION_STATUSES]).toEqual([...shared.IMPLEMENTATION_STATUSES]);
    expect([...SUPPORT_CATEGORIES]).toEqual([...shared.SUPPORT_CATEGORIES]);
    expect<readonly string[]>([...EDITABLE_REPORT_STATUSES]).toEqual([
      ...shared.EDITABLE_REPORT_STATUSES,
    ]);
  });

  it('accept exactly the evidence types of the server, with its extensions', () => {
    expect(EVIDENCE_FILE_EXTENSIONS).toEqual(
      Object.fromEntries(
        Object.entries(shared.EVIDENCE_FILE_TYPES).map(([type, { extension }]) => [
          type,
          extension,
        ]),
      ),
    );
  });

  describe('evidenceContentType', () => {
    it('keeps a type the browser gave when it is accepted', () => {
      expect(evidenceContentType({ name: 'law.pdf', type: 'application/pdf' })).toBe(
        'application/pdf',
      );
    });

    it('finds the type by extension when the browser gave none', () => {
      expect(evidenceContentType({ name: 'Strategy 2025.DOCX', type: '' })).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(evidenceContentType({ name: 'photo.jpeg', type: '' })).toBe('image/jpeg');
    });

    it('refuses what the server would refuse', () => {
      expect(evidenceContentType({ name: 'setup.exe', type: 'application/x-msdownload' })).toBe(
        null,
      );
      expect(evidenceContentType({ name: 'notes.txt', type: 'text/plain' })).toBe(null);
    });

    it('offers the accepted extensions to the file picker', () => {
      expect(EVIDENCE_ACCEPT.split(',')).toContain('.docx');
      expect(EVIDENCE_ACCEPT.split(',')).toContain('application/pdf');
    });
  });
});
