import { FileSizePipe, formatFileSize } from './file-size';

describe('formatFileSize (file sizes in the reader’s language)', () => {
  const nbsp = '\u00a0';

  it('writes bytes, kilobytes and megabytes with English units', () => {
    expect(formatFileSize(830, 'en')).toBe(`830${nbsp}B`);
    // 849,920 / 1024 = 830 exactly.
    expect(formatFileSize(849_920, 'en')).toBe(`830${nbsp}KB`);
    // 4,404,019 / 1,048,576 = 4.2000…: one decimal under 10 MB.
    expect(formatFileSize(4_404_019, 'en')).toBe(`4.2${nbsp}MB`);
    // 15,728,640 / 1,048,576 = 15: whole megabytes from 10 up.
    expect(formatFileSize(15_728_640, 'en')).toBe(`15${nbsp}MB`);
  });

  it('writes Russian units and a decimal comma', () => {
    expect(formatFileSize(830, 'ru')).toBe(`830${nbsp}Б`);
    expect(formatFileSize(849_920, 'ru')).toBe(`830${nbsp}КБ`);
    expect(formatFileSize(4_404_019, 'ru')).toBe(`4,2${nbsp}МБ`);
  });

  it('rounds at the edges of a unit: 1023 bytes stay bytes, 1024 is 1 KB, 1 MB is 1 MB', () => {
    expect(formatFileSize(1023, 'ru')).toBe(`1023${nbsp}Б`);
    expect(formatFileSize(1024, 'en')).toBe(`1${nbsp}KB`);
    expect(formatFileSize(1_048_576, 'en')).toBe(`1${nbsp}MB`);
  });

  it('is what the fileSize pipe shows', () => {
    expect(new FileSizePipe().transform(849_920, 'ru')).toBe(`830${nbsp}КБ`);
  });
});
