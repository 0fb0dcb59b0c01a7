/**
 * What the fact readers produce. Each fact that reaches the draft is also listed
 * in `evidence` with the sentence (or page line, or address) it was read from,
 * and each thing left open is a `todo` with the reason, so that `--dry-run` can
 * show an editor why the draft says what it says.
 */
import type { OutcomeKind, SpeechKind } from '../../../schemas/index.ts';

/** What a person did at the event, as the report says it. */
export const ROLES = ['致辞', '讲话', '主旨演讲', '发言', '主持', '出席', '签约', '颁奖', '受奖', '其他'] as const;
export type Role = (typeof ROLES)[number];

export interface Evidence {
  /** The fact, in the editor's words: 会议名称, 主办, 人物… */
  fact: string;
  value: string;
  /** The sentence or page line it was read from. */
  from: string;
  /** How the value was settled from it, when that is not plain (年份取自发布日期…). */
  how?: string;
}

export interface Todo {
  field: string;
  why: string;
}

export interface PersonFact {
  name: string;
  /** The position as the report writes it (时任); undefined when it gives none. */
  position?: string;
  /** The body a bare post (会长) is held in when the report leaves it to context: at a body's own meeting, that body. */
  organization?: string;
  role: Role;
  /** The role was written (致辞, 主持…), not inferred from a verb such as 指出. */
  roleStated: boolean;
  /** For speakers: the kind of speech the archive records. */
  kind?: SpeechKind;
  kindStated: boolean;
  /** Speech title (以《…》为题). */
  title?: string;
  /** The name was found in the archive's people records. */
  known: boolean;
  from: string;
}

export interface DocumentFact {
  title: string;
  kind: OutcomeKind;
  /** 签署 / 发布 / 审议通过 … as the report says. */
  verb?: string;
}

export interface SessionFact {
  name: string;
  kind: '平行论坛' | '主题分享会';
  status: 'held' | 'announced';
}

export interface PlaceFact {
  /** The city as the archive's `city` field writes it (广州市; a county-level city itself: 福鼎市). */
  city: string;
  /** The district or county when the report names one (南沙区). */
  district?: string;
  province?: string;
  /** GB/T 2260 code of the most specific division read. */
  code: string;
  /** How the report wrote it (广州南沙). */
  written: string;
}

export interface Facts {
  headline?: string;
  outlet?: string;
  /** `YYYY-MM-DD HH:MM[:SS]`, or `YYYY-MM-DD` when only the day is known. */
  published?: string;
  url?: string;
  reporters: string[];
  title?: string;
  /**
   * An event name read but left to the editor (too short to be whole, malformed, only a description, or a bare kind
   * without whose it is): the report names an event, so it is not refused; the TODO shows the name.
   */
  titleHeldBack?: string;
  edition?: number;
  theme?: string;
  startDate?: string;
  endDate?: string;
  place?: PlaceFact;
  organizers: string[];
  hosts: string[];
  coOrganizers: string[];
  /** 指导单位. */
  supporters: string[];
  people: PersonFact[];
  documents: DocumentFact[];
  parallelSessions: SessionFact[];
  evidence: Evidence[];
  todos: Todo[];
}

/** The cleaned report the readers work on. */
export interface ReportText {
  lines: readonly string[];
  headline?: string;
  info: readonly string[];
  captions: readonly string[];
  meta: { outlet?: string; published?: string; url?: string };
  writers?: readonly string[];
  /** Lines cleaning took away as the page's header, footer or chrome (a press release's stamp may be among them), and why. */
  removed?: readonly { line: string; why?: string }[];
}
