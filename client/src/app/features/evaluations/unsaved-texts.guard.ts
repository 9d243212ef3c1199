import type { CanDeactivateFn } from '@angular/router';
import type { Observable } from 'rxjs';

/** A page that may hold unsaved texts and asks before they are left behind. */
export interface KeepsUnsavedTexts {
  confirmLeave(): Observable<boolean> | boolean;
}

/** Leaving the editor with unsaved texts asks first. */
export const unsavedTextsGuard: CanDeactivateFn<KeepsUnsavedTexts> = (page) => page.confirmLeave();
