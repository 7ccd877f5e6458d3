import { isUtf8 } from 'node:buffer';
import { type Dirent, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '#schema';
import type { FileStamp } from '../cache/extraction-cache.ts';
import type { InputFile } from '../corpus/extract-corpus.ts';
import { problem } from '../corpus/problem.ts';
import { escapeInvalidUtf8 } from './printable-name.ts';

// Names that are never articles: editor and OS droppings, and our own outputs.
const IGNORED = /^(\..*|node_modules|Thumbs\.db|desktop\.ini)$/i;

// A file written this shortly before it was listed may be written again without its times changing (file
// systems that keep whole seconds, two writes within one clock tick): its stamp does not vouch for its bytes.
const RACY_MILLISECONDS = 3000;

/** A path as the file system takes it: a string, or bytes when a name on the way is not UTF-8. */
type FsPath = string | Buffer;

export interface FolderListing {
  files: InputFile[];
  /** Folders that could not be listed, links that lead nowhere or in a circle, names that are not UTF-8. */
  problems: Problem[];
}

export interface ReadFolderOptions {
  /** Paths never read as articles, with everything under them (the run's own outputs and cache). */
  exclude?: string[];
}

/** A folder whose files are not in the run; the reason is the error's code (the path may be too long to print). */
function unlisted(folder: string, error: unknown): Problem {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return problem(
    folder,
    'unreadable',
    'error',
    `the folder could not be listed (${reason}): its files are left out`,
  );
}

/**
 * Every file under a folder, recursively, with its size and stamp; the bytes are read on demand, so that a
 * cache that knows a file by its stamp spares reading it. Symbolic links are followed, each folder read once.
 */
export function readFolder(dir: string, options: ReadFolderOptions = {}): FolderListing {
  const listedAt = Date.now();
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const excluded = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  // Folders already read, by device and inode: a link back into one is reported, not followed round.
  const readFolders = new Set<string>();

  const addFile = (full: FsPath, file: string, stats: Stats) => {
    const { size, mtimeMs, ctimeMs, ino } = stats;
    const stamp: FileStamp = { size, mtimeMs, ctimeMs, ino };
    const settled = listedAt - Math.max(mtimeMs, ctimeMs) > RACY_MILLISECONDS;
    files.push({ file, size, ...(settled ? { stamp } : {}), read: () => readFileSync(full) });
  };

  const walk = (folder: FsPath, relative: string, stats: Stats) => {
    const key = `${stats.dev}:${stats.ino}`;
    if (readFolders.has(key)) {
      problems.push(
        problem(
          relative,
          'link',
          'warning',
          'a link to a folder already read (a loop, or a second way in): skipped',
        ),
      );
      return;
    }
    readFolders.add(key);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problems.push(unlisted(relative || '.', error));
      return;
    }
    for (const entry of entries) {
      const utf8 = isUtf8(entry.name);
      const name = utf8 ? entry.name.toString('utf8') : escapeInvalidUtf8(entry.name);
      if (IGNORED.test(name)) continue;
      const file = relative ? `${relative}/${name}` : name;
      // Joined by hand: path.join normalises every path again, a tenth of the listing's time on 10,000 files.
      const full: FsPath =
        typeof folder === 'string' && utf8
          ? `${folder}${path.sep}${name}`
          : Buffer.concat([Buffer.from(folder), Buffer.from(path.sep), entry.name]);
      if (typeof full === 'string' && excluded.has(full)) continue;
      if (!utf8) {
        problems.push(
          problem(file, 'file-name', 'warning', 'the name is not valid UTF-8: shown with its bytes escaped'),
        );
      }
      if (!entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink()) continue;
      let stats: Stats;
      try {
        // Follows a link: a linked file or folder is read as if it were here.
        stats = statSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ELOOP')) {
          problems.push(problem(file, 'link', 'warning', 'a symbolic link that leads nowhere: skipped'));
        } else if (entry.isDirectory()) {
          problems.push(unlisted(file, error));
        } else {
          files.push({
            file,
            size: 0,
            read: () => {
              throw error;
            },
          });
        }
        continue;
      }
      if (stats.isDirectory()) walk(full, file, stats);
      else if (stats.isFile()) addFile(full, file, stats);
    }
  };

  walk(dir, '', statSync(dir));
  return { files, problems };
}
