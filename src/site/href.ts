/** A site path with the deployment base (Astro `base`) in front. */
import { withBase } from '../lib/paths.ts';

export const href = (path: string) => withBase(path, import.meta.env.BASE_URL);
