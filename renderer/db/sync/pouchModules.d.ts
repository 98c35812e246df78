// PouchDB's packages ship no types of their own; the sync steps use a narrow, typed view (replica.ts, pouch.ts).
declare module 'pouchdb-core' {
  const PouchDB: import('./pouch').PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'transform-pouch' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
