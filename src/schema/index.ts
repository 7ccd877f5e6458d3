export * from './corpus.ts';
export * from './vocabulary.ts';
