/**
 * What every page does with JavaScript, in one small same-origin file
 * (`_yilu/site.<hash>.js`, a deferred module the browser caches): the English
 * interface, the search dialog (its bundle loads only when a reader opens
 * search), the 繁/简 switch (its converter loads only when chosen), the theme
 * switch, highlighting the words a reader searched for, and the citation panel's
 * copy and download buttons. Pages read fully without it, in Chinese. The only
 * inline script is a few lines in <head> that must run before the page is painted
 * (the theme; hiding the page until the reader's language and script are applied).
 */
import { scripts } from 'virtual:yilu/browser';

type Module<T> = Promise<T> | undefined;
const html = document.documentElement;
const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  },
};

// ---- search -------------------------------------------------------------------
interface SearchModule {
  openDialog(query?: string): void;
  mountPage(root: HTMLElement): void;
  relocalize(): void;
}
let search: Module<SearchModule>;
const loadSearch = () => (search ??= import(/* @vite-ignore */ scripts.search) as Promise<SearchModule>);
const openSearch = () => void loadSearch().then((m) => m.openDialog());

document.addEventListener('click', (e) => {
  const t = (e.target as Element | null)?.closest?.('[data-search-open]');
  if (t && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
    e.preventDefault();
    openSearch();
  }
});
document.addEventListener('keydown', (e) => {
  const a = document.activeElement as HTMLElement | null;
  const typing = a && (/^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName) || a.isContentEditable);
  if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
    e.preventDefault();
    openSearch();
  } else if (e.key === '/' && !typing) {
    e.preventDefault();
    openSearch();
  }
});
const searchPage = document.getElementById('search-page');
if (searchPage) void loadSearch().then((m) => m.mountPage(searchPage));

// ---- the English interface ----------------------------------------------------------
/*
 * Pages are built in Chinese. Each interface string carries its English form
 * (src/site/i18n.ts), which this swaps in, keeping what it replaced:
 *   data-en="…"          the element's text (its Chinese nodes are kept to switch back);
 *   data-en-<attr>="…"   the attribute <attr> (aria-label, title, placeholder, href, id…);
 *   data-name-en="…"     pinyin or an English name written before a Chinese name;
 *   data-only="zh|en"    a block shown in one language only (the About and Data pages' prose);
 *   data-site-en="…"     on <title>: the site's name, all that changes in a title made of a record's text.
 * The records' text is marked lang="zh-CN" at build time, so with <html lang="en">
 * it keeps its language. The choice is kept in localStorage (`yilu-lang`), and
 * `?lang=en` / `?lang=zh` in an address sets it (a shareable link).
 */
type Undo = () => void;
let english: Undo[] | undefined;

function setAttr(el: Element, name: string, value: string | null): Undo {
  const old = el.getAttribute(name);
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  return () => (old === null ? el.removeAttribute(name) : el.setAttribute(name, old));
}
/** Attributes a reader meets: read aloud, or shown on hover or in an empty field. */
const READ = new Set(['aria-label', 'title', 'placeholder', 'alt']);
const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';

function showEnglish(): void {
  if (english) return;
  const undo: Undo[] = (english = [setAttr(html, 'lang', 'en')]);
  // The 繁 switch matches a name's recorded form against its Chinese text (src/reading/hant.ts).
  const keepName = (el: HTMLElement, name: string) => el.dataset.hant && undo.push(setAttr(el, 'data-name', name));
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) {
    const kept = [...el.childNodes];
    const text = el.dataset.en ?? '';
    keepName(el, el.textContent ?? '');
    el.replaceChildren(text);
    undo.push(() => el.replaceChildren(...kept));
    if (text && langOf(el) !== 'en') undo.push(setAttr(el, 'lang', 'en'));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-name-en]')) {
    const name = document.createElement('span');
    name.lang = 'zh-CN';
    name.append(...el.childNodes);
    keepName(el, name.textContent ?? '');
    el.replaceChildren(`${el.dataset.nameEn} `, name);
    undo.push(() => el.replaceChildren(...name.childNodes));
    if (langOf(el) !== 'en') undo.push(setAttr(el, 'lang', 'en'));
  }
  for (const el of document.querySelectorAll('*')) {
    let label = false;
    for (const { name, value } of [...el.attributes]) {
      if (!name.startsWith('data-en-')) continue;
      undo.push(setAttr(el, name.slice(8), value));
      label ||= READ.has(name.slice(8));
    }
    // An English label inside the records' Chinese (a paragraph's ¶ link) is English.
    if (label && !el.hasAttribute('lang') && langOf(el) !== 'en') undo.push(setAttr(el, 'lang', 'en'));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-only]'))
    undo.push(setAttr(el, 'hidden', el.dataset.only === 'en' ? null : ''));
  // A title that is the records' text: only the site's name after the last ` · ` changes.
  const title = document.querySelector<HTMLTitleElement>('title[data-site-en]');
  if (title) {
    const kept = title.text;
    title.text = kept.replace(/ · [^·]*$/, ` · ${title.dataset.siteEn}`);
    undo.push(() => (title.text = kept));
  }
}

