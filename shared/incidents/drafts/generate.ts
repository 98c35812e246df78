import type { Incident } from '../../domain/incident';
import type { CompanyDetails } from '../../letters/company';
import { art33IsLate } from '../obligations';
import type { DraftKind, ReportStage } from '../vocabulary';
import { checkDraft, type CompletenessResult } from './completeness';
import { DRAFT_DEFINITIONS, type DraftContext, type DraftLanguage } from './elements';
import { generateArt33Notice, generateArt34Communication } from './gdpr';
import { generateAnnouncement, generateEmailNotice } from './notice';
import { generateRegulatorReport } from './regulatorReport';
import { generateSmsNotice } from './smsDraft';

export interface DraftInputs {
  company: CompanyDetails;
  nowMs: number;
}

/** The regulator report is initial (初报) until the officer marks it supplementary (续报). */
export function reportStage(incident: Incident): ReportStage {
  return incident.drafts['regulator-report']?.stage ?? 'initial';
}

export function draftContext(incident: Incident, nowMs: number): DraftContext {
  return { stage: reportStage(incident), art33Late: art33IsLate(incident, nowMs) };
}

/** The draft as the record says it today. */
export function generateDraft(kind: DraftKind, incident: Incident, inputs: DraftInputs): string {
  const base = { company: inputs.company, nowMs: inputs.nowMs };
  switch (kind) {
    case 'email':
      return generateEmailNotice(incident, base);
    case 'sms':
      return generateSmsNotice(incident);
    case 'announcement':
      return generateAnnouncement(incident, base);
    case 'regulator-report':
      return generateRegulatorReport(incident, { ...base, stage: reportStage(incident) });
    case 'gdpr-art33':
      return generateArt33Notice(incident, { ...base, late: art33IsLate(incident, inputs.nowMs) });
    case 'gdpr-art34':
      return generateArt34Communication(incident, { ...base, late: false });
  }
}

export interface DraftView {
  kind: DraftKind;
  language: DraftLanguage;
  text: string;
  /** the officer edited it: it no longer follows the record */
  edited: boolean;
  readyAt?: string;
  readyBy?: string;
  completeness: CompletenessResult;
}

/** A draft as shown: the officer's text when edited, else generated; and its completeness. */
export function viewDraft(kind: DraftKind, incident: Incident, inputs: DraftInputs): DraftView {
  const state = incident.drafts[kind];
  const text = state?.text ?? generateDraft(kind, incident, inputs);
  return {
    kind,
    language: DRAFT_DEFINITIONS[kind].language,
    text,
    edited: state?.text !== undefined,
    ...(state?.readyAt ? { readyAt: state.readyAt, readyBy: state.readyBy ?? '' } : {}),
    completeness: checkDraft(kind, text, draftContext(incident, inputs.nowMs)),
  };
}

/** The drafts an incident calls for: the notices always, the EEA ones where EEA people are affected. */
export function draftKindsFor(incident: Pick<Incident, 'regions'>): DraftKind[] {
  const kinds: DraftKind[] = ['email', 'sms', 'announcement', 'regulator-report'];
  if (incident.regions.includes('eea')) kinds.push('gdpr-art33', 'gdpr-art34');
  return kinds;
}
