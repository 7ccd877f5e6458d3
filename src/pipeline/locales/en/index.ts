import type { Locale } from '../locale.ts';

export const en: Locale = {
  code: 'en',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /phone\s+(?:call|conversation|talks)|telephon(?:e|ic)\s+(?:call|conversation|talks)|(?:spoke|talked|speaks|talks)\s+(?:with\s+(?:[^,;]{1,60}?\s+)?)?(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|held\s+a\s+call|video\s+(?:call|conference|link)|\b(?:tele)?phoned\b|(?:took\s+place|held|conducted)\s+(?:by|over\s+the)\s+(?:tele)?phone|\bcalled\s+(?:his|her)\s+(?:\p{L}+\s+)?counterpart/u,
    },
    {
      type: 'phone_call',
      // "Tokayev called Vladimir Putin to congratulate him": a name after "called", then what the call was for.
      pattern: /(?<![Ss]o-)\bcalled\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:to|and)\s/u,
      asWritten: true,
    },
    { type: 'talks', pattern: /\btalks\b|negotiations/u },
    { type: 'meeting', pattern: /\bmet\b|\bmeets?\b|meeting|working\s+(?:lunch|dinner|breakfast)/u },
    {
      type: 'meeting',
      // "received" counts only with a visitor after it: "received an award" is no meeting.
      pattern:
        /\b[Rr]eceived\s+(?:the\s+|a\s+)?(?:[Ff]oreign|[Pp]rime|[Pp]resident|[Aa]mbassador|[Dd]elegation|[Mm]inister|[Ss]peaker|[Cc]hairman|[Ss]ecretary|[Vv]ice|[Dd]eputy|[Kk]ing|[Ee]mir|[Cc]hancellor|[Cc]rown|[A-Z])/u,
      asWritten: true,
    },
    { type: 'summit', pattern: /summit/u },
    { type: 'visit', pattern: /\bvisit|arrived|arrives/u },
    { type: 'agreement_signing', pattern: /\bsigned\b|\binked\b/u },
  ],
  visitAsFrame:
    /(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|as\s+part\s+of|within\s+the\s+framework\s+of)\s+(?:\p{L}+\s+){0,3}visit/u,
  future:
    /\bwill\b|(?<!invitations?\s)\bto\s+(?:visit|hold|meet)\b|\b(?:is|are)\s+(?:scheduled|expected|set|due)\s+to|\bplan(?:s|ning)?\s+to\b|\bintends?\s+to\b|\bto\s+be\s+held\b/u,
  lookingBack: /previously|earlier|last year|last month|recall(?:ed|ing|s)\b|mentioned|in the past|\bago\b/u,
  relativeDay: /today|yesterday|tomorrow|tonight|this morning/u,
  dateWord:
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\b|[a-z]*uary|ch|il|e|y|ust|tember|ober|ember)|\b(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u,
  notAPartyBefore:
    /(?:situation|crisis|conflict|war|settlement|events|developments|peace|security|stability|tensions|issues?|problems?|reconstruction|recovery)\s+(?:\p{L}+\s+){0,2}(?:in|on|around|over|with|for|of|between)\s+(?:the\s+)?$|(?:arriv\p{L}*|came|flew|travel+ed|return\p{L}*)\s+(?:\S+\s+){0,4}(?:from|after\s+(?:\S+\s+){0,6}in)\s+(?:the\s+)?$|\bvia\s+$|\bthrough\s+(?:the\s+)?$|\(from\s+$/u,
  onBehalfOf:
    /(?:on\s+behalf\s+of|on\s+the\s+instructions?\s+of|at\s+the\s+behest\s+of|a\s+message\s+from|greetings\s+from)\s+(?:\p{L}+\s+){0,3}$/u,
  ownAccount:
    /(?:^|[\s"“(,])i\s+(?:\p{L}+\s+)?(?:visited|met|held|went|travel+ed|spoke|talked|signed|came|arrived)\b/u,
  headsOfState:
    /heads\s+of\s+state|leaders\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?(?:countries|states|nations)|presidents\s+of/u,
};
