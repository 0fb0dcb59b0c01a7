/**
 * Entry of the search bundle (built by src/integrations/search into
 * `_yilu/search.<hash>.js`). A few inline lines in every page import it only when
 * a reader opens search: the header button, Ctrl/⌘K or "/", or the /search/ page.
 */
import { base, t2sTriggers } from 'virtual:yilu/browser';
import { SearchEngine } from './engine.ts';
import { lazySimplifier } from './simplified.ts';
import { css } from './styles.ts';
import { searchStrings } from './strings.ts';
import { SearchView } from './ui.ts';

const simplifier = lazySimplifier(t2sTriggers);
const engine = new SearchEngine({ base, toSimplified: simplifier.toSimplified, prepare: simplifier.prepare });
let dialog: HTMLDialogElement | undefined;
let dialogView: SearchView | undefined;
let page: HTMLElement | undefined;
/** The control that opened the dialog (the header's search link when a shortcut did): focus returns there on close. */
let opener: HTMLElement | undefined;

function injectStyles(): void {
  if (document.getElementById('yilu-search-style')) return;
  const style = document.createElement('style');
  style.id = 'yilu-search-style';
  style.textContent = css;
  document.head.append(style);
}

/** Opens the search dialog, optionally with a query. */
export function openDialog(query = ''): void {
  injectStyles();
  engine.warm();
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'ys-dialog';
    const s = searchStrings(document.documentElement.getAttribute('lang'));
    dialog.setAttribute('aria-label', s.dialog);
    dialogView = new SearchView({
      engine,
      base,
      syncUrl: false,
      fullPageLink: true,
      enterOpensFirst: true,
      onNavigate: () => dialog?.close(),
    });
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'ys-close';
    close.textContent = s.close;
    close.setAttribute('aria-label', s.closeLabel);
    close.addEventListener('click', () => dialog?.close());
    dialog.append(close, dialogView.root);
    // Escape closes at once (in a filled search box Chromium would first only clear it).
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog?.close();
      }
    });
    dialog.addEventListener('close', () => {
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('[data-search-open]');
      opener = undefined;
      target?.focus();
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog?.close();
    });
    document.body.append(dialog);
  }
  if (!dialog.open) {
    // A control (link, button, field) that had focus gets it back; a shortcut typed on the page
    // (focus on the body, or on <main tabindex=-1> after a click in the text) gives it to the search link.
    const active = document.activeElement;
    const control =
      active instanceof HTMLElement &&
      active.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    opener = control ? active : (document.querySelector<HTMLElement>('[data-search-open]') ?? undefined);
    dialog.showModal();
  }
  if (query) dialogView!.set(query);
  dialogView!.input.focus();
  dialogView!.input.select();
}

/** Mounts the full search view into the /search/ page and answers its `?q=`. */
export function mountPage(container: HTMLElement): void {
  page = container;
  injectStyles();
  const view = new SearchView({ engine, base, syncUrl: true, fullPageLink: false });
  container.replaceChildren(view.root);
  const { query, filters, sort } = SearchView.fromUrl(location.search);
  if (query || Object.keys(filters).length) view.set(query, filters, sort);
  view.input.focus();
}

/**
 * The reader switched the interface language (src/reading/site.ts): the search
 * page is remade in it at once, with its query, and the dialog when next opened.
 */
export function relocalize(): void {
  dialog?.remove();
  dialog = undefined;
  dialogView = undefined;
  if (page) mountPage(page);
}

export { engine };
