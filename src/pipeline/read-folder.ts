import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from './extract-corpus.ts';
import type { FileStamp } from './extraction-cache.ts';

// Files that are never articles: editor and OS droppings, and our own outputs.
const IGNORED = /(^|\/)(\.[^/]*|node_modules|Thumbs\.db|desktop\.ini)(\/|$)/i;

// A file written this shortly before it was listed may be written again without its times changing (file
// systems that keep whole seconds, two writes within one clock tick): its stamp does not vouch for its bytes.
const RACY_MILLISECONDS = 3000;

/**
 * Every file under a folder, recursively, with its size and stamp; the bytes are read on demand, so that a
 * cache that knows a file by its stamp spares reading it.
 */
export function readFolder(dir: string): InputFile[] {
  const listedAt = Date.now();
  const files: InputFile[] = [];
  const folders = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    let folder = folders.get(entry.parentPath);
    if (folder === undefined) {
      folder = path.relative(dir, entry.parentPath).split(path.sep).join('/');
      folders.set(entry.parentPath, folder);
    }
    const file = folder ? `${folder}/${entry.name}` : entry.name;
    if (IGNORED.test(file)) continue;
    // Joined by hand: path.join normalises every path again, a tenth of the listing's time on 10,000 files.
    const full = `${entry.parentPath}${path.sep}${entry.name}`;
    try {
      const { size, mtimeMs, ctimeMs, ino } = statSync(full);
      const stamp: FileStamp = { size, mtimeMs, ctimeMs, ino };
      const settled = listedAt - Math.max(mtimeMs, ctimeMs) > RACY_MILLISECONDS;
      files.push({ file, size, ...(settled ? { stamp } : {}), read: () => readFileSync(full) });
    } catch (error) {
      files.push({
        file,
        size: 0,
        read: () => {
          throw error;
        },
      });
    }
  }
  return files;
}
