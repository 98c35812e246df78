// Loaded with `node --require` before pouchdb-server (shared/sync/test-support/teamServer.ts).
//
// pouchdb-server 4.2's validation (pouchdb-validation) sets `newDoc._revisions`
// to the OLD document's revisions before calling validate_doc_update, on the
// very object it then writes. For a replicated write (new_edits=false) that
// history is what places the revision in the tree, so every update of an
// existing document by the replicator was answered "ok" and silently
// dropped whenever the database had a validation function. Apache CouchDB
// does not do this. Here the validation step gets to mutate the document as
// it likes, and the revision history the replicator sent is put back before
// the write.
'use strict';
const Module = require('node:module');
const load = Module._load;
let patched;
Module._load = function (request, ...rest) {
  const exported = load.call(this, request, ...rest);
  if (request !== 'pouchdb-bulkdocs-wrapper') return exported;
  patched ??= (handler) =>
    exported((doc, args) => {
      const revisions = doc._revisions;
      return handler(doc, args).then((result) => {
        if (revisions === undefined) delete doc._revisions;
        else doc._revisions = revisions;
        return result;
      });
    });
  return patched;
};
