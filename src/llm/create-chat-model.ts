/**
 * Builds the ChatModel / EmbeddingModel for LLM_PROVIDER. Called once in the composition root
 * (src/index.ts) or a CLI command; use cases receive the result as a dependency.
 */
import { DefaultAzureCredential, getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import OpenAI, { AzureOpenAI } from 'openai';
import type { AppConfig } from '../config.js';
import type { Logger } from '../core/logger.js';
import type { ChatModel, EmbeddingModel } from './chat-model.js';
import type { ModelCallSettings } from './call-model.js';
import { createOpenAiChatModel, createOpenAiEmbeddingModel } from './openai-chat-model.js';
import { noUsageRecorder, type UsageRecorder } from './usage.js';

/** Scope for keyless Entra ID access to Azure OpenAI (Cognitive Services). */
export const AZURE_COGNITIVE_SCOPE = 'https://cognitiveservices.azure.com/.default';

export type ModelConfig = Pick<
  AppConfig,
  | 'LLM_PROVIDER'
  | 'AZURE_OPENAI_ENDPOINT'
  | 'AZURE_OPENAI_DEPLOYMENT'
  | 'AZURE_OPENAI_API_VERSION'
  | 'AZURE_OPENAI_API_KEY'
  | 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_MODEL'
  | 'OPENAI_EMBEDDING_MODEL'
  | 'LLM_TIMEOUT_MS'
  | 'LLM_MAX_RETRIES'
> &
  Partial<Pick<AppConfig, 'AZURE_CLIENT_ID'>>;

export interface ModelDeps {
  /** Receives one entry per model call (pilot report); default: records nothing. */
  usage?: UsageRecorder;
  logger?: Logger;
  /** Entra ID credential for keyless Azure access; default DefaultAzureCredential (managed identity in Azure). */
  credential?: TokenCredential;
  /** Overrides for tests and benches. */
  totalDeadlineMs?: number;
  sleep?: ModelCallSettings['sleep'];
  random?: ModelCallSettings['random'];
}

/** The chat model for LLM_PROVIDER, or undefined for 'none' (extractive answers only). */
export function createChatModel(config: ModelConfig, deps: ModelDeps = {}): ChatModel | undefined {
  if (config.LLM_PROVIDER === 'none') return undefined;
  if (config.LLM_PROVIDER === 'azure-openai') {
    const deployment = required(config.AZURE_OPENAI_DEPLOYMENT, 'AZURE_OPENAI_DEPLOYMENT');
    return createOpenAiChatModel(azureClient(config, deployment, deps), settings(config, deployment, 'azure-openai', deps));
  }
  const model = required(config.OPENAI_MODEL, 'OPENAI_MODEL');
  return createOpenAiChatModel(compatibleClient(config), settings(config, model, 'openai-compatible', deps));
}

/** The embedding model when one is configured (switches hybrid search on), else undefined. */
export function createEmbeddingModel(config: ModelConfig, deps: ModelDeps = {}): EmbeddingModel | undefined {
  if (config.LLM_PROVIDER === 'azure-openai' && config.AZURE_OPENAI_EMBEDDING_DEPLOYMENT) {
    const deployment = config.AZURE_OPENAI_EMBEDDING_DEPLOYMENT;
    return createOpenAiEmbeddingModel(azureClient(config, deployment, deps), settings(config, deployment, 'azure-openai', deps));
  }
  if (config.LLM_PROVIDER === 'openai-compatible' && config.OPENAI_EMBEDDING_MODEL) {
    return createOpenAiEmbeddingModel(compatibleClient(config), settings(config, config.OPENAI_EMBEDDING_MODEL, 'openai-compatible', deps));
  }
  return undefined;
}

function settings(config: ModelConfig, model: string, provider: ModelCallSettings['provider'], deps: ModelDeps): ModelCallSettings {
  return {
    model,
    provider,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    totalDeadlineMs: deps.totalDeadlineMs,
    usage: deps.usage ?? noUsageRecorder,
    logger: deps.logger,
    sleep: deps.sleep,
    random: deps.random,
  };
}

function azureClient(config: ModelConfig, deployment: string, deps: ModelDeps): AzureOpenAI {
  const endpoint = required(config.AZURE_OPENAI_ENDPOINT, 'AZURE_OPENAI_ENDPOINT').replace(/\/+$/, '');
  // baseURL is passed explicitly (not `endpoint`): the client would otherwise read
  // OPENAI_BASE_URL from process.env, and config.ts is the only place that reads the environment.
  const common = {
    baseURL: `${endpoint}/openai`,
    deployment,
    apiVersion: config.AZURE_OPENAI_API_VERSION,
    maxRetries: 0, // retries happen in call-model.ts, honouring Retry-After under one deadline
    timeout: config.LLM_TIMEOUT_MS,
    organization: null,
    project: null,
  };
  if (config.AZURE_OPENAI_API_KEY) return new AzureOpenAI({ ...common, apiKey: config.AZURE_OPENAI_API_KEY });
  const credential = deps.credential ?? new DefaultAzureCredential(config.AZURE_CLIENT_ID ? { managedIdentityClientId: config.AZURE_CLIENT_ID } : {});
  return new AzureOpenAI({ ...common, azureADTokenProvider: getBearerTokenProvider(credential, AZURE_COGNITIVE_SCOPE) });
}

function compatibleClient(config: ModelConfig): OpenAI {
  return new OpenAI({
    baseURL: required(config.OPENAI_BASE_URL, 'OPENAI_BASE_URL'),
    // Local servers such as Ollama need no key, but the client insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    maxRetries: 0,
    timeout: config.LLM_TIMEOUT_MS,
    organization: null,
    project: null,
  });
}

function required(value: string | undefined, name: string): string {
  // parseConfig's cross-check already guarantees these; this guards hand-built configs in tests.
  if (!value) throw new Error(`${name} is required for this LLM_PROVIDER`);
  return value;
}
