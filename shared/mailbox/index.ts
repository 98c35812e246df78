export * from './account';
export * from './batch';
export * from './send';
export * from './status';
