/** Shapes shared by the draft steps. */
export interface DraftSource {
  editors: string[];
  photoCredits: string[];
  /** Notes on the text as read: converter pinyin, Traditional script, encoding. */
  notes: string[];
}

export interface DraftFile {
  /** Path relative to the content root, '/'-separated. */
  path: string;
  text: string;
  /** A new record (person, organization, series, region), not part of the conference folder. */
  record: boolean;
}

export interface Draft {
  slug: string;
  files: DraftFile[];
  /** What the editor still has to settle, each with the reason. */
  todos: string[];
  reused: { people: string[]; organizations: string[]; series?: string; regions: string[] };
}

export interface DraftOptions {
  slug?: string;
}
