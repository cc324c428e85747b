/**
 * Formulas written as pictures of a TeX rendering service, as READMEs did
 * before GitHub rendered math: `<img src="https://latex.codecogs.com/svg.latex?P(A|B)=…">`,
 * `![img](https://render.githubusercontent.com/render/math?math=y%3Dx)`. The
 * TeX is in the address: read as math, the formula shows on the card and the
 * sheet (which draws no remote picture) and in the answer's text, where the
 * picture was `[image]`. A picture alone in its block is display math, one in
 * a line inline math; a link around the picture to the same rendering goes
 * with it.
 */
import type { InlineMath, Math } from 'mdast-util-math';
import type { Html, Image, Link, Parent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** The services and where their TeX stands: after `?`, or in the `math=` / `chl=` parameter. */
const SERVICES: Array<{ host: RegExp; tex: (url: URL, raw: string) => string | undefined }> = [
  { host: /^latex\.codecogs\.com$/i, tex: (_url, raw) => raw.slice(raw.indexOf('?') + 1) },
  { host: /^render\.githubusercontent\.com$/i, tex: (url) => url.searchParams.get('math') ?? undefined },
  { host: /^chart\.apis\.google\.com$/i, tex: (url) => (url.searchParams.get('cht') === 'tx' ? (url.searchParams.get('chl') ?? undefined) : undefined) },
];

/** codecogs' options before the formula: size, resolution, background, font. */
const RENDER_OPTIONS = /^(?:\s*(?:\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|inline|bg_\w+|fn_\w+)\b|\\dpi\{\d+\}|\\bg\{\w+\}))+\s*/;

const IMG_ONLY = /^\s*(?:<(?:p|center|div)\b[^>]*>\s*)?<img\b[^>]*?\bsrc\s*=\s*(["'])([^"']+)\1[^>]*>\s*(?:<\/(?:p|center|div)>\s*)?$/i;

/** The TeX a formula picture's address holds, or undefined when it is no such picture. */
export function formulaOf(address: string): string | undefined {
  if (!/^https?:\/\//i.test(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const service = SERVICES.find(({ host }) => host.test(url.hostname));
  if (!service || !address.includes('?')) return undefined;
  const raw = service.tex(url, address.replace(/&amp;/g, '&'));
  if (raw === undefined) return undefined;
  let tex: string;
  try {
    // codecogs writes spaces as `&space;` and leaves the rest as typed; GitHub's addresses are percent-encoded.
    tex = decodeURIComponent(raw.replace(/&space;/g, ' ').replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    tex = raw;
  }
  tex = tex.replace(RENDER_OPTIONS, '').trim();
  return tex === '' ? undefined : tex;
}

export function readFormulaImages(tree: Root, text: string): void {
  if (!/codecogs|render\/math|chart\.apis\.google/i.test(text)) return;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const math = asMath(node as RootContent, parent as Parent);
    if (!math) return;
    (parent as Parent).children[index] = math as never;
    return [SKIP, index + 1];
  });
}

function asMath(node: RootContent, parent: Parent): Math | InlineMath | undefined {
  const position = node.position ? { position: node.position } : {};
  if (node.type === 'image') {
    const tex = formulaOf((node as Image).url);
    return tex === undefined ? undefined : { type: 'inlineMath', value: tex, ...position };
  }
  // `[![img](…math=y%3Dx)](…math=y%3Dx)`: the link GitHub puts around the picture goes with it.
  if (node.type === 'link' && (node as Link).children.length === 1 && (node as Link).children[0]!.type === 'image') {
    const tex = formulaOf(((node as Link).children[0] as Image).url);
    return tex !== undefined && formulaOf((node as Link).url) !== undefined ? { type: 'inlineMath', value: tex, ...position } : undefined;
  }
  if (node.type === 'html') {
    const img = IMG_ONLY.exec((node as Html).value);
    const tex = img ? formulaOf(img[2]!) : undefined;
    if (tex === undefined) return undefined;
    // A picture standing as a block of its own shows a formula on its own line.
    return parent.type === 'paragraph' ? { type: 'inlineMath', value: tex, ...position } : { type: 'math', value: tex, ...position };
  }
  return undefined;
}
