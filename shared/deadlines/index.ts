/**
 * Deadlines (SPEC §3): the rules, the engine, its explanation in words,
 * recomputation after a calendar or rule change, and due-date notifications.
 */
export * from './deadlineRule';
export * from './deadlineResult';
export { computeDeadline, shanghaiDay, type ComputeOptions } from './computeDeadline';
export * from './formatExplanation';
export * from './recomputeAll';
export * from './dueNotifications';
export * from './responseFigures';
export * from './liveTallies';
