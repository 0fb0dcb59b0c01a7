/** Writing draft files: YAML as the content check reads it, and text safe in an MDX body. */
import { stringify } from 'yaml';

/** Text safe in an MDX body: no JSX braces or tags. */
export const mdx = (s: string) => s.replace(/[{}<>]/g, (c) => ({ '{': '｛', '}': '｝', '<': '＜', '>': '＞' })[c]!);
export const yamlText = (data: unknown) => stringify(data, { lineWidth: 0, flowCollectionPadding: false });
