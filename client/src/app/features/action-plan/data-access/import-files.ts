import { Injectable } from '@angular/core';

/** What the store knows of a chosen file: a reference and what to show, never the file. */
export interface ChosenFile {
  readonly id: string;
  readonly name: string;
  readonly size: number;
}

/**
 * Holds a chosen spreadsheet between the page that picked it and the effect that uploads it.
 * A `File` is not serialisable, so it stays out of actions and state; they carry its id.
 */
@Injectable({ providedIn: 'root' })
export class ImportFiles {
  private readonly files = new Map<string, File>();
  private next = 0;

  keep(file: File): ChosenFile {
    this.next += 1;
    const id = `file-${this.next}`;
    this.files.set(id, file);
    return { id, name: file.name, size: file.size };
  }

  /** The file, once: it is forgotten as it is handed out. */
  take(id: string): File | undefined {
    const file = this.files.get(id);
    this.files.delete(id);
    return file;
  }
}
