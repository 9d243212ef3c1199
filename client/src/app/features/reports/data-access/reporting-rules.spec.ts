import * as shared from '@ppm/shared';

import { EVIDENCE_ACCEPT, EVIDENCE_FILE_EXTENSIONS, evidenceContentType } from './reporting-rules';

describe('reporting rules of the browser', () => {
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
