/**
 * What every page does with JavaScript, in one small same-origin file
 * (`_yilu/site.<hash>.js`, a deferred module the browser caches): the search
 * dialog (its bundle loads only when a reader opens search), the 繁/简 switch
 * (its converter loads only when chosen), the theme switch, highlighting the
 * words a reader searched for, and the citation panel's copy and download
 * buttons. Pages read fully without it. The only inline script is the theme's
 * few lines in <head>, which must run before the page is painted.
 */
declare const YILU_SCRIPTS: { search: string; highlight: string; hant: string };

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
}
let search: Module<SearchModule>;
const loadSearch = () => (search ??= import(/* @vite-ignore */ YILU_SCRIPTS.search) as Promise<SearchModule>);
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

// ---- highlighting and 繁/简 ----------------------------------------------------------
interface HantModule {
  apply(): Promise<void>;
  revert(): Promise<void>;
}
let hant: Module<HantModule>;
const loadHant = () => (hant ??= import(/* @vite-ignore */ YILU_SCRIPTS.hant) as Promise<HantModule>);
const highlight = /[?&]hl=/.test(location.search) ? (import(/* @vite-ignore */ YILU_SCRIPTS.highlight) as Promise<{ run(): void }>) : undefined;
const stored = storage.get('yilu-script');
const shown = () => html.removeAttribute('data-script-pending');
if (stored === 'hant') {
  void Promise.all([highlight, loadHant()])
    .then(([h, m]) => {
      h?.run();
      return m.apply();
    })
    .then(shown, shown);
} else void highlight?.then((h) => h.run());

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

// ---- theme ------------------------------------------------------------------------
const themeToggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (themeToggle) {
  const labels = themeToggle.dataset;
  const dark = () => (html.dataset.theme ? html.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
  const show = () => {
    const d = dark();
    themeToggle.textContent = (d ? labels.light : labels.dark) ?? '';
    themeToggle.setAttribute('aria-pressed', String(d));
    themeToggle.setAttribute('aria-label', (d ? labels.toLight : labels.toDark) ?? '');
  };
  themeToggle.hidden = false;
  show();
  themeToggle.addEventListener('click', () => {
    const next = dark() ? 'light' : 'dark';
    html.dataset.theme = next;
    storage.set('yilu-theme', next);
    show();
  });
}

// ---- the citation panel ---------------------------------------------------------------
const cite = document.querySelector<HTMLElement>('[data-cite-url]');
if (cite) {
  const status = document.querySelector<HTMLElement>('.cite-status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    if (!status) return;
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };
  const copy = (text: string, done: string) => {
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
      say(ok ? done : (cite.dataset.msgFailed ?? ''));
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(() => say(done), fallback);
    else fallback();
  };
  const formatName = (pre: HTMLElement) => pre.closest('section')?.querySelector('h3')?.textContent ?? '';
  for (const b of cite.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    b.hidden = false;
    b.addEventListener('click', () => {
      const pre = document.getElementById(b.dataset.copy ?? '');
      if (pre) copy(pre.textContent ?? '', (cite.dataset.msgCopied ?? '').replace('{format}', formatName(pre)));
    });
  }
  // Downloads are made here from the record shown on the page, so no page carries it twice.
  for (const b of cite.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    b.hidden = false;
    b.addEventListener('click', () => {
      const pre = document.getElementById(b.dataset.download ?? '');
      if (!pre) return;
      const url = URL.createObjectURL(new Blob([pre.textContent ?? ''], { type: `${b.dataset.mime ?? 'text/plain'};charset=utf-8` }));
      const a = document.createElement('a');
      a.href = url;
      a.download = b.dataset.filename ?? 'citation.txt';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say((cite.dataset.msgDownloaded ?? '').replace('{file}', a.download));
    });
  }
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('[data-para-link]');
    if (!a) return;
    const url = cite.dataset.citeUrl ?? '';
    const gbt = document.getElementById('cite-gbt7714')?.textContent ?? '';
    const id = (a.getAttribute('href') ?? '').slice(1);
    copy(url ? gbt.split(url).join(`${url}#${id}`) : gbt, (cite.dataset.msgParagraph ?? '').replace('{n}', id.replace(/^p-/, '')));
  });
}
