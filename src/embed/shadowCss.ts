/**
 * Rewrites the app's page CSS for a shadow root: `:root` (the page) becomes `:host` (the embed's element),
 * and `rem` (relative to the HOST page's root font size, which news sites often change, e.g. to 62.5%)
 * becomes a multiple of `--dt-rem`, which the embed's own stylesheet sets to 16px.
 */
export function scopeCssToShadowRoot(css: string): string {
  return css
    .replace(/:root\b/g, ':host')
    .replace(/(-?)(\d*\.?\d+)rem\b/g, (_match, sign: string, value: string) => {
      return `calc(${sign}${value} * var(--dt-rem))`;
    });
}
