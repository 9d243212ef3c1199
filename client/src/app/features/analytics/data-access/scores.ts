import { IMPLEMENTATION_STATUSES, scoreChange } from '@ppm/shared/rules';

/** The implementation scale in its order, for chart series and table columns. */
export const IMPLEMENTATION_ORDER = IMPLEMENTATION_STATUSES;

/** `current − previous` as the rules define it; `null` when either is missing. */
export function changeOf(
  current: number | null,
  previous: number | null | undefined,
): number | null {
  return previous === undefined ? null : scoreChange(current, previous);
}
