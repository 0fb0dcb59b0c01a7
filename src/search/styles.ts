/** Styles of the search dialog and results, injected when search first opens (no extra request). */
export const css = `
/* Search dialog and results. Colours come from the site's tokens, with system fallbacks. */
.ys-dialog {
  width: min(46rem, calc(100vw - 1rem));
  max-height: min(46rem, calc(100dvh - 2rem));
  margin: 1rem auto auto;
  padding: 1rem 1rem 1.25rem;
  border: 1px solid var(--color-border, GrayText);
  border-radius: 0.5rem;
  background: var(--color-bg, Canvas);
  color: var(--color-text, CanvasText);
  overflow: auto;
}
.ys-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.ys-close {
  float: right;
  min-height: 2.25rem;
  min-width: 2.75rem;
  padding: 0.25rem 0.75rem;
  font: inherit;
  color: inherit;
  background: transparent;
  border: 1px solid var(--color-border, GrayText);
  border-radius: 0.25rem;
  cursor: pointer;
}
.ys-form { display: grid; gap: 0.35rem; margin-block-end: 0.5rem; }
.ys-label { font-weight: 600; }
.ys input[type='search'] {
  width: 100%;
  min-height: 2.75rem;
  padding: 0.4rem 0.75rem;
  font: inherit;
  font-size: max(1rem, 16px);
  color: inherit;
  background: var(--color-bg, Field);
  border: 2px solid var(--color-border-strong, GrayText);
  border-radius: 0.375rem;
}
.ys :focus-visible { outline: 3px solid var(--color-focus, Highlight); outline-offset: 2px; }
.ys-filter-panel { margin-block: 0.25rem 0.5rem; }
.ys-filter-panel summary { cursor: pointer; min-height: 1.75rem; color: var(--color-link, LinkText); }
.ys-filter-panel > select { margin-block-end: 0.5rem; min-height: 2.25rem; font: inherit; font-size: 0.9rem; color: inherit; background: var(--color-bg, Field); border: 1px solid var(--color-border-strong, GrayText); border-radius: 0.25rem; }
.ys-filters { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem; }
.ys-filters select {
  min-height: 2.25rem;
  max-width: 100%;
  font: inherit;
  font-size: 0.9rem;
  color: inherit;
  background: var(--color-bg, Field);
  border: 1px solid var(--color-border-strong, GrayText);
  border-radius: 0.25rem;
}
.ys-status { margin: 0.5rem 0; color: var(--color-text-muted, inherit); font-size: 0.9rem; }
.ys-results { list-style: none; margin: 0; padding: 0; }
.ys-hit { padding-block: 0.75rem; border-block-start: 1px solid var(--color-border, GrayText); }
.ys-hit p { margin: 0.15rem 0; }
.ys-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; }
.ys-type {
  flex: none;
  padding: 0 0.4rem;
  font-size: 0.8rem;
  line-height: 1.6;
  border: 1px solid currentColor;
  border-radius: 0.25rem;
  color: var(--color-text-muted, inherit);
}
.ys-title { font-size: 1.05rem; font-weight: 600; color: var(--color-link, LinkText); }
.ys-meta { font-size: 0.85rem; color: var(--color-text-muted, inherit); }
.ys-excerpt { font-size: 0.92rem; line-height: 1.7; }
.ys mark, mark.yilu-hl {
  background: var(--color-mark-bg, Mark);
  color: var(--color-mark-text, MarkText);
  border-radius: 0.125rem;
  padding-inline: 0.05em;
}
.ys-sections { margin: 0.35rem 0 0; padding-inline-start: 1.25rem; font-size: 0.9rem; }
.ys-sections li { margin-block: 0.2rem; }
.ys-sections .ys-excerpt { display: block; color: var(--color-text-muted, inherit); }
.ys-more { display: inline-block; margin-block-start: 0.75rem; }
.ys-more-results { display: block; margin-block-start: 0.75rem; min-block-size: 2.75rem; padding: 0.4rem 1rem; font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 0.25rem; cursor: pointer; }
.ys-more-results[hidden] { display: none; }
.ys-hint { margin: 0.25rem 0 0; font-size: 0.85em; color: var(--color-text-muted, GrayText); }
.ys[aria-busy='true'] .ys-results { opacity: 0.6; }
@media (prefers-reduced-motion: no-preference) {
  .ys-dialog[open] { animation: ys-in 120ms ease-out; }
  @keyframes ys-in { from { opacity: 0; transform: translateY(-0.5rem); } }
}
@media print { .ys-dialog { display: none; } }
`;
