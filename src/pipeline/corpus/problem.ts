import type { Problem, ProblemCode, ProblemSeverity } from '#schema';
import { printable } from '../node/printable-name.ts';

/** Stages report what went wrong as data; the CLI and the plugin decide how to print it. */
export function problem(
  file: string,
  code: ProblemCode,
  severity: ProblemSeverity,
  message: string,
): Problem {
  return { file, code, severity, message };
}

/** One line per problem, whatever the file's name holds (a newline in a name cannot fake a second line). */
export function formatProblem(p: Problem): string {
  return printable(`${p.file}: ${p.severity} ${p.code}: ${p.message}`);
}
