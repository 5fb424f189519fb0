// Division lookups that answer an API error when the code names no division.
import { notFound } from '../http/errors.ts';
import type { Division, DivisionIndex } from './divisions.ts';

export const divisionNotFound = (code: string) => notFound({ zh: `行政区划代码 ${code} 不存在`, en: `No division with code ${code}` });

/** The division with this code, or 404. */
export function requireDivision(divisions: Pick<DivisionIndex, 'get'>, code: string): Division {
  const division = divisions.get(code);
  if (!division) throw divisionNotFound(code);
  return division;
}
