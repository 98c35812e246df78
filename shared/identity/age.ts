import { isRealDate, type LocalDate } from '../domain/time';

/** Policy 7.1 (and PIPL 31): a person under 14 is a child (儿童); their guardian acts for them. */
export const CHILD_AGE_LIMIT = 14;

function parts(date: LocalDate): [number, number, number] {
  if (!isRealDate(date)) throw new RangeError('expected a real YYYY-MM-DD date');
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Age in full years (周岁) on `today`, both calendar days in Asia/Shanghai.
 * The age goes up on the birthday itself: on the day of the 14th birthday the
 * person is 14. Someone born on 29 February goes up on 1 March in a common
 * year (that is the first day on which the birthday has passed).
 * Pure arithmetic on the date strings, so the workstation's time zone never
 * matters.
 */
export function ageOn(birthDate: LocalDate, today: LocalDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [ty, tm, td] = parts(today);
  const birthdayPassed = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayPassed ? 0 : 1);
}

/** Policy 7.1: under 14 is a child; on the 14th birthday the person is no longer one. */
export function isChild(age: number): boolean {
  return age < CHILD_AGE_LIMIT;
}
