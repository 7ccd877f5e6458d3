import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

// A file of sections, one after another, after a table of their lengths: written in one piece (so it is
// replaced whole), read a section at a time (so a reader takes only the sections it needs).

/** Where a section lies in its file. */
export interface Section {
  offset: number;
  length: number;
}

/** Sections one after another, after a table of their lengths: [count, length…, section…] as 32-bit integers. */
export function packSections(sections: Uint8Array[]): Buffer {
  const table = Buffer.alloc(4 * (sections.length + 1));
  table.writeUInt32LE(sections.length, 0);
  sections.forEach((section, i) => {
    table.writeUInt32LE(section.length, 4 * (i + 1));
  });
  return Buffer.concat([table, ...sections]);
}

/** Where the sections of an open file lie; throws when the file is cut short or has bytes to spare. */
export function sectionTable(fd: number): Section[] {
  const count = readRange(fd, { offset: 0, length: 4 }).readUInt32LE(0);
  const table = readRange(fd, { offset: 4, length: 4 * count });
  let offset = 4 * (count + 1);
  const sections: Section[] = [];
  for (let i = 0; i < count; i++) {
    const length = table.readUInt32LE(4 * i);
    sections.push({ offset, length });
    offset += length;
  }
  if (offset !== fstatSync(fd).size) throw new Error('a sectioned file of the wrong length');
  return sections;
}

export function readSection(fd: number, section: Section | undefined): Buffer {
  if (!section) throw new Error('a sectioned file without the section');
  return readRange(fd, section);
}

/** The bytes of a range of a file (open, or by path), all of them or an error. */
export function readRange(file: number | string, { offset, length }: Section): Buffer {
  const fd = typeof file === 'number' ? file : openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, offset + read);
      if (n === 0) throw new Error('a sectioned file cut short');
      read += n;
    }
    return bytes;
  } finally {
    if (typeof file === 'string') closeSync(fd);
  }
}

/** Views of the sections packed in a buffer; throws when the buffer is cut short or has bytes to spare. */
export function unpackSections(buffer: Buffer): Buffer[] {
  const count = buffer.readUInt32LE(0);
  let offset = 4 * (count + 1);
  const sections: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const length = buffer.readUInt32LE(4 * (i + 1));
    sections.push(buffer.subarray(offset, offset + length));
    offset += length;
  }
  if (offset !== buffer.length) throw new Error('a sectioned file of the wrong length');
  return sections;
}