function showChinese(): void {
  for (const undo of english?.reverse() ?? []) undo();
  english = undefined;
}

/** After the interface changed, things made from its strings follow: the theme button, search, the target of #fragment. */
function relabel(): void {
  showTheme?.();
  citeButtons();
  void search?.then((m) => m.relocalize());
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

const langParam = /^(en|zh)$/.exec(new URLSearchParams(location.search).get('lang') ?? '')?.[0];
if (langParam) storage.set('yilu-lang', langParam);
if ((langParam ?? storage.get('yilu-lang')) === 'en') showEnglish();

// ---- highlighting and 繁/简 ----------------------------------------------------------
interface HantModule {
  apply(): Promise<void>;
  revert(): void;
}
let hant: Module<HantModule>;
const loadHant = () => (hant ??= import(/* @vite-ignore */ scripts.hant) as Promise<HantModule>);
const highlight = /[?&]hl=/.test(location.search)
  ? (import(/* @vite-ignore */ scripts.highlight) as Promise<{ run(): void }>)
  : undefined;
const stored = storage.get('yilu-script');
const shown = () => html.removeAttribute('data-script-pending');
if (stored === 'hant') {
  void Promise.all([highlight, loadHant()])
    .then(([h, m]) => {
      h?.run();
      return m.apply();
    })
    .then(shown, shown);
} else {
  shown();
  void highlight?.then((h) => h.run());
}

const scriptToggle = document.querySelector<HTMLButtonElement>('[data-script-toggle]');
if (scriptToggle) {
  scriptToggle.hidden = false;
  scriptToggle.setAttribute('aria-pressed', String(stored === 'hant'));
  scriptToggle.addEventListener('click', () => {
    const on = scriptToggle.getAttribute('aria-pressed') !== 'true';
    storage.set('yilu-script', on ? 'hant' : 'hans');
    scriptToggle.setAttribute('aria-pressed', String(on));
    void loadHant().then((m) => (on ? m.apply() : m.revert()));
  });
}

// The language switch: a link to this page in the other interface (?lang=…), handled in place.
const langSwitch = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
if (langSwitch) {
  langSwitch.hidden = false;
  langSwitch.addEventListener('click', (e) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const toEnglish = !english;
    storage.set('yilu-lang', toEnglish ? 'en' : 'zh');
    // An address that asked for a language now asks for this one.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', toEnglish ? 'en' : 'zh');
      history.replaceState(history.state, '', url);
    }
    // 繁 converts the Chinese of the interface shown: taken off, and put back on the other one.
    const converted = html.dataset.script === 'hant' ? loadHant() : undefined;
    void (converted ?? Promise.resolve(undefined)).then(async (m) => {
      m?.revert();
      if (toEnglish) showEnglish();
      else showChinese();
      await m?.apply();
      relabel();
    });
  });
}

// ---- theme ------------------------------------------------------------------------
const themeToggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
let showTheme: (() => void) | undefined;
if (themeToggle) {
  /** In the interface's language: dark, light, to dark, to light. */
  const labels = () => {
    const [dark = '', light = '', toDark = '', toLight = ''] = (themeToggle.dataset.labels ?? '').split('|');
    return { dark, light, toDark, toLight };
  };
  const dark = () =>
    html.dataset.theme ? html.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const show = () => {
    const d = dark();
    const l = labels();
    themeToggle.textContent = d ? l.light : l.dark;
    themeToggle.setAttribute('aria-pressed', String(d));
    themeToggle.setAttribute('aria-label', d ? l.toLight : l.toDark);
  };
  themeToggle.hidden = false;
  show();
  showTheme = show;
  themeToggle.addEventListener('click', () => {
    const next = dark() ? 'light' : 'dark';
    html.dataset.theme = next;
    storage.set('yilu-theme', next);
    show();
  });
}

