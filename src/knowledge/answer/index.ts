export { answerQuestion } from './answer-question.js';
export type { AnswerDeps, AnswerInput, AnswerResult, Citation } from './types.js';
export { checkAnswer } from './check-answer.js';
