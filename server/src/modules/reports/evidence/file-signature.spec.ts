import ExcelJS from 'exceljs';
import { DOCX_BYTES, PDF_BYTES, zipOf } from '../report-fixtures.spec.js';
import { detectFileSignature, zipEntryNames } from './file-signature.js';

const bytes = (...values: number[]) => Buffer.from(values);

describe('detectFileSignature', () => {
  describe('when the file starts with a known signature', () => {
    it('recognises PDF, PNG, JPEG, GIF, WebP and the legacy Office container', () => {
      expect(detectFileSignature(PDF_BYTES)).toBe('pdf');
      expect(detectFileSignature(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('png');
      expect(detectFileSignature(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe('jpeg');
      expect(detectFileSignature(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
      expect(detectFileSignature(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
      expect(detectFileSignature(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toBe('ole');
    });
  });

  describe('when the file is a ZIP', () => {
    it('tells Word, Excel and PowerPoint apart by their parts', async () => {
      expect(detectFileSignature(DOCX_BYTES)).toBe('docx');
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Figures').addRow(['Officers trained', 120]);
      expect(detectFileSignature(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe('xlsx');
      const pptx = zipOf([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'ppt/presentation.xml', data: '<p:presentation/>' },
      ]);
      expect(detectFileSignature(pptx)).toBe('pptx');
    });

    it('reads an OpenDocument file’s kind from its mimetype entry', () => {
      const odt = zipOf([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]);
      expect(detectFileSignature(odt)).toBe('odt');
    });

    it('refuses a plain ZIP archive and a truncated one', () => {
      const archive = zipOf([{ name: 'notes.txt', data: 'hello' }]);
      expect(zipEntryNames(archive)).toEqual(['notes.txt']);
      expect(detectFileSignature(archive)).toBeNull();
      expect(detectFileSignature(DOCX_BYTES.subarray(0, DOCX_BYTES.length - 30))).toBeNull();
    });
  });

  describe('when the file is anything else', () => {
    it('returns null for text, HTML, an empty file and a PDF signature not at the start', () => {
      expect(detectFileSignature(Buffer.from('Just some notes.'))).toBeNull();
      expect(detectFileSignature(Buffer.from('<!doctype html><script></script>'))).toBeNull();
      expect(detectFileSignature(Buffer.alloc(0))).toBeNull();
      expect(detectFileSignature(Buffer.from(' %PDF-1.4'))).toBeNull();
    });
  });
});
