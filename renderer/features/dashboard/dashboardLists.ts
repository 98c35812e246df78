import { isLocalDate } from '../../../shared/calendar';
import type { Case } from '../../../shared/domain/case';
import { requestTypeIds, type RequestType } from '../../../shared/domain/requestTypes';
import type { LocalDate } from '../../../shared/domain/time';
import type { CaseDeskDatabase } from '../../db/database';
import { casesDueOn, casesInState, dashboardStateIds, liveCasesOfOfficer, liveCasesOfType, type DashboardState, type DueWindow } from './dashboardQueries';

/**
 * The list the dashboard shows under its cards: the cases behind a count,
 * an officer, a request type or a day of the calendar. It lives in the URL
 * (`/deadlines?list=state:overdue`), so the back button and a shared link
 * bring the same list back.
 */
export type ListSelection =
  | { kind: 'state'; state: DashboardState }
  | { kind: 'officer'; name: string }
  | { kind: 'type'; type: RequestType }
  | { kind: 'day'; date: LocalDate };

export const LIST_PARAM = 'list';

export function formatSelection(selection: ListSelection): string {
  switch (selection.kind) {
    case 'state':
      return `state:${selection.state}`;
    case 'officer':
      return `officer:${selection.name}`;
    case 'type':
      return `type:${selection.type}`;
    case 'day':
      return `day:${selection.date}`;
  }
}

/** The selection in a URL parameter; anything unrecognised is no selection. */
export function parseSelection(value: string | null): ListSelection | undefined {
  if (!value) return undefined;
  const colon = value.indexOf(':');
  if (colon < 0) return undefined;
  const [kind, rest] = [value.slice(0, colon), value.slice(colon + 1)];
  if (kind === 'state') return (dashboardStateIds as readonly string[]).includes(rest) ? { kind, state: rest as DashboardState } : undefined;
  if (kind === 'officer') return { kind, name: rest };
  if (kind === 'type') return (requestTypeIds as readonly string[]).includes(rest) ? { kind, type: rest as RequestType } : undefined;
  if (kind === 'day') return isLocalDate(rest) ? { kind, date: rest } : undefined;
  return undefined;
}

export function sameSelection(a: ListSelection | undefined, b: ListSelection | undefined): boolean {
  return a !== undefined && b !== undefined && formatSelection(a) === formatSelection(b);
}

/** The cases of the selected list, read through the same index ranges as its count. */
export function casesOfSelection(db: CaseDeskDatabase, selection: ListSelection, window: DueWindow): Promise<Case[]> {
  switch (selection.kind) {
    case 'state':
      return casesInState(db, selection.state, window);
    case 'officer':
      return liveCasesOfOfficer(db, selection.name);
    case 'type':
      return liveCasesOfType(db, selection.type);
    case 'day':
      return casesDueOn(db, selection.date);
  }
}

/** An ASCII word for the export's file name (officer names are Chinese: they become 'officer'). */
export function selectionSlug(selection: ListSelection): string {
  switch (selection.kind) {
    case 'state':
      return selection.state;
    case 'officer':
      return 'officer';
    case 'type':
      return `type-${selection.type}`;
    case 'day':
      return `due-${selection.date}`;
  }
}
