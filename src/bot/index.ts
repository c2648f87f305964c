/** The bot's public surface for the composition root. */
export { createAdapter } from './adapter.js';
export { createBot, type Bot } from './app.js';
export { startServer, type Readiness, type RunningServer } from './server.js';
export type { AnswerCitation, AskFn, AskInput, AuditRecord, BotAnswer, BotServices, FeedbackRecord, TurnGuards } from './services.js';
