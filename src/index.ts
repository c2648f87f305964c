/**
 * Composition root: configuration → services → Teams AI Application → restify server.
 * Nothing else wires; everything below takes its dependencies as arguments.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from './bot/index.js';
import { ConfigError, isLocalMode, loadConfig, recordsUnansweredText, type AppConfig } from './config.js';
import { createLogger, type Logger } from './core/logger.js';
import { createChatAsk } from './knowledge/chat-ask.js';
import { loadOrBuildIndex } from './knowledge/index/load-or-build-index.js';
import type { Retriever } from './knowledge/retriever.js';
import { createLocalFolderSource } from './knowledge/sources/local-folder-source.js';
import { createChatModel, createEmbeddingModel } from './llm/create-chat-model.js';
import { createStoreUsageRecorder, readUsage } from './llm/store-usage-recorder.js';
import { buildUsageReport, formatUsageReport } from './reports/usage-report.js';
import { generatePilotReport, pilotSettingsFromConfig, writePilotReportFiles } from './reports/pilot/generate-pilot-report.js';
import { createAuditLogFor } from './audit/create-audit-log.js';
import { scheduleAuditPurge } from './audit/audit-log.js';
import { createTurnGuards } from './security/turn-guards.js';
import { outboundPolicyFromConfig, securityFromConfig } from './security/from-config.js';
import { createOffThreadParsers } from './security/off-thread-parsers.js';
import { createOutboundFetch } from './security/outbound-fetch.js';
import { createOparl } from './oparl/create-oparl.js';
import { scheduleOparlSync } from './oparl/schedule-sync.js';
import { createDelegatedGraphClient } from './graph/delegated-client.js';
import { createGroupMembershipChecker } from './graph/group-membership.js';
import { startMinutesSupervisor } from './minutes/job-supervisor.js';
import { createOffThreadDraft } from './minutes/off-thread-draft.js';
import { createMinutesService } from './minutes/minutes-service.js';
import { loadMinutesTemplate } from './minutes/template.js';
import { createFeedbackRecords } from './storage/records/feedback-records.js';
import { createMinutesDraftRecords } from './storage/records/minutes-draft-records.js';
import { createTimeFeedbackRecords } from './storage/records/time-feedback-records.js';
import { createUnansweredRecords } from './storage/records/unanswered-records.js';
import { purgeWaitingFiles } from './storage/records/waiting-files.js';
import { hashUserId } from './storage/records/record-keys.js';
import { createStore } from './storage/create-store.js';
import { createChecker } from './check/create-checker.js';
import { createCheckService } from './check/check-service.js';
import { FILES_PREFIX } from './minutes/minutes-job.js';

export interface StartedApp {
  server: RunningServer;
  services: BotServices;
  /** Resolves when the knowledge index is ready (or failed; then /readyz stays 503 with the reason). */
  indexReady: Promise<void>;
  /** Resolves when no request acknowledged by the bot (minutes, checks) still runs in the background. */
  idle: () => Promise<void>;
}

