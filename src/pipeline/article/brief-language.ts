/**
 * A wire brief of a sentence or two is mostly names ("Kazakh President Tokayev met Turkish Foreign Minister
 * Fidan"), and n-grams of names say Berber, Estonian or Turkish. What the brief's other words are says more:
 * these lists hold words each language writes often. English and Russian hold none of a rival's words, nor
 * words common in languages with no list here ("in", "a", "on", "de" are left out of English; "и", "в",
 * "на" out of Russian); a rival's list holds none that an English or Russian brief writes ("per cent",
 * "10 am", ".com", "on a par").
 */
export const LEXICONS = {
  en: words(`the and with of for from by at has have had were are been his her their its this that which who
    after during between said says would meet meets met meeting held holds hold talks visit visits visited
    arrived arrives arrive attends attended attend took part sidelines signed sign signs discuss discusses
    discussed agree agrees agreed expand received receives phone call calls conversation summit president
    prime foreign deputy counterpart bilateral relations strategic partnership agreement trade energy water
    economic investment ties strengthen official state working scheduled he she they we our over about into
    new two sides leaders noted level joint projects reviewed particular attention paid high stressed issues
    regional security development support countries country government cooperation monday tuesday wednesday
    thursday friday saturday sunday january february march june july august october week today yesterday`),
  de: words(`der die das den dem des und mit ein eine einen einem im zum zur vom für auf aus bei nach über
    sich ist sind hat haben wurde wurden traf trifft empfing empfängt sowie heute gestern nicht auch zwischen
    seinem seinen ihrem ihren beiden`),
  tr: words(`ve ile bir bu için olarak da ayrıca görüştü görüşme araya geldi ziyaret etti bugün dün
    arasında iki ülke yaptı kabul`),
  fr: words(`le les des du et avec une dans pour sur est sont été il elle au aux entre lors aujourd hier`),
  es: words(`el los las del y con una en por para es fue han entre hoy ayer se reunió`),
  it: words(`il gli della delle con una tra oggi ieri ha sono incontrato`),
  pt: words(`os das dos uma em para foi entre hoje ontem se reuniu`),
  nl: words(`het een voor op heeft zijn werd tussen vandaag gisteren`),
  ru: words(`что это также который которая которое которые которых был была было были будет его её ее их он
    она они для при со об из как года году ходе встретился встретились встреча встречи встрече провел провёл
    провели принял приняла обсудили обсудил подписали подписал посетил посетит прибыл прибыла состоялись
    состоялась состоится переговоры переговоров визит визитом визита визите сотрудничество сотрудничества
    отношений отношения сегодня вчера заявил отметил сообщает глава министр председатель премьер телефонный
    разговор саммит стороны развития коллегой`),
  kk: words(`және мен бен пен бойынша үшін туралы бұл осы ол оның жылы жылғы болып еді екі арасындағы
    арасында кездесті қабылдады өтті сапармен келді барысында басшысы министрі істер сыртқы`),
  uk: words(`і та що це від з зі із його який яка які також під між щодо року`),
  be: words(`і ў што гэта таксама які якая`),
  bg: words(`се са ще във със към този тази това които който която беше бяха днес срещна срещу година`),
  mk: words(`се ќе од што кој која ова оваа денес средба`),
  sr: words(`се су је од што који која данас састанак`),
} satisfies Record<string, ReadonlySet<string>>;

export type BriefLanguage = 'en' | 'ru';

// Words of the other languages a brief in one of ours could be mistaken for (same script).
export const RIVALS: Record<BriefLanguage, ReadonlySet<string>[]> = {
  en: [LEXICONS.de, LEXICONS.tr, LEXICONS.fr, LEXICONS.es, LEXICONS.it, LEXICONS.pt, LEXICONS.nl],
  ru: [LEXICONS.kk, LEXICONS.uk, LEXICONS.be, LEXICONS.bg, LEXICONS.mk, LEXICONS.sr],
};
// Letters the language never writes in a word of its own: in a word that is not a name, they tell another
// language (ş, ü, é; қ, і, ў).
const FOREIGN_LETTERS: Record<BriefLanguage, RegExp> = {
  en: /[^a-z]/u,
  ru: /[^а-яё]/u,
};

/**
 * Whether a brief's words are plainly the language's: at least one of its words, and no word that is
 * another language's or has letters it does not write. Names (capitalised words that are no word of the
 * language, or the spans a gazetteer found and took out) tell nothing. False means "not plainly": the caller
 * asks its general detector.
 */
export function isPlainly(language: BriefLanguage, briefWords: string[]): boolean {
  const own = LEXICONS[language];
  let ownWords = 0;
  for (const word of briefWords) {
    const lower = word.toLowerCase();
    if (own.has(lower)) {
      ownWords++;
      continue;
    }
    if (word[0] !== lower[0]) continue;
    if (RIVALS[language].some((rival) => rival.has(lower)) || FOREIGN_LETTERS[language].test(lower))
      return false;
  }
  return ownWords > 0;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
