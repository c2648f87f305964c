/** Adaptive Cards for welcome and help. */
import { CardFactory, type Attachment } from 'botbuilder';
import type { Locale } from '../../core/language.js';
import { TEXTS, t } from '../texts.js';

function exampleActions(locale: Locale) {
  return TEXTS.exampleQuestions[locale].map((q) => ({ type: 'Action.Submit', title: q, data: { msteams: { type: 'imBack', value: q } } }));
}

export function welcomeCard(locale: Locale): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(TEXTS.welcomeTitle, locale), weight: 'Bolder', size: 'Large', wrap: true },
      { type: 'TextBlock', text: t(TEXTS.welcomeBody, locale), wrap: true },
      { type: 'TextBlock', text: t(TEXTS.examplesTitle, locale), weight: 'Bolder', wrap: true, spacing: 'Medium' },
    ],
    actions: exampleActions(locale),
  });
}

export function helpCard(locale: Locale): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(TEXTS.helpTitle, locale), weight: 'Bolder', size: 'Large', wrap: true },
      ...t(TEXTS.helpItems, locale)
        .split('\n\n')
        .map((item) => ({ type: 'TextBlock', text: `• ${item}`, wrap: true })),
    ],
    actions: exampleActions(locale),
  });
}

/** Plain-text fallback of the help card (clients without card support, logs of tests). */
export function helpText(locale: Locale): string {
  return `${t(TEXTS.helpTitle, locale)}:\n\n${t(TEXTS.helpItems, locale)}`;
}
