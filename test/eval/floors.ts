/**
 * Comparing measured headline numbers with the floors pinned in `test/eval/floors.json`, and
 * pinning new floors. Pure functions.
 *
 * The floors file is a flat JSON object: `"comment"` (text) plus one number per headline key
 * (`"extract.trafilatura.dossier.f1": 0.887`). A floor is pinned at the measured value minus
 * {@link FLOOR_MARGIN}, rounded down to three decimals.
 */

/** Slack below the measured value when pinning a floor: absorbs harmless drift from tuning elsewhere, still catches a real drop. */
export const FLOOR_MARGIN = 0.005;

/** How one headline number compares with its floor. */
export interface FloorCheck {
  key: string;
  measured: number | null;
  floor: number | null;
  /** `ok`, `below` (a drop: the gate fails), `unmeasured` (its set is absent), `no-floor`. */
  status: 'ok' | 'below' | 'unmeasured' | 'no-floor';
}

/** The numeric floors of a parsed floors file (the comment and any non-number ignored). */
export function floorsOf(file: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(file).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/**
 * Every floor and every measured key, checked, sorted by key.
 * @param measured headline numbers from the evaluations that ran
 * @param floors the pinned floors
 */
export function checkFloors(measured: Record<string, number>, floors: Record<string, number>): FloorCheck[] {
  const keys = [...new Set([...Object.keys(floors), ...Object.keys(measured)])].sort();
  return keys.map((key) => {
    const value = measured[key] ?? null;
    const floor = floors[key] ?? null;
    if (value === null) return { key, measured: null, floor, status: 'unmeasured' as const };
    if (floor === null) return { key, measured: value, floor: null, status: 'no-floor' as const };
    return { key, measured: value, floor, status: value < floor ? ('below' as const) : ('ok' as const) };
  });
}

/** The floor for a measured value: minus {@link FLOOR_MARGIN}, rounded down to 0.001, never below 0. */
export function pinFloor(measured: number): number {
  return Math.max(0, Math.floor((measured - FLOOR_MARGIN) * 1000 + 1e-9) / 1000);
}
