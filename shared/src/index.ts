export * from './enums.js';
export * from './auth.js';
export * from './cases.js';
export * from './reference.js';
export * from './sla.js';
export * from './bank-holidays.js';
export * from './sync.js';
