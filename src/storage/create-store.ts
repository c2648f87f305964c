/**
 * Chooses the store by STORAGE_PROVIDER: `local` keeps files under RATHAUS_DATA_DIR/state,
 * `azure-blob` uses the configured container (managed identity via AZURE_STORAGE_ACCOUNT_URL, or a
 * development connection string). Called once by the composition root.
 */
import path from 'node:path';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { AppConfig } from '../config.js';
import type { Logger } from '../core/logger.js';
import { createAzureBlobStore } from './azure-blob-store.js';
import { createLocalStore } from './local-store.js';
import type { Store } from './store.js';

export type StoreConfig = Pick<
  AppConfig,
  'STORAGE_PROVIDER' | 'RATHAUS_DATA_DIR' | 'AZURE_STORAGE_ACCOUNT_URL' | 'AZURE_STORAGE_CONTAINER' | 'AZURE_STORAGE_CONNECTION_STRING' | 'AZURE_CLIENT_ID'
>;

export interface StoreDeps {
  logger?: Logger;
  /** Overrides DefaultAzureCredential (tests, or a credential shared with other Azure clients). */
  credential?: TokenCredential;
}

/** The local store's directory below RATHAUS_DATA_DIR. */
export function localStateDir(config: Pick<AppConfig, 'RATHAUS_DATA_DIR'>): string {
  return path.join(config.RATHAUS_DATA_DIR, 'state');
}

export function createStore(config: StoreConfig, deps: StoreDeps = {}): Store {
  if (config.STORAGE_PROVIDER === 'azure-blob') {
    const connectionString = config.AZURE_STORAGE_CONNECTION_STRING;
    const credential = connectionString
      ? undefined
      : (deps.credential ?? new DefaultAzureCredential(config.AZURE_CLIENT_ID ? { managedIdentityClientId: config.AZURE_CLIENT_ID } : {}));
    return createAzureBlobStore({
      connectionString,
      accountUrl: config.AZURE_STORAGE_ACCOUNT_URL,
      container: config.AZURE_STORAGE_CONTAINER,
      credential,
      logger: deps.logger,
    });
  }
  // Conversation state and usage counters change on every turn: atomic, but not fsynced (see LocalStoreOptions).
  // Conversation state is also kept in memory (one instance per local store), saving file reads per turn.
  return createLocalStore(localStateDir(config), { logger: deps.logger, relaxedPrefixes: ['botstate/', 'usage/'], cachedPrefixes: ['botstate/'] });
}
