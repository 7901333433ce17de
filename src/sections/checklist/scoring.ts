/** The article's four signs, in the order the checklist shows them. */
export const SIGN_KEYS = [
  'stiffAnkles',
  'earlyHeelLift',
  'standingOrStairs',
  'calfTightness',
] as const;

export type SignKey = (typeof SIGN_KEYS)[number];

export type Answers = Record<SignKey, boolean>;

/** none = 0 signs, some = 1–2, most = 3–4. */
export type Band = 'none' | 'some' | 'most';

export interface ChecklistScore {
  signs: number;
  band: Band;
}

export function noAnswers(): Answers {
  return {
    stiffAnkles: false,
    earlyHeelLift: false,
    standingOrStairs: false,
    calfTightness: false,
  };
}

export function bandForSigns(signs: number): Band {
  if (signs <= 0) return 'none';
  return signs <= 2 ? 'some' : 'most';
}

/** Counts only values that are exactly `true`, so a host passing `"false"` or `1` cannot inflate the score. */
export function scoreChecklist(answers: Partial<Answers>): ChecklistScore {
  const signs = SIGN_KEYS.filter((key) => answers[key] === true).length;
  return { signs, band: bandForSigns(signs) };
}

/** Accepts what a host page may assign to `answers`; null when it is not an object at all. */
export function normalizeAnswers(value: unknown): Answers | null {
  if (value === null || typeof value !== 'object') return null;
  const answers = noAnswers();
  for (const key of SIGN_KEYS) answers[key] = (value as Partial<Answers>)[key] === true;
  return answers;
}
