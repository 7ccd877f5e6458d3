import type { Locale } from '../locale.ts';

export const en: Locale = {
  code: 'en',
  notAPartyBefore:
    /(?:situation|crisis|conflict|war|settlement|events|developments|peace|security|stability|tensions|issues?|problems?|reconstruction|recovery)\s+(?:\p{L}+\s+){0,2}(?:in|on|around|over|with|for|of|between)\s+(?:the\s+)?$|(?:arriv\p{L}*|came|flew|travel+ed|return\p{L}*)\s+(?:\S+\s+){0,4}(?:from|after\s+(?:\S+\s+){0,6}in)\s+(?:the\s+)?$|\bvia\s+$|\bthrough\s+(?:the\s+)?$|\(from\s+$/u,
};
