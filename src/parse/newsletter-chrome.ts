/**
 * What an email newsletter saved as HTML holds around its issue and no note says: its links to the issue's web page
 * and its buttons (`View in browser`, `Upgrade to paid`), its footer (`You received this email because you subscribed
 * to …`, `Unsubscribe`, the sender's postal address under them) and its tracking pixel (an image of 1×1). Known by
 * their element, read as text alone: a paragraph of an answer that mentions unsubscribing is no link of the mail's.
 */
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';

/** A link or button of the mail's, its whole text: `View in browser`, `View this email in your browser`, `Upgrade to paid`. */
const NEWSLETTER_LINK =
  /^(?:view (?:this (?:e-?mail|post|issue|newsletter) )?(?:in|on) (?:your |a |the )?(?:web ?)?(?:browser|web)|view online|read (?:it |this )?online|upgrade to (?:paid|premium)|subscribe now|forward (?:this )?to a friend|unsubscribe|manage (?:your )?(?:preferences|subscription))\.?$/i;
/** What opens a mail's footer: why it was sent (`You received this email because …`, `You're receiving this …`). */
const FOOTER_OPENING = /^you(?:'re| are)? receiv(?:ed|ing) this (?:e-?mail|newsletter|message)\b/i;
/** Elements a footer's text is written in, on lines of its own (`<br>`). */
const INLINE = new Set(['a', 'b', 'br', 'em', 'i', 'img', 'small', 'span', 'strong', 'font', 'u']);

export type NewsletterChrome = 'newsletter links' | 'newsletter footer' | 'tracking pixel';

/** The elements the mail's links and footer are: not a heading, a list's item or code, which are a note's. */
const HOLDERS = new Set(['a', 'p', 'div', 'td', 'th', 'span', 'center', 'font', 'b', 'strong', 'small']);

/** Which of the newsletter's chrome `element` is, if any. */
export function newsletterChrome(element: Element): NewsletterChrome | undefined {
  if (element.tagName === 'img') return isTrackingPixel(element) ? 'tracking pixel' : undefined;
  if (!HOLDERS.has(element.tagName) || !holdsOnlyInline(element)) return undefined;
  const said = toText(element).replace(/\s+/g, ' ').trim();
  if (NEWSLETTER_LINK.test(said)) return 'newsletter links';
  // Its footer: the block that says why the mail was sent, or that holds the link to unsubscribe, with all it holds.
  if (FOOTER_OPENING.test(said) || (element.tagName !== 'a' && holdsUnsubscribeLink(element))) return 'newsletter footer';
  return undefined;
}

function isTrackingPixel(image: Element): boolean {
  const { width, height } = image.properties;
  return Number(width) <= 1 && Number(height) <= 1 && width !== undefined && height !== undefined;
}

function holdsOnlyInline(element: Element): boolean {
  return element.children.every((child) => child.type !== 'element' || (INLINE.has(child.tagName) && holdsOnlyInline(child)));
}

function holdsUnsubscribeLink(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && ((child.tagName === 'a' && /^unsubscribe\b/i.test(toText(child).trim())) || holdsUnsubscribeLink(child)));
}