/** Builds every service from the configuration and starts the HTTP server. */
export async function startRathaus(config: AppConfig, logger: Logger): Promise<StartedApp> {
  const store = createStore(config, { logger });
  // Files are parsed on worker threads: a big or hostile file never holds the event loop.
  const parsers = createOffThreadParsers({ ocr: { OCR: config.OCR, OCR_PAGE_TIMEOUT_S: config.OCR_PAGE_TIMEOUT_S } });
  // Every model call is recorded (purpose, tokens, time) for the pilot report of usage and costs.
  const usage = createStoreUsageRecorder(store, { logger });
  const chatModel = createChatModel(config, { logger, usage });
  const embedder = createEmbeddingModel(config, { logger, usage });

  // The index is built in the background: /readyz answers 503 until it is ready, and a question
  // asked meanwhile gets an honest "index is being built" notice from the local source.
  let retriever: Retriever | undefined;
  let indexProblem: string | undefined = 'Der Wissensindex wird aufgebaut.';
  let indexDetail: string | undefined;
  let lastProgressLog = 0;
  // The local folder is read with OCR (unless OCR=off); SharePoint downloads are not (a turn cannot wait for it).
  // Both on worker threads (parsers, above).
  const buildIndex = () =>
    loadOrBuildIndex({
      parse: parsers.parseLocalDocument,
      dataDir: path.resolve(config.RATHAUS_DATA_DIR),
      maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
      embedder,
      logger,
      onProgress: (p) => {
        if (Date.now() - lastProgressLog < 2000 && p.done !== p.total) return;
        lastProgressLog = Date.now();
        logger.info({ phase: p.phase, done: p.done, total: p.total, ...(p.ocr ? { source: p.source, ocrPage: p.ocr.done, ocrPages: p.ocr.total } : {}) }, 'knowledge index progress');
      },
    })(path.resolve(config.KNOWLEDGE_DIR)).then((loaded) => {
      retriever = loaded.retriever;
      indexProblem = undefined;
      indexDetail = undefined;
      for (const s of loaded.report.skipped) logger.warn({ source: s.source, reason: s.reason }, 'file skipped by the indexer');
      if (loaded.report.documents === 0) logger.warn({ dir: config.KNOWLEDGE_DIR, skipped: loaded.report.skipped.length }, 'knowledge folder has no readable document: answers will find nothing');
      return loaded.report;
    });
  const indexReady = buildIndex().then(
    () => undefined,
    (e: unknown) => {
      indexProblem = 'Der Wissensindex konnte nicht aufgebaut werden.';
      indexDetail = e instanceof Error ? e.message : String(e);
      logger.error({ err: String(e) }, 'knowledge index failed');
    },
  );

  const localSource = createLocalFolderSource(() => retriever);
  // The council information system (OPARL_SYSTEM_URL): the stored index answers at once, a sync
  // runs at start and then every OPARL_SYNC_MINUTES (only changes, modified_since).
  const oparl = createOparl(config, { parse: parsers.parseDocument, store, logger, embedder });
  let stopOparl = () => {};
  if (oparl) stopOparl = scheduleOparlSync(oparl, config.OPARL_SYNC_MINUTES, logger);
  // Group membership is looked up with the user's own token (delegated GroupMember.Read.All);
  // the role service caches the answers (one cache, not two).
  const security = securityFromConfig(config, {
    isMemberOf: async (user, groupId) => {
      if (!user.graphToken) return false;
      const client = createDelegatedGraphClient(user.graphToken, { baseUrl: config.GRAPH_BASE_URL });
      return createGroupMembershipChecker(client, { userId: user.userId }).isMember(groupId);
    },
  });
  const template = config.MINUTES_TEMPLATE ? await loadMinutesTemplate(config.MINUTES_TEMPLATE) : undefined;
  // Attachment downloads and file consent uploads only to ALLOWED_FILE_HOSTS (src/security/outbound-fetch.ts).
  const outbound = createOutboundFetch(outboundPolicyFromConfig(config));
  // The draft's deterministic core and the Word rendering run on a worker thread too (seconds for a long session).
  const drafts = createOffThreadDraft();
  const minutes = createMinutesService({ store, model: chatModel, config, limits: security.limits, canRequest: (user) => security.roles.canRequestMinutes(user), template, outbound, parseTranscript: parsers.parseTranscript, buildCore: drafts.buildCore, render: drafts.render, ...(oparl ? { risAgenda: (text: string) => oparl.agendaFromText(text) } : {}) });
  // Antragsvorprüfung: catalogs from <KNOWLEDGE_DIR>/pruefkataloge, checked at start; a bad file is logged with file and line.
  const checker = await createChecker({ knowledgeDir: path.resolve(config.KNOWLEDGE_DIR), parse: parsers.parseLocalDocument, land: config.CHECK_LAND, model: chatModel, template });
  for (const p of checker.problems) logger.error({ file: p.file, line: p.line }, p.message);
  const check = createCheckService({ checker, store, outbound, canCheck: (user) => security.roles.canCheckApplications(user), dataDir: path.resolve(config.RATHAUS_DATA_DIR), filesPrefix: FILES_PREFIX });
  // Held applications and waiting letters hold personal data: purged after CHECK_RETENTION_DAYS.
  const purgeChecks = () =>
    void check
      .purge(new Date(Date.now() - config.CHECK_RETENTION_DAYS * 86_400_000))
      .then((n) => n && logger.info({ items: n }, 'check items purged'))
      .catch((e: unknown) => logger.error({ err: String(e) }, 'check purge failed'));
  purgeChecks();
  const checkPurgeTimer = setInterval(purgeChecks, 6 * 3_600_000);
  checkPurgeTimer.unref();
  const feedback = createFeedbackRecords(store);
  const auditLog = createAuditLogFor(config, { store });
  const stopAuditPurge = scheduleAuditPurge(auditLog, { onError: (e) => logger.error({ err: String(e) }, 'audit purge failed') });
  // Unanswered questions ("nicht gefunden"): pseudonymous, text only with RECORD_UNANSWERED; kept like the audit log.
  const unanswered = createUnansweredRecords(store, { recordText: recordsUnansweredText(config) });
  const purgeUnanswered = () =>
    void unanswered
      .purgeUnanswered(config.AUDIT_RETENTION_DAYS)
      .then((n) => n && logger.info({ records: n }, 'unanswered-question records purged'))
      .catch((e: unknown) => logger.error({ err: String(e) }, 'unanswered purge failed'));
  purgeUnanswered();
  const unansweredPurgeTimer = setInterval(purgeUnanswered, 6 * 3_600_000);
  unansweredPurgeTimer.unref();
  // Finished minutes jobs hold whole transcripts: purged after MINUTES_RETENTION_DAYS, checked every 6 hours,
  // together with the per-activity request records (which job a chat message started).
  const purgeMinutes = () => {
    const cutoff = new Date(Date.now() - config.MINUTES_RETENTION_DAYS * 86_400_000);
    void minutes.jobs
      .purgeFinishedJobs(cutoff)
      .then((ids) => ids.length && logger.info({ jobs: ids.length }, 'finished minutes jobs purged'))
      .then(() => minutes.jobs.purgeRequestRecords(cutoff))
      .then((n) => n && logger.info({ records: n }, 'minutes request records purged'))
      .catch((e: unknown) => logger.error({ err: String(e) }, 'minutes purge failed'));
  };
  purgeMinutes();
  // A Pilotbericht offered by file consent and never accepted goes after REPORT_FILES_RETENTION_DAYS
  // (minutes drafts go with their job, check letters with CHECK_RETENTION_DAYS).
  const purgeReportFiles = () =>
    void purgeWaitingFiles(store, FILES_PREFIX, 'report', new Date(Date.now() - config.REPORT_FILES_RETENTION_DAYS * 86_400_000))
      .then((n) => n && logger.info({ files: n }, 'report files never accepted purged'))
      .catch((e: unknown) => logger.error({ err: String(e) }, 'report file purge failed'));
  const purgeOffered = () => {
    purgeMinutes();
    purgeReportFiles();
  };
  purgeReportFiles();
  const minutesPurgeTimer = setInterval(purgeOffered, 6 * 3_600_000);
  minutesPurgeTimer.unref();

  const services: BotServices = {
    config,
    logger,
    store,
    generative: chatModel !== undefined,
    ask: createChatAsk({
      config,
      localSource,
      indexedSources: oparl ? [oparl.source] : [],
      chatModel,
      parseDocument: parsers.parseDocument,
      logger,
      recordUnanswered: async ({ question, user }) => void (await unanswered.recordUnanswered({ question, userId: user.userId, tenantId: user.tenantId })),
    }),
    guards: createTurnGuards(security),
    minutes,
    check,
    outbound,
    admin: {
      isAdmin: (user) => security.roles.isAdmin(user),
      reindex: async () => {
        const r = await buildIndex();
        return { documents: r.documents, chunks: r.chunks, skipped: r.skipped.length };
      },
      usageReport: async (days) => {
        const to = new Date();
        const from = new Date(to.getTime() - days * 86_400_000);
        const day = (d: Date) => d.toISOString().slice(0, 10);
        const report = buildUsageReport(await auditLog.read(from, to), await readUsage(store, day(from), day(to)), { from: day(from), to: day(to) });
        return formatUsageReport(report);
      },
      // The Pilotbericht from the same records (audit, model usage, feedback, time reports).
      pilotReport: (period) => generatePilotReport({ audit: auditLog, store }, pilotSettingsFromConfig(config, period, new Date()), template),
      savePilotReport: async (files) => {
        const dir = path.resolve(config.RATHAUS_DATA_DIR, 'reports');
        await writePilotReportFiles(files, dir);
        return [files.docx, files.xlsx].map((f) => ({ name: f.name, url: path.join(dir, f.name) }));
      },
    },
    // The audit trail of every turn: a pseudonymous user id (hash of tenant and user id, as in the
    // usage and feedback records), capability, outcome and source ids — never content.
    audit: async (record) => {
      await auditLog.record({ ...record, userId: hashUserId(record.userId, record.tenantId) });
    },
    // The staff's own account of time saved, and the counts of each minutes draft, for the Pilotbericht.
    recordTimeFeedback: async (input) => void (await createTimeFeedbackRecords(store).recordTimeFeedback(input)),
    recordMinutesDraft: async (input) => void (await createMinutesDraftRecords(store).recordMinutesDraft(input)),
    recordFeedback: async (record) => {
      await feedback.recordFeedback({ reaction: record.reaction, comment: record.comment || undefined, userId: record.userId, replyToId: record.replyToId, conversationId: record.conversationId, capability: 'ask' });
    },
  };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  let stopSupervisor = () => undefined as void;
  const server = await startServer({
    config,
    logger,
    adapter,
    runTurn: bot.runTurn,
    onShutdown: async () => {
      stopSupervisor();
      // Minutes requests run on after their turn: give them the same grace as turns in flight (an
      // interrupted job is resumed after the restart).
      await Promise.race([bot.idle(), new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_TIMEOUT_MS).unref())]);
      // Audit events and model usage queued for their group commit are written before the process ends.
      await Promise.all([auditLog.flush(), usage.flush()]);
      stopAuditPurge();
      stopOparl();
      clearInterval(minutesPurgeTimer);
      clearInterval(checkPurgeTimer);
      clearInterval(unansweredPurgeTimer);
      await parsers.close();
      await drafts.close();
    },
    readiness: async () => {
      if (!(await store.ready())) return { ready: false, reason: 'Der Speicher ist nicht erreichbar.' };
      if (indexProblem) return { ready: false, reason: indexProblem, ...(indexDetail ? { detail: indexDetail } : {}) };
      return { ready: true };
    },
  });
  // Minutes jobs of a process that died (this one before a restart, or another instance on the same
  // store) are taken over when their lease runs out, finished (stored summaries are kept) and
  // delivered once to the clerk in the conversation they were asked in.
  const supervisor = startMinutesSupervisor({
    jobs: minutes.jobs,
    logger,
    intervalMs: Math.max(1000, (config.MINUTES_JOB_LEASE_SECONDS * 1000) / 3),
    // A request whose transcript was still downloading when its process died: the clerk is asked to send it again.
    pending: minutes.pending,
    reportInterrupted: (request) => bot.reportInterruptedMinutes(request),
    deliver: async (job) => {
      const files = await drafts.render(job.result!.draft, template);
      await bot.deliverResumedMinutes(job.context, job.id, job.result!.draft, files);
    },
  });
  stopSupervisor = supervisor.stop;
  return { server, services, indexReady, idle: bot.idle };
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  if (isLocalMode(config)) logger.info('local mode: no BOT_ID, requests are not authenticated, listening on 127.0.0.1 only');
  const { server } = await startRathaus(config, logger);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.shutdown(signal).then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error({ err: String(e) }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`Der Rathaus-Assistent konnte nicht starten: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
