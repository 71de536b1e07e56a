export * from './db.js';
export * from './fixtures.js';
export * from './caller.js';
export * from './photos.js';
