/** How long after the last keystroke the editor saves by itself. */
export const AUTOSAVE_DELAY_MS = 2000;
/** How long to wait before trying again a save that could not reach the server. */
export const RETRY_DELAY_MS = 15_000;
