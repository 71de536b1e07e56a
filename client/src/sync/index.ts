// The public face of the device sync engine. Crew screens import from here, nothing deeper.
export { KerbsideDeviceDb } from './local-db';
export type { ClosureDraft, LocalJob, LocalPhoto, OutboxEntry, OutboxState, PhotoState } from './local-db';
export { recordChange, savePhoto, deviceId, dismissRejected, InvalidChangeError } from './outbox';
export type { ChangeInput, PhotoInput, SyncUser } from './outbox';
export { readSyncCounts } from './queries';
export type { OthersUnsent, RejectedWork, SyncCounts } from './queries';
export { createSyncEngine } from './engine';
export type { SyncEngine, SyncEngineOptions, SyncOutcome, SyncStatus } from './engine';
export { createHttpTransport, TransportError } from './transport';
export type { FailureKind, SyncTransport } from './transport';
export { createSyncScheduler, backgroundSyncTag } from './scheduler';
export type { SyncScheduler } from './scheduler';
export { startDeviceSync } from './device-sync';
export type { DeviceSync, DeviceSyncOptions } from './device-sync';
export { useSyncStatus } from './use-sync-status';
export type { SyncStatusView } from './use-sync-status';
