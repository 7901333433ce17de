/**
 * The two home self-tests' results, as the reader entered them. Knee to wall is kept in centimetres whatever unit the
 * reader typed in; `null` means not entered (or refused).
 */
export const AGE_BANDS = ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface SelfTests {
  kneeToWall: { left: number | null; right: number | null };
  heelRaise: { left: number | null; right: number | null; ageBand: AgeBand | null };
}

export function noSelfTests(): SelfTests {
  return { kneeToWall: { left: null, right: null }, heelRaise: { left: null, right: null, ageBand: null } };
}

/** True once the reader has entered at least one measurement. */
export function hasMeasurement({ kneeToWall, heelRaise }: SelfTests): boolean {
  return [kneeToWall.left, kneeToWall.right, heelRaise.left, heelRaise.right].some((value) => value !== null);
}

/** A deep copy, so a listener of an event cannot change the widget's state. */
export function copySelfTests({ kneeToWall, heelRaise }: SelfTests): SelfTests {
  return { kneeToWall: { ...kneeToWall }, heelRaise: { ...heelRaise } };
}
