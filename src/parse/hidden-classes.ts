/**
 * The classes a page's own style sheet hides: `.preheader { display: none !important }` in a `<style>`
 * element, as email newsletters write it for the preheader (the line a mail client shows after the
 * subject), which a template may hide by its class alone, with no `style` attribute on the element.
 *
 * Only rules that hide whatever the screen are read: a class alone or after a tag name (`.preheader`,
 * `span.preheader`, in a list of selectors), declaring `display: none` or Outlook's `mso-hide: all`. A rule
 * inside `@media` hides on some screens only (`.desktop-only` on a phone) and is not read; nor is a
 * selector with a combinator or a state (`.menu .item`, `.tip:hover`), whose element the page shows
 * otherwise.
 */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** A declaration list that hides its element. */
const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\s*(?:!\s*important\s*)?(?:;|$)/i;
/** A selector naming one class, alone or after a tag name. */
const CLASS_SELECTOR = /^(?:[a-z][a-z0-9]*)?\.(-?[_a-z][\w-]*)$/i;

/** Whether a declaration list (a rule's, or a `style` attribute) hides its element whatever the screen. */
export function hidesElement(declarations: string): boolean {
  return HIDING.test(declarations.trim());
}

export function hiddenClassesOf(page: HastRoot): ReadonlySet<string> {
  const hidden = new Set<string>();
  for (const sheet of styleSheets(page)) {
    for (const { selectors, declarations } of topLevelRules(sheet)) {
      if (!hidesElement(declarations)) continue;
      for (const selector of selectors.split(',')) {
        const name = CLASS_SELECTOR.exec(selector.trim())?.[1];
        if (name !== undefined) hidden.add(name);
      }
    }
  }
  return hidden;
}

/** Whether one of the element's classes is among `hidden`. */
export function hasHiddenClass(element: Element, hidden: ReadonlySet<string>): boolean {
  const classes = element.properties.className;
  return hidden.size > 0 && Array.isArray(classes) && classes.some((name) => hidden.has(String(name)));
}

/** The text of every `<style>` element of the page, its comments taken out. */
function styleSheets(page: HastRoot): string[] {
  const sheets: string[] = [];
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === 'element' && node.tagName === 'style') sheets.push(toText(node).replace(/\/\*[\s\S]*?\*\//g, ''));
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(page);
  return sheets;
}

/** The rules outside any at-rule's block (`@media … { … }`), as their selectors and declarations. */
function topLevelRules(sheet: string): Array<{ selectors: string; declarations: string }> {
  const rules: Array<{ selectors: string; declarations: string }> = [];
  let depth = 0;
  let start = 0;
  let opened = -1;
  let atRule = false;
  for (let at = 0; at < sheet.length; at++) {
    const char = sheet[at];
    if (char === '{') {
      if (depth === 0) {
        opened = at;
        atRule = sheet.slice(start, at).trim().startsWith('@');
      }
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (!atRule) rules.push({ selectors: sheet.slice(start, opened), declarations: sheet.slice(opened + 1, at) });
        start = at + 1;
      }
    } else if (char === ';' && depth === 0) {
      // A statement at-rule (`@import url(…);`, `@charset "utf-8";`) ends without a block.
      start = at + 1;
    }
  }
  return rules;
}
