import { Pipe, type PipeTransform } from '@angular/core';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A figure with one decimal in the reader's language ("42.5" / "42,5"), as the reports print
 * scores; null shows as a dash. Through `Intl`, so no Angular locale data is shipped.
 */
@Pipe({ name: 'oneDecimal' })
export class OneDecimalPipe implements PipeTransform {
  /** `unit` ("%") follows the figure after a no-break space. */
  transform(value: number | null | undefined, locale: string, signed = false, unit = ''): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
      return '–';
    }
    const key = `${locale}|${signed}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
      });
      formats.set(key, format);
    }
    return unit ? `${format.format(value)}\u00a0${unit}` : format.format(value);
  }
}
