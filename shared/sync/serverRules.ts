/**
 * The rules the team's CouchDB enforces (issue 10: "permissions enforced by
 * the server, not only hidden in the UI"), as the design documents and
 * `_security` objects the app installs and versions. The validation
 * functions are CouchDB JavaScript (ES5, run by the server's engine), kept
 * here as source text; shared/sync/serverRules.test.ts runs them on the
 * cases that matter, and the integration tests install them in a real
 * CouchDB-protocol server and send forbidden writes as raw HTTP.
 *
 * A refusal's reason is a stable code (`casedesk:…`); the app says it in the
 * user's language (refusalText in the sync feature).
 */
export const SERVER_RULES_VERSION = 1;

export const ROLES = ['officer', 'manager', 'print'] as const;
export type TeamRole = (typeof ROLES)[number];

/** A CouchDB user name the app accepts: it names audit chains and documents, so no separators of ours. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_-]{1,39}$/;

export const refusalCodes = [
  'casedesk:design',
  'casedesk:role',
  'casedesk:unknown-document',
  'casedesk:shape',
  'casedesk:actor',
  'casedesk:chain',
  'casedesk:immutable-audit',
  'casedesk:immutable-letter',
  'casedesk:immutable-file',
  'casedesk:manager-only',
  'casedesk:reference-block-taken',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

const COMMON = `
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(code) { throw ({ forbidden: code }); }
  function canonical(value) {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Object.prototype.toString.call(value) === '[object Array]') {
      var items = [];
      for (var i = 0; i < value.length; i++) items.push(canonical(value[i]));
      return '[' + items.join(',') + ']';
    }
    var keys = [];
    for (var key in value) if (value.hasOwnProperty(key) && value[key] !== undefined) keys.push(key);
    keys.sort();
    var parts = [];
    for (var j = 0; j < keys.length; j++) parts.push(JSON.stringify(keys[j]) + ':' + canonical(value[keys[j]]));
    return '{' + parts.join(',') + '}';
  }
  if (has('_admin')) return;
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) refuse('casedesk:design');
  var colon = id.indexOf(':');
  var table = colon > 0 ? id.slice(0, colon) : '';
  var old = oldDoc && !oldDoc._deleted ? oldDoc : null;
  function auditEvent() {
    if (old) refuse('casedesk:immutable-audit');
    if (newDoc._deleted) refuse('casedesk:immutable-audit');
    if (!newDoc.row || !newDoc.txn || newDoc.txn.by !== userCtx.name) refuse('casedesk:actor');
    if (newDoc.row.actor !== userCtx.name) refuse('casedesk:actor');
    if (String(newDoc.row.chain).indexOf(userCtx.name + '.') !== 0) refuse('casedesk:chain');
  }
`;

/** The main database: everything but what print staff may see. */
export const MAIN_VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {${COMMON}
  if (!has('officer') && !has('manager')) refuse('casedesk:role');
  var TABLES = ['requesters', 'cases', 'documents', 'documentBlobs', 'letters', 'incidents', 'incidentPeople', 'identityChecks', 'unsortedFiles', 'settings', 'auditLog'];
  if (table === 'refblock') {
    if (old) refuse('casedesk:reference-block-taken');
    if (newDoc.by !== userCtx.name) refuse('casedesk:actor');
    return;
  }
  if (table === 'auditArchive') {
    if (old || newDoc._deleted) refuse('casedesk:immutable-audit');
    if (newDoc.by !== userCtx.name) refuse('casedesk:actor');
    return;
  }
  if (table === 'team') {
    if (!has('manager')) refuse('casedesk:manager-only');
    return;
  }
  if (TABLES.indexOf(table) < 0) refuse('casedesk:unknown-document');
  if (table === 'auditLog') return auditEvent();
  if (table === 'settings' && !has('manager')) refuse('casedesk:manager-only');
  if (newDoc._deleted) {
    if (table === 'letters' && old && old.row && old.row.status !== 'draft') refuse('casedesk:immutable-letter');
    return;
  }
  if (newDoc.table !== table || !newDoc.row || typeof newDoc.row !== 'object') refuse('casedesk:shape');
  if (!newDoc.txn || newDoc.txn.by !== userCtx.name) refuse('casedesk:actor');
  if (table === 'documentBlobs' && old) refuse('casedesk:immutable-file');
  if (table === 'letters' && old && old.row && old.row.status !== 'draft') {
    // a signed letter: only how it was delivered may be added to it
    var delivery = { status: 1, sentAt: 1, sentVia: 1, sentOn: 1, trackingNumber: 1, updatedAt: 1 };
    var k;
    for (k in old.row) if (old.row.hasOwnProperty(k) && !delivery[k] && canonical(old.row[k]) !== canonical(newDoc.row[k])) refuse('casedesk:immutable-letter');
    for (k in newDoc.row) if (newDoc.row.hasOwnProperty(k) && !delivery[k] && !old.row.hasOwnProperty(k)) refuse('casedesk:immutable-letter');
    if (newDoc.row.status === 'draft') refuse('casedesk:immutable-letter');
  }
}`;

/** The print database: the letters to print and their envelopes' addresses, and who printed what. */
export const PRINT_VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {${COMMON}
  if (table === 'print') {
    if (!has('officer') && !has('manager')) refuse('casedesk:role');
    if (old || newDoc._deleted) refuse('casedesk:immutable-letter');
    if (!newDoc.txn || newDoc.txn.by !== userCtx.name) refuse('casedesk:actor');
    return;
  }
  if (table === 'printed') {
    if (!has('print') && !has('officer') && !has('manager')) refuse('casedesk:role');
    if (old || newDoc._deleted) refuse('casedesk:immutable-audit');
    if (!newDoc.txn || newDoc.txn.by !== userCtx.name || !newDoc.row || newDoc.row.by !== userCtx.name) refuse('casedesk:actor');
    return;
  }
  if (table === 'auditLog') return auditEvent();
  refuse('casedesk:unknown-document');
}`;

export interface DesignDocument {
  _id: '_design/casedesk';
  casedesk_rules_version: number;
  language: 'javascript';
  validate_doc_update: string;
}

export function designDocument(kind: 'main' | 'print'): DesignDocument {
  return {
    _id: '_design/casedesk',
    casedesk_rules_version: SERVER_RULES_VERSION,
    language: 'javascript',
    validate_doc_update: kind === 'main' ? MAIN_VALIDATE : PRINT_VALIDATE,
  };
}

/** Who may read each database at all (CouchDB refuses everyone else, anonymous included). */
export function securityObject(kind: 'main' | 'print') {
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: kind === 'main' ? ['officer', 'manager'] : ['officer', 'manager', 'print'] },
  };
}

export function printDatabaseName(main: string): string {
  return `${main}-print`;
}
