import type { DiplomaticEvent } from '#schema';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A merged event as an object, as its JSON (UTF-8), or both. An event kept from an earlier run is held as
 * the JSON it was stored as: parsed only if something needs its fields, written out as the same bytes. Its
 * id, first day and sources are kept beside the JSON, because sorting and indexing need them for every event.
 */
export class MergedEvent {
  private constructor(
    readonly id: string,
    /** The first day, or null while the event is undated. */
    readonly start: string | null,
    readonly articleIds: readonly string[],
    private value: DiplomaticEvent | undefined,
    private bytes: Uint8Array | undefined,
  ) {}

  static of(event: DiplomaticEvent): MergedEvent {
    return new MergedEvent(event.id, event.date?.start ?? null, event.articleIds, event, undefined);
  }

  static fromJson(
    id: string,
    start: string | null,
    articleIds: readonly string[],
    json: Uint8Array,
  ): MergedEvent {
    return new MergedEvent(id, start, articleIds, undefined, json);
  }

  get event(): DiplomaticEvent {
    this.value ??= JSON.parse(decoder.decode(this.bytes)) as DiplomaticEvent;
    return this.value;
  }

  /** Exactly `JSON.stringify(event)`, as UTF-8. */
  get json(): Uint8Array {
    this.bytes ??= encoder.encode(JSON.stringify(this.value));
    return this.bytes;
  }
}
