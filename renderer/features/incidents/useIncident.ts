import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '../../../shared/domain/audit';
import type { Incident } from '../../../shared/domain/incident';
import type { CompanyDetails } from '../../../shared/letters/company';
import { auditEventsFor } from '../../db/audit';
import { database } from '../../db/database';
import { incidentSubject } from '../../db/incidents';
import { readLetterSettings, type LetterSettings } from '../../db/lettersSettings';

export interface IncidentData {
  incident: Incident;
  events: AuditEvent[];
  letters: LetterSettings;
  company: CompanyDetails;
}

/** An incident with its timeline and the letter settings its drafts print with; null when there is none. */
export function useIncident(id: string | undefined): IncidentData | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const db = database();
    const incident = await db.incidents.get(id);
    if (!incident) return null;
    const [events, letters] = await Promise.all([auditEventsFor(db, incidentSubject(id)), readLetterSettings(db)]);
    return { incident, events, letters, company: letters.company };
  }, [id]);
}
