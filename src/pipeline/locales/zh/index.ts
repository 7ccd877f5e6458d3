import type { Locale } from '../locale.ts';

// Chinese writes no spaces and has no case: the patterns are runs of characters, each word in its simplified
// and its traditional form ("访问"/"訪問"). Lowercasing leaves them as they are.
export const zh: Locale = {
  code: 'zh',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /通电话|通電話|通话|通話|电话会谈|電話會談|电话交谈|電話交談|视频会晤|視頻會晤|視訊會晤|视频通话|視頻通話|視訊通話/u,
    },
    { type: 'talks', pattern: /会谈|會談|谈判|談判|磋商/u },
    { type: 'meeting', pattern: /会见|會見|会晤|會晤|会面|會面|接见|接見|见面|見面/u },
    { type: 'summit', pattern: /峰会|峰會|首脑会议|首腦會議/u },
    {
      type: 'visit',
      // "访问量" is a page's views, "访问学者" a visiting scholar, "访问网站" a visit to a website.
      pattern:
        /(?:访问|訪問)(?!量|者|学者|學者|网站|網站|权限|權限|页面|頁面)|到访|到訪|来访|來訪|访华|訪華|抵达|抵達|出访|出訪|之行/u,
    },
    { type: 'agreement_signing', pattern: /签署|簽署|签订|簽訂|签字|簽字/u },
  ],
  visitAsFrame: /(?:访问|訪問|访华|訪華|到访|到訪|之行)(?:期间|期間|时|時|之际|之際)/u,
  // "将" alone also marks an object ("将合作提升到新水平"): only its future compounds count.
  future:
    /将于|將於|即将|即將|将要|將要|将赴|將赴|将前往|將前往|将出席|將出席|将访问|將訪問|将举行|將舉行|将会|將會|拟于|擬於|拟(?!定|订)|擬(?!定|訂)|计划于|計劃於|预计|預計|定于|定於|届时|屆時/u,
  // Not "此前": "此前表示" announces the story's own event as often as it recalls another.
  lookingBack:
    /去年|前年|上一次|上次|曾经|曾經|曾于|曾於|曾在|回顾|回顧|回忆|回憶|忆及|憶及|[\d一二三四五六七八九十]+年前|当年|當年|以往|往年|(?:时|時)(?:宣布|提出|签署|簽署|达成|達成|确定|確定)的/u,
  relativeDay: /今天|今日|昨天|昨日|明天|明日|前天|后天|後天/u,
  dateWord:
    /[一二三四五六七八九十]月|[一二三四五六七八九十]日|今天|今日|昨天|昨日|明天|明日|前天|后天|後天|星期|礼拜|禮拜|[周週][一二三四五六日天]/u,
  // "就乌克兰问题交换意见" (on the Ukraine question), "从阿斯塔纳抵达" (from), "讨论了阿富汗局势".
  notAPartyBefore:
    /(?:从|從|来自|來自|途经|途經|经由|經由|就|关于|關於|围绕|圍繞|讨论了?|討論了?|谈及|談及|涉及)$/u,
  ownAccount: /我(?:曾|已|第一次|首次|访问|訪問|去过|去過|到过|到過)/u,
  onBehalfOf: /(?:受|代表|转达了?|轉達了?|委托|委託)$/u,
  headsOfState: /两国元首|兩國元首|各国元首|各國元首|国家元首|國家元首|领导人|領導人/u,
};
