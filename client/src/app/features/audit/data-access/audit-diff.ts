/** A plain value as the diff shows it; `undefined` means "not there". */
export type DiffValue = string | number | boolean | null | undefined;

/** One field that differs between the old and the new value of an audit entry. */
export interface DiffRow {
  /** Dotted path, e.g. "title.en" or "1.2.retired". */
  readonly path: string;
  /** The path's parts, for labels. */
  readonly segments: readonly string[];
  readonly before: DiffValue;
  readonly after: DiffValue;
}

type Leaves = Map<string, { segments: string[]; value: DiffValue }>;

function isPlain(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function hasCode(value: unknown): value is { code: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * The leaves of a value, by path. Lists of plain values become one text ("1.2, 1.1, 1.3");
 * lists of things with a `code` (actions) are keyed by it, so a moved item is not a change;
 * other lists by position.
 */
function leaves(value: unknown, segments: string[] = [], into: Leaves = new Map()): Leaves {
  // Nothing recorded (a creation has no old value): no fields, rather than one empty one.
  if (value === undefined || (value === null && segments.length === 0)) {
    return into;
  }
  if (isPlain(value)) {
    into.set(segments.join('.'), { segments, value });
  } else if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.every(isPlain)) {
      into.set(segments.join('.'), { segments, value: items.map(String).join(', ') });
    } else {
      items.forEach((item, index) =>
        leaves(item, [...segments, hasCode(item) ? item.code : String(index)], into),
      );
    }
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, [...segments, key], into);
    }
  }
  return into;
}

/**
 * The fields that differ between `before` and `after`, in the order of the new value (then
 * fields only the old one had). A creation (no `before`) lists every field of the new value.
 */
export function diffValues(before: unknown, after: unknown): DiffRow[] {
  const old = leaves(before);
  const now = leaves(after);
  const paths = [...now.keys(), ...[...old.keys()].filter((path) => !now.has(path))];
  return paths.flatMap((path) => {
    const was = old.get(path);
    const is = now.get(path);
    if (was?.value === is?.value) {
      return [];
    }
    return [{ path, segments: (is ?? was)!.segments, before: was?.value, after: is?.value }];
  });
}
