import type { Locale } from '../locale.ts';

// Mongolian (Cyrillic) joins case endings and verb endings to stems ("уулзав", "уулзалтын", "айлчлалаар",
// "айлчилна"): the patterns name stems. "хэлэлцээ" is talks, "хэлэлцээр" an agreement (a document), and
// "дээд хэмжээний уулзалт" ("meeting at the highest level") a summit, not a meeting.
export const mn: Locale = {
  code: 'mn',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /утсаар\s+(?:\p{L}+\s+)?(?:ярь|ярил|ярив|яриа|холбо)|утасны\s+яриа|видео\s*(?:хурал|хурл|холбо)|цахим\s+(?:хэлбэр|уулзалт|хурал)/u,
    },
    { type: 'talks', pattern: /хэлэлцээ(?!р)|яриа\s+хэлэлц/u },
    { type: 'summit', pattern: /дээд\s+хэмжээний\s+уулзалт|саммит|чуулга\s+уулзалт/u },
    {
      type: 'meeting',
      // "хүлээн авав" is "received" a visitor, and as well a letter or an award: only "уулз" (meet) counts.
      pattern: /(?<!хэмжээний\s|чуулга\s)уулз/u,
    },
    {
      type: 'visit',
      pattern:
        /айлч|хүрэлцэн\s+ир|морилов|морилж|газардав|(?:нисэх\s+буудал)\p{L}*\s+(?:\p{L}+\s+){0,3}угта/u,
    },
    { type: 'agreement_signing', pattern: /гарын\s+үсэг\s+зур/u },
  ],
  visitAsFrame:
    /айлч\p{L}*\s+(?:\p{L}+\s+)?(?:хүрээнд|үеэр|хугацаанд|явцад)|айлчлал\p{L}*\s+(?:хийж\s+буй|хийх)\s+(?:\p{L}+\s+)?(?:үеэр|хүрээнд)/u,
  // The present-future "-на/-нэ/-но/-нө" of the verbs that announce an event ("айлчилна", "уулзана",
  // "болно"), and plans; not the past "-в", "-лаа".
  future:
    /(?<!\p{L})(?:айлчил|уулз|хий|зур|оролц|ир|бол|зохион\s+байгуул|хүрэлцэн\s+ир)(?:на|нэ|но|нө)(?!\p{L})|төлөвлө|товлогдсон|хүлээгдэж|ирэх\s+(?:долоо\s+хоног|сар|жил|он)/u,
  // "айлчилна гэдэгт итгэж байна" (trusts that he will visit) is a hope, only a mention of another event.
  lookingBack:
    /гэдэгт\s+итгэ|өнгөрсөн\s+(?:он|жил)|жилийн\s+өмнө|урьд\s+нь|өмнө\s+нь|дурса|сануул|\p{L}+(?:сан|сэн|сон|сөн)\s+(?:юм|билээ)(?!\p{L})/u,
  relativeDay: /өнөөдөр|өчигдөр|маргааш|уржигдар/u,
  dateWord: /өнөөдөр|өчигдөр|маргааш|уржигдар|гараг|өнгөрсөн\s+он|энэ\s+он|ирэх\s+он/u,
  // Mongolian marks a topic or a starting point after the name ("Украины асуудал", "Бээжингээс"), which this
  // test does not see; before it stands only "ялангуяа" ("especially").
  notAPartyBefore: /(?:^|\s)ялангуяа,?\s+$/u,
  onBehalfOf: /(?:нэрийн\s+өмнөөс|илгээсэн|захидал)\s+(?:\p{L}+\s+){0,3}$/u,
  headsOfState: /төрийн\s+тэргүүн\p{L}*|улс\p{L}*\s+(?:орн\p{L}*\s+)?удирдагч/u,
};
