import type * as Shared from '@ppm/shared';

/**
 * The longest title the server takes, in either language. Typed by `@ppm/shared`'s
 * MAX_TITLE_LENGTH (a type-only import: its runtime would bring zod along), so this stops
 * compiling if the two ever differ.
 */
export const TITLE_MAX_LENGTH: typeof Shared.MAX_TITLE_LENGTH = 500;
