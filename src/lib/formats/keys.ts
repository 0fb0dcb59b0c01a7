/**
 * Citation keys: ASCII, stable, derived only from ids and file names (which never
 * change once published): `yilu-2024-chuanyu`, `yilu-2024-chuanyu-07-guo-qinghua`.
 */
import type { ConferenceNode, SpeechNode } from '../archive/types.ts';

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const conferenceKey = (c: Pick<ConferenceNode, 'id'>) => `yilu-${clean(c.id)}`;

export const speechKey = (s: Pick<SpeechNode, 'slug' | 'conference'>) =>
  `${conferenceKey(s.conference)}-${clean(s.slug)}`;
