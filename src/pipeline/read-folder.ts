import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type InputFile, MAX_FILE_BYTES } from './extract-corpus.ts';

// Files that are never articles: editor and OS droppings, and our own outputs.
const IGNORED = /(^|\/)(\.[^/]*|node_modules|Thumbs\.db|desktop\.ini)(\/|$)/i;

/** Every file under a folder, recursively, read as bytes (files over the size limit are listed, not read). */
export function readFolder(dir: string): InputFile[] {
  const files: InputFile[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(dir, full).split(path.sep).join('/');
    if (IGNORED.test(file)) continue;
    try {
      const size = statSync(full).size;
      files.push({ file, size, bytes: size > MAX_FILE_BYTES ? null : readFileSync(full) });
    } catch (error) {
      files.push({ file, size: 0, bytes: null, readError: (error as Error).message });
    }
  }
  return files;
}
