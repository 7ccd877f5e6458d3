import { type ReactNode, useState } from 'react';
import { useUiLanguage } from '../useUiLanguage.ts';

export interface OutsideGroupProps {
  /** The reason these entries share, as the reader sees it. */
  label: ReactNode;
  /** Entries in the group, and how many of them the search keeps. */
  total: number;
  matching: number;
  /** A search is under way: groups with matches open, so the matches show without a click each. */
  searching: boolean;
  /** Built only while the group is open: a reason may hold thousands of files. */
  children: () => ReactNode;
  testId?: string;
}

/** One reason and its entries, folded by default, with the count on the fold. */
export function OutsideGroup({ label, total, matching, searching, children, testId }: OutsideGroupProps) {
  const lng = useUiLanguage();
  const [openByReader, setOpenByReader] = useState(false);
  if (searching && matching === 0) return null;
  const open = searching || openByReader;
  const number = new Intl.NumberFormat(lng);
  return (
    <details
      className="outside-group"
      open={open}
      data-testid={testId}
      onToggle={(event) => {
        // The search opens groups itself; a reader's toggle while searching is kept for after it.
        if (!searching) setOpenByReader(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="outside-reason">{label}</span>{' '}
        <span className="chip-count" data-count={matching}>
          {searching && matching !== total
            ? `${number.format(matching)} / ${number.format(total)}`
            : number.format(total)}
        </span>
      </summary>
      {open && <ul>{children()}</ul>}
    </details>
  );
}
