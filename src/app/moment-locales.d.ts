// moment ships no type declarations for its ESM locale files; they are imported only for their side effect.
declare module 'moment/dist/locale/ru';