// ---- the citation panel ---------------------------------------------------------------
const cite = document.querySelector<HTMLElement>('[data-cite-url]');
/** Labels and messages, in the interface's language: copy, download, copied, paragraph copied, failed, downloaded, the copy button's “copied”. */
const citeWords = () => (cite?.dataset.msgs ?? '').split('|');
/** Under each format, a copy and a download button (they need this script, so it adds them; again when the language changes). */
function citeButtons(): void {
  if (!cite) return;
  const [copyLabel = '', downloadLabel = ''] = citeWords();
  for (const pre of cite.querySelectorAll<HTMLElement>('pre[data-cite-format]')) {
    const name = pre.closest('section')?.querySelector('h3')?.textContent ?? '';
    const button = (label: string, action: string, file?: string) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset[action] = pre.id;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` ${name}`;
      b.append(label, hidden);
      if (file) {
        const code = document.createElement('code');
        code.textContent = file;
        b.append(' ', code);
      }
      return b;
    };
    const actions = document.createElement('p');
    actions.className = 'cite-actions';
    actions.append(button(copyLabel, 'copy'), button(downloadLabel, 'download', pre.dataset.filename));
    const old = pre.nextElementSibling;
    if (old?.classList.contains('cite-actions')) old.replaceWith(actions);
    else pre.after(actions);
  }
}
if (cite) {
  const status = document.querySelector<HTMLElement>('.cite-status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    if (!status) return;
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };
  /**
   * The button that copied says so for a moment, where the reader is looking; the status line
   * announces it. The label is swapped as a new text node, so that in 繁 the conversion's
   * observer converts it like any added text, and the original node is put back after.
   */
  const labels = new WeakMap<HTMLButtonElement, { node: Text; timer?: ReturnType<typeof setTimeout> }>();
  const flash = (b: HTMLButtonElement) => {
    const copied = citeWords()[6];
    let state = labels.get(b);
    if (!state) {
      const node = b.firstChild;
      if (!(node instanceof Text)) return;
      state = { node };
      labels.set(b, state);
    }
    if (!copied) return;
    const { node } = state;
    if (b.firstChild === node) b.replaceChild(document.createTextNode(copied), node);
    b.classList.add('is-copied');
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      if (b.firstChild && b.firstChild !== node) b.replaceChild(node, b.firstChild);
      b.classList.remove('is-copied');
    }, 2500);
  };
  const copy = (text: string, done: string, button?: HTMLButtonElement) => {
    const confirmed = () => {
      say(done);
      if (button) flash(button);
    };
    const fallback = () => {
      const t = document.createElement('textarea');
      t.value = text;
      t.setAttribute('readonly', '');
      t.style.position = 'fixed';
      t.style.opacity = '0';
      document.body.append(t);
      t.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      t.remove();
      if (ok) confirmed();
      else say(citeWords()[4] ?? '');
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(confirmed, fallback);
    else fallback();
  };
  const formatName = (pre: HTMLElement) => pre.closest('section')?.querySelector('h3')?.textContent ?? '';
  citeButtons();
  cite.addEventListener('click', (e) => {
    const b = (e.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy], button[data-download]');
    const pre = b && document.getElementById(b.dataset.copy ?? b.dataset.download ?? '');
    if (!b || !pre) return;
    if (b.dataset.copy) {
      copy(pre.textContent ?? '', (citeWords()[2] ?? '').replace('{format}', formatName(pre)), b);
      return;
    }
    // Downloads are made here from the record shown on the page, so no page carries it twice;
    // formats whose lines end in CR LF (RIS) get them back.
    const text =
      pre.dataset.crlf === undefined ? (pre.textContent ?? '') : (pre.textContent ?? '').replace(/\r?\n/g, '\r\n');
    const url = URL.createObjectURL(new Blob([text], { type: `${pre.dataset.mime ?? 'text/plain'};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = pre.dataset.filename ?? 'citation.txt';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say((citeWords()[5] ?? '').replace('{file}', a.download));
  });
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('[data-para-link]');
    if (!a) return;
    const url = cite.dataset.citeUrl ?? '';
    const gbt = document.getElementById('cite-gbt7714')?.textContent ?? '';
    const id = (a.getAttribute('href') ?? '').slice(1);
    copy(url ? gbt.split(url).join(`${url}#${id}`) : gbt, (citeWords()[3] ?? '').replace('{n}', id.replace(/^p-/, '')));
  });
}
