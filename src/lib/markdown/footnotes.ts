/**
 * Chinese labels for GFM footnotes, as remark-rehype options (mdast-util-to-hast):
 * the heading of the notes section and the "back to text" links.
 */
export const footnoteOptions = {
  footnoteLabel: '注释',
  footnoteLabelTagName: 'h2',
  // Shown, not screen-reader-only: readers see where the notes start.
  footnoteLabelProperties: { className: ['footnotes-label'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `返回正文第${referenceIndex + 1}处注释引用${rereferenceIndex > 1 ? `（第${rereferenceIndex}次）` : ''}`,
};
