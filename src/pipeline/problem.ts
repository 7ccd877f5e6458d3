import type { Problem, ProblemCode, ProblemSeverity } from '#schema';

/** Stages report what went wrong as data; the CLI and the plugin decide how to print it. */
export function problem(
  file: string,
  code: ProblemCode,
  severity: ProblemSeverity,
  message: string,
): Problem {
  return { file, code, severity, message };
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.severity} ${p.code}: ${p.message}`;
}
