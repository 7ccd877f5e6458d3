import type { Timeline } from 'vis-timeline/esnext';

/** The parts of vis-timeline's item set this workaround touches (private in vis-timeline 8). */
interface ItemSetInternals {
  groups: Record<string, { _checkIfVisible?: unknown } | undefined>;
  getGroupId: (data: unknown) => string;
  _addItem: (item: { data: unknown }) => void;
}

function skipVisibilityCheck(): void {}

/**
 * vis-timeline draws every item added to a live timeline on the spot, measuring each one as it goes: a
 * forced layout per item, so adding a few hundred costs hundreds of milliseconds (reported as
 * yotamberk/timeline-plus#22, never fixed). Its own redraw, which follows every change, draws the newly
 * visible items in one batch (all writes, then all reads). This makes an added item wait for that redraw
 * instead, by skipping the group's immediate visibility check for it. Applied to one timeline instance;
 * if vis-timeline's internals are not what this expects, it does nothing and the timeline is only slower.
 */
export function drawAddedItemsInBatch(timeline: Timeline): void {
  const itemSet = (timeline as unknown as { itemSet?: Partial<ItemSetInternals> }).itemSet;
  if (
    !itemSet ||
    typeof itemSet._addItem !== 'function' ||
    typeof itemSet.getGroupId !== 'function' ||
    typeof itemSet.groups !== 'object'
  )
    return;
  const addItem = itemSet._addItem;
  itemSet._addItem = function addWithoutDrawing(this: ItemSetInternals, item) {
    const group = this.groups[this.getGroupId(item.data)];
    if (!group || typeof Object.getPrototypeOf(group)._checkIfVisible !== 'function') {
      addItem.call(this, item);
      return;
    }
    group._checkIfVisible = skipVisibilityCheck;
    try {
      addItem.call(this, item);
    } finally {
      delete group._checkIfVisible;
    }
  };
}
