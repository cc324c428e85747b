/**
 * The classes an email's own style sheet hides: `.preheader { display: none !important }` in a `<style>`
 * element, as newsletters write it for the preheader (the line a mail client shows after the subject),
 * which a template may hide by its class alone, with no `style` attribute on the element.
 *
 * Read only in an email (a page laid out in `<table role="presentation">`, layout-tables.ts): a mail client
 * runs no script, so what its style sheet hides is never shown, while a web page hides by class what a click
 * shows (an FAQ's answers), and such a page saved whole keeps its style sheets. And only what every screen hides:
 * - a rule of a class alone or after a tag name (`.preheader`, `span.preheader`, in a list of selectors),
 *   declaring `display: none` or Outlook's `mso-hide: all`, outside any `@media` block and in a `<style>` for
 *   every screen (no `media="print"`);
 * - unless some other rule, of any selector or screen, shows one of the element's classes (`.mobile-only` shown
 *   on a phone, `.answer.open { display: block }`), or the element's own style sets another display.
 */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { hasLayoutRole } from './layout-tables.js';

/** A declaration list that hides its element. */
const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\s*(?:!\s*important\s*)?(?:;|$)/i;
/** A declaration list that shows its element some way (`display: block`, `flex`, …). */
const SHOWING = /(?:^|;)\s*display\s*:\s*(?!none\b)[a-z-]+/i;
/** A selector naming one class, alone or after a tag name. */
const CLASS_SELECTOR = /^(?:[a-z][a-z0-9]*)?\.(-?[_a-z][\w-]*)$/i;
/** Each class a selector names, whatever else it says (`.answer.open`, `.d-md-block`, `div .x:hover`). */
const CLASS_NAME = /\.(-?[_a-z][\w-]*)/gi;
/** A `<style>` element's `media` that holds every screen. */
const EVERY_SCREEN = /^\s*(?:all|screen)?\s*$/i;

/** What an email's style sheets say of its classes. */
export interface ClassStyles {
  /** Classes a rule hides on every screen. */
  hidden: ReadonlySet<string>;
  /** Classes some rule shows (a display other than none). */
  shown: ReadonlySet<string>;
}

const NONE: ClassStyles = { hidden: new Set(), shown: new Set() };

/** Whether a declaration list (a rule's, or a `style` attribute) hides its element whatever the screen. */
export function hidesElement(declarations: string): boolean {
  return HIDING.test(declarations.trim());
}

/** What the page's style sheets hide and show by class: nothing, for a page that is no email. */
export function classStylesOf(page: HastRoot): ClassStyles {
  if (!isEmail(page)) return NONE;
  const hidden = new Set<string>();
  const shown = new Set<string>();
  for (const sheet of styleSheets(page)) {
    for (const { selectors, declarations, atRule } of rulesOf(sheet)) {
      if (SHOWING.test(declarations.trim())) for (const [, name] of selectors.matchAll(CLASS_NAME)) shown.add(name!);
      if (atRule || !hidesElement(declarations)) continue;
      for (const selector of selectors.split(',')) {
        const name = CLASS_SELECTOR.exec(selector.trim())?.[1];
        if (name !== undefined) hidden.add(name);
      }
    }
  }
  return { hidden, shown };
}

/** Whether the page's style sheets hide the element (`styles`: classStylesOf). */
export function isHiddenByClass(element: Element, styles: ClassStyles): boolean {
  const classes = element.properties.className;
  if (styles.hidden.size === 0 || !Array.isArray(classes)) return false;
  const names = classes.map(String);
  if (!names.some((name) => styles.hidden.has(name)) || names.some((name) => styles.shown.has(name))) return false;
  const style = element.properties.style;
  return !(typeof style === 'string' && SHOWING.test(style));
}

/** Whether the page is an email's: a table in it has a layout's role (layout-tables.ts). */
function isEmail(node: HastRoot | RootContent): boolean {
  if (node.type === 'element' && node.tagName === 'table' && hasLayoutRole(node)) return true;
  return 'children' in node && node.children.some(isEmail);
}

/** The text of every `<style>` element for every screen, its comments taken out. */
function styleSheets(page: HastRoot): string[] {
  const sheets: string[] = [];
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === 'element' && node.tagName === 'style') {
      const media = node.properties.media;
      if (media === undefined || EVERY_SCREEN.test(String(media))) sheets.push(toText(node).replace(/\/\*[\s\S]*?\*\//g, ''));
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(page);
  return sheets;
}

/** A block open while a sheet is read: a rule's (its selectors the prelude) or an at-rule's. */
interface Block {
  prelude: string;
  atRule: boolean;
  /** Where its content begins. */
  start: number;
}

/**
 * Every rule, as its selectors and declarations, and whether it stands inside an at-rule's block (`@media … { … }`).
 * Braces inside quoted strings (`content: "}"`) are not the sheet's.
 */
function rulesOf(sheet: string): Array<{ selectors: string; declarations: string; atRule: boolean }> {
  const rules: Array<{ selectors: string; declarations: string; atRule: boolean }> = [];
  const open: Block[] = [];
  let start = 0;
  for (let at = 0; at < sheet.length; at++) {
    const char = sheet[at]!;
    if (char === '"' || char === "'") {
      const end = sheet.indexOf(char, at + 1);
      at = end < 0 ? sheet.length : end;
    } else if (char === '{') {
      const prelude = sheet.slice(start, at);
      open.push({ prelude, atRule: prelude.trim().startsWith('@'), start: at + 1 });
      start = at + 1;
    } else if (char === '}') {
      const block = open.pop();
      if (block && !block.atRule) rules.push({ selectors: block.prelude, declarations: sheet.slice(block.start, at), atRule: open.some((outer) => outer.atRule) });
      start = at + 1;
    } else if (char === ';' && (open.length === 0 || open.at(-1)!.atRule)) {
      // A statement at-rule (`@import url(…);`, `@charset "utf-8";`) ends without a block.
      start = at + 1;
    }
  }
  return rules;
}
