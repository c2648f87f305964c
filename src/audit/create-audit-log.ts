/**
 * The audit log for a configuration: JSON lines under RATHAUS_DATA_DIR/audit with the local
 * store, records in the shared store (prefix "audit/") with Azure Blob, so all instances write to
 * one log.
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import type { Store } from '../storage/store.js';
import { createAuditLog, type AuditLog } from './audit-log.js';
import { createFileAuditSink, createStoreAuditSink } from './audit-sink.js';

export function auditDir(config: Pick<AppConfig, 'RATHAUS_DATA_DIR'>): string {
  return path.join(config.RATHAUS_DATA_DIR, 'audit');
}

export function createAuditLogFor(
  config: Pick<AppConfig, 'STORAGE_PROVIDER' | 'RATHAUS_DATA_DIR' | 'AUDIT_RETENTION_DAYS'>,
  deps: { store: Store; now?: () => Date },
): AuditLog {
  const sink = config.STORAGE_PROVIDER === 'azure-blob' ? createStoreAuditSink(deps.store) : createFileAuditSink(auditDir(config));
  return createAuditLog({ sink, retentionDays: config.AUDIT_RETENTION_DAYS, now: deps.now });
}
