import { Injectable } from '@angular/core';

/**
 * Holds chosen evidence files between the card that picked them and the effect that uploads
 * them. A `File` is not serialisable, so it stays out of actions and state; they carry its id.
 */
@Injectable({ providedIn: 'root' })
export class PendingUploads {
  private readonly files = new Map<string, File>();
  private next = 0;

  /** Keeps the file; returns the id to name it by. */
  keep(file: File): string {
    this.next += 1;
    const id = `upload-${this.next}`;
    this.files.set(id, file);
    return id;
  }

  /** The file, once: it is forgotten as it is handed out. */
  take(id: string): File | undefined {
    const file = this.files.get(id);
    this.files.delete(id);
    return file;
  }
}
