// A shared link names an event by its id, and an id follows the event's facts: when a new report gives a
// better date, or two reports turn out to be one event, the id changes. The ids an earlier corpus gave are
// kept as aliases of the event that now holds their reports, so every old link still opens an event.

/** What an earlier corpus said of its ids: each event's reports, and the aliases it already kept. */
export interface IdHistory {
  events: ReadonlyArray<{ id: string; articleIds: readonly string[] }>;
  aliases?: Readonly<Record<string, string>> | undefined;
}

/** Old id → the current event that holds most of its reports (ties: the smaller id), sorted by old id. */
export function eventAliases(
  current: ReadonlyArray<{ id: string; articleIds: readonly string[] }>,
  previous: IdHistory | null,
): Record<string, string> {
  if (!previous) return {};
  const ids = new Set(current.map((e) => e.id));
  const eventsOf = new Map<string, string[]>();
  for (const event of current) {
    for (const article of event.articleIds) {
      const list = eventsOf.get(article);
      if (list) list.push(event.id);
      else eventsOf.set(article, [event.id]);
    }
  }
  const aliases = new Map<string, string>();
  for (const old of previous.events) {
    if (ids.has(old.id)) continue;
    const shared = new Map<string, number>();
    for (const article of old.articleIds) {
      for (const id of eventsOf.get(article) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) aliases.set(old.id, best[0]);
  }
  // Older links pointed at ids the earlier corpus had already replaced: they follow on to today's.
  for (const [old, then] of Object.entries(previous.aliases ?? {})) {
    if (ids.has(old) || aliases.has(old)) continue;
    const now = ids.has(then) ? then : aliases.get(then);
    if (now) aliases.set(old, now);
  }
  return Object.fromEntries([...aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
