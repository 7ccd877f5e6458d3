import type { Article } from '#schema';

/**
 * An article as the corpus lists it: the JSON of its extracted fields and the events it was placed in. A
 * cached article is written out without being parsed or serialised again; parsed only if asked for.
 */
export class ListedArticle {
  private value: Article | undefined;

  constructor(
    readonly id: string,
    /** `JSON.stringify` of the article's fields, all but `eventIds`. */
    private readonly fieldsJson: string,
    readonly eventIds: string[],
  ) {}

  get article(): Article {
    this.value ??= { ...(JSON.parse(this.fieldsJson) as Omit<Article, 'eventIds'>), eventIds: this.eventIds };
    return this.value;
  }

  /** Exactly `JSON.stringify(article)`: the fields' JSON with `eventIds` appended, where spreading puts it. */
  get json(): string {
    return `${this.fieldsJson.slice(0, -1)},"eventIds":${JSON.stringify(this.eventIds)}}`;
  }
}
