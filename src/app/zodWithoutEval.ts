import { z } from 'zod';

/**
 * zod 4 probes `new Function` when it BUILDS an object schema (to compile a fast parser); under the app's
 * CSP (no 'unsafe-eval') that probe is reported as a violation even though zod catches the error.
 * Jitless mode never probes. This must run before any module that builds a schema (`#schema`), so
 * main.tsx imports it first; the export is used there so the bundler keeps the call in place.
 */
export const zodConfig = z.config({ jitless: true });
