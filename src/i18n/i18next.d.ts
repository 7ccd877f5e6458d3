import 'i18next';
import type en from './en.json';

// English is the reference: a key missing from en.json, or misspelt in a component, fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
