import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSections, readRange, readSection, sectionTable, unpackSections } from './sectioned-file.ts';

const sections = ['first', '', 'третий'].map((text) => Buffer.from(text));

function withFile<T>(bytes: Uint8Array, read: (fd: number) => T): T {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sections-')), 'file');
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}

describe('a sectioned file', () => {
  it('gives back each section, from a buffer or read one at a time from the file', () => {
    const packed = packSections(sections);
    expect(unpackSections(packed).map(String)).toEqual(['first', '', 'третий']);
    const read = withFile(packed, (fd) =>
      sectionTable(fd).map((section) => String(readSection(fd, section))),
    );
    expect(read).toEqual(['first', '', 'третий']);
  });

  it('refuses a file cut short or with bytes to spare', () => {
    const packed = packSections(sections);
    for (const bytes of [packed.subarray(0, packed.length - 1), Buffer.concat([packed, Buffer.from('x')])]) {
      expect(() => unpackSections(bytes)).toThrow();
      expect(() => withFile(bytes, sectionTable)).toThrow();
    }
  });

  it('reads a range by path too, and fails past the end', () => {
    const packed = packSections(sections);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sections-')), 'file');
    writeFileSync(file, packed);
    expect(readRange(file, { offset: 0, length: 4 }).readUInt32LE(0)).toBe(3);
    expect(() => readRange(file, { offset: packed.length - 2, length: 4 })).toThrow();
  });
});
