/**
 * Rewrites the app's page CSS for a shadow root: `:root` (the page) becomes `.embed-root` (the box inside the
 * shadow root), and `rem` (relative to the HOST page's root font size, which news sites often change, e.g. to
 * 62.5%) becomes a multiple of `--dt-rem`, which the embed's own stylesheet sets to 16px. Not `:host`: the
 * page's own rules for the element (`diplomacy-timeline { --ink: red }`) win over `:host` rules, and custom
 * properties inherit through it; nothing outside the shadow root can select `.embed-root`.
 */
export function scopeCssToShadowRoot(css: string): string {
  return css
    .replace(/:root\b/g, '.embed-root')
    .replace(/(-?)(\d*\.?\d+)rem\b/g, (_match, sign: string, value: string) => {
      return `calc(${sign}${value} * var(--dt-rem))`;
    });
}
