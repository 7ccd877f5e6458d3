import { describe, expect, it } from 'vitest';
import { scopeCssToShadowRoot } from './shadowCss.ts';

describe('scopeCssToShadowRoot', () => {
  it("puts the page variables on the embed's box, which the host page's rules cannot reach", () => {
    expect(scopeCssToShadowRoot(':root { --ink: #1d2430; }')).toBe('.embed-root { --ink: #1d2430; }');
  });

  it('makes rem lengths independent of the host page root font size', () => {
    expect(
      scopeCssToShadowRoot('.a { padding: 0.35rem -.5rem; gap: clamp(1.35rem, 1.1rem + 1vw, 2rem) }'),
    ).toBe(
      '.a { padding: calc(0.35 * var(--dt-rem)) calc(-.5 * var(--dt-rem)); gap: clamp(calc(1.35 * var(--dt-rem)), calc(1.1 * var(--dt-rem)) + 1vw, calc(2 * var(--dt-rem))) }',
    );
  });

  it('leaves other units and names alone', () => {
    const css = '.remark { margin: 2em 3px; width: 10vw }';
    expect(scopeCssToShadowRoot(css)).toBe(css);
  });
});
