/**
 * Store on Azure Blob Storage for production, where several bot instances share state. One blob
 * per key (JSON); the blob's ETag is the record's etag, so conditional writes use the service's
 * own If-Match / If-None-Match and stay correct across instances. Brief unavailability is retried
 * by the SDK's retry policy within a bounded time; after that callers get AppError('transient')
 * with a German message.
 */
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { AppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { encodeSegmentRaw } from './key-path.js';
import {
  STORE_UNAVAILABLE_MESSAGE,
  StoreConflictError,
  assertValidKey,
  assertValidPrefix,
  type DeleteOptions,
  type PutOptions,
  type Store,
  type StoredItem,
} from './store.js';

export interface AzureBlobStoreOptions {
  /** Blob endpoint, e.g. https://account.blob.core.windows.net; used with `credential` (managed identity). */
  accountUrl?: string;
  /** Development only (Azurite); wins over accountUrl. */
  connectionString?: string;
  container: string;
  /** Defaults to DefaultAzureCredential (managed identity in Azure, az login locally). */
  credential?: TokenCredential;
  /** Bounds for the SDK's retries of brief unavailability (defaults: 4 tries, 0.5–4 s apart, 15 s per try). */
  retry?: { maxTries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number; tryTimeoutInMs?: number };
  logger?: Logger;
}

const MAX_BLOB_NAME = 1024;
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  details?: { errorCode?: string };
}

export function createAzureBlobStore(options: AzureBlobStoreOptions): Store {
  const pipeline: StoragePipelineOptions = {
    retryOptions: { maxTries: 4, retryDelayInMs: 500, maxRetryDelayInMs: 4000, tryTimeoutInMs: 15_000, ...options.retry },
  };
  let service: BlobServiceClient;
  if (options.connectionString) service = BlobServiceClient.fromConnectionString(options.connectionString, pipeline);
  else if (options.accountUrl) service = new BlobServiceClient(options.accountUrl, options.credential ?? new DefaultAzureCredential(), pipeline);
  else throw new AppError('config', 'Azure Blob store: accountUrl or connectionString required');
  const container: ContainerClient = service.getContainerClient(options.container);

  let containerReady: Promise<void> | undefined;
  function ensureContainer(): Promise<void> {
    containerReady ??= container.createIfNotExists().then(
      () => undefined,
      (e: unknown) => {
        containerReady = undefined; // try again on the next call
        throw e;
      },
    );
    return containerReady;
  }

  function blobName(key: string): string {
    assertValidKey(key);
    const name = key.split('/').map(encodeSegmentRaw).join('/');
    if (name.length > MAX_BLOB_NAME) throw new AppError('invalidInput', `Store: key too long for a blob name: ${key.slice(0, 80)}`);
    return name;
  }

  function statusOf(e: unknown): RestErrorLike {
    return (e ?? {}) as RestErrorLike;
  }

  /** Turns SDK failures (after its retries) into AppErrors the shells can explain. */
  function translate(e: unknown, what: string, key: string): never {
    if (e instanceof AppError) throw e;
    const { statusCode, code } = statusOf(e);
    const message = `Azure Blob store: ${what} "${key}" failed (${statusCode ?? code ?? 'error'}): ${(e as Error)?.message ?? e}`;
    options.logger?.warn({ statusCode, code, key, what }, 'azure blob store request failed');
    if (statusCode === undefined || TRANSIENT_STATUS.has(statusCode)) throw new AppError('transient', message, STORE_UNAVAILABLE_MESSAGE, { cause: e });
    if (statusCode === 401 || statusCode === 403) {
      throw new AppError('config', message, 'Der Bot hat keinen Zugriff auf seinen Speicher. Bitte wenden Sie sich an die Administration.', { cause: e });
    }
    throw new AppError('internal', message, STORE_UNAVAILABLE_MESSAGE, { cause: e });
  }

  function isConditionFailure(e: unknown): boolean {
    const { statusCode, details } = statusOf(e);
    return statusCode === 412 || (statusCode === 409 && details?.errorCode === 'BlobAlreadyExists');
  }

  async function readBody(stream: NodeJS.ReadableStream | undefined): Promise<string> {
    if (!stream) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks).toString('utf8');
  }

  const store: Store = {
    async get<T>(key: string): Promise<T | undefined> {
      return (await store.read<T>(key))?.value;
    },

    async read<T>(key: string): Promise<StoredItem<T> | undefined> {
      const name = blobName(key);
      try {
        await ensureContainer();
        const response = await container.getBlockBlobClient(name).download();
        const text = await readBody(response.readableStreamBody);
        return { value: JSON.parse(text) as T, etag: response.etag ?? '' };
      } catch (e) {
        if (statusOf(e).statusCode === 404) return undefined;
        if (e instanceof SyntaxError) throw new AppError('internal', `Azure Blob store: "${key}" is not valid JSON`, STORE_UNAVAILABLE_MESSAGE, { cause: e });
        return translate(e, 'read', key);
      }
    },

    async put<T>(key: string, value: T, opts: PutOptions = {}): Promise<{ etag: string }> {
      const name = blobName(key);
      const body = JSON.stringify(value);
      if (body === undefined) throw new AppError('invalidInput', `Store: value for ${key} is not JSON-serialisable`);
      const conditions = opts.ifNoneMatch === '*' ? { ifNoneMatch: '*' } : opts.ifMatch !== undefined ? { ifMatch: opts.ifMatch } : undefined;
      try {
        await ensureContainer();
        const response = await container.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), {
          conditions,
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        });
        return { etag: response.etag ?? '' };
      } catch (e) {
        // ifMatch on a missing blob answers 404 (BlobNotFound): for us that is a failed condition too.
        if (isConditionFailure(e) || (conditions && 'ifMatch' in conditions && statusOf(e).statusCode === 404)) throw new StoreConflictError(key);
        return translate(e, 'write', key);
      }
    },

    async delete(key: string, opts: DeleteOptions = {}): Promise<void> {
      const name = blobName(key);
      try {
        await ensureContainer();
        await container.getBlockBlobClient(name).deleteIfExists({ conditions: opts.ifMatch !== undefined ? { ifMatch: opts.ifMatch } : undefined });
      } catch (e) {
        if (statusOf(e).statusCode === 404) return;
        if (isConditionFailure(e)) throw new StoreConflictError(key);
        translate(e, 'delete', key);
      }
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      // The server filters by the complete segments; the partial last one is matched on decoded keys.
      const complete = prefix.split('/').slice(0, -1);
      const serverPrefix = complete.length ? `${complete.map(encodeSegmentRaw).join('/')}/` : '';
      const keys: string[] = [];
      try {
        await ensureContainer();
        for await (const blob of container.listBlobsFlat({ prefix: serverPrefix || undefined })) {
          const key = decodeName(blob.name);
          if (key !== undefined && key.startsWith(prefix)) keys.push(key);
        }
      } catch (e) {
        translate(e, 'list', prefix);
      }
      return keys.sort();
    },

    async ready(): Promise<boolean> {
      try {
        await ensureContainer();
        return await container.exists();
      } catch (e) {
        options.logger?.warn({ err: (e as Error)?.message }, 'azure blob store not ready');
        return false;
      }
    },
  };
  return store;
}

function decodeName(name: string): string | undefined {
  try {
    return name.split('/').map((s) => decodeURIComponent(s)).join('/');
  } catch {
    return undefined;
  }
}
