import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Hands a received file to the browser as a download. */
export type SaveFile = (blob: Blob, fileName: string) => void;

export const SAVE_FILE = new InjectionToken<SaveFile>('SAVE_FILE', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (blob, fileName) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The click has handed the file over; the address is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    };
  },
});

/** The file name the server gave in `Content-Disposition`, else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) {
    return fallback;
  }
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed name: fall through to the plain one.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}
