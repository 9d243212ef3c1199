import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** DejaVu Sans from npm (`dejavu-fonts-ttf`): Latin and Cyrillic, embedded in every PDF and chart. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const REPORT_FONT_FAMILY = 'DejaVu Sans';

export const REPORT_FONT_FILES = {
  normal: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italics: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  bolditalics: path.join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
} as const;

export function isReportFont(file: string): boolean {
  return Object.values(REPORT_FONT_FILES).includes(path.resolve(file));
}
