/**
 * An Obsidian canvas (`.canvas`, the JSON Canvas format): cards placed on a board (`nodes`), text cards holding
 * Markdown, and arrows between them (`edges`), as a learner draws a question's card with an arrow to its answer's.
 * Read as the Markdown outline it stands for, in reading order (top to bottom, then left to right): a card with
 * arrows to text cards is a bullet with theirs nested under it, so a card that asks has its answer under it and a
 * card that names a subject its questions, as in any outline; a card no arrow joins is a block of its own, a
 * group's label a heading over what follows. A card of a file, a picture or a page on the web shows what this file
 * does not hold: it is left out, and told. Each line stands at the line of the file its card is written on.
 */

import { location } from 'vfile-location';

export interface CanvasNote {
  markdown: string;
  lineOf(line: number): number;
  /** The cards left out (files and links), at their lines. */
  leftOut: Array<{ line: number; message: string }>;
}

interface CanvasNode {
  id: string;
  type: string;
  x: number;
  y: number;
  text?: string;
  file?: string;
  url?: string;
  label?: string;
}

interface CanvasEdge {
  fromNode: string;
  toNode: string;
}

export function isCanvas(file: string): boolean {
  return /\.canvas$/i.test(file);
}

/** The canvas as Markdown, or why the file is no canvas (not JSON, or no `nodes`). */
export function canvasToMarkdown(text: string): CanvasNote | { broken: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { broken: (error as Error).message };
  }
  const nodes = readNodes(data);
  if (!nodes) return { broken: 'it holds no list of cards ("nodes")' };
  const edges = readEdges(data);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const lineOfNode = nodeLines(text, nodes);
  const children = new Map<string, CanvasNode[]>();
  const targeted = new Set<string>();
  for (const edge of edges) {
    const from = byId.get(edge.fromNode);
    const to = byId.get(edge.toNode);
    if (from?.type !== 'text' || to?.type !== 'text' || from === to) continue;
    children.set(from.id, [...(children.get(from.id) ?? []), to]);
    targeted.add(to.id);
  }
  const lines: string[] = [];
  const fileLines: number[] = [];
  const leftOut: CanvasNote['leftOut'] = [];
  const write = (line: string, node: CanvasNode) => {
    lines.push(line);
    fileLines.push(lineOfNode.get(node.id) ?? 1);
  };
  const written = new Set<string>();
  const bullet = (node: CanvasNode, depth: number) => {
    written.add(node.id);
    const indent = '  '.repeat(depth);
    (node.text ?? '').trim().split(/\r?\n/).forEach((line, k) => write(`${indent}${k === 0 ? '- ' : '  '}${line}`, node));
    for (const child of inReadingOrder(children.get(node.id) ?? [])) if (!written.has(child.id)) bullet(child, depth + 1);
  };
  const roots = inReadingOrder(nodes.filter((node) => !targeted.has(node.id)));
  // Then the cards arrows point to: each is written under the card it answers, but for cards in a loop of arrows, none
  // of them a root, read from the first of them in reading order.
  const pointedTo = inReadingOrder(nodes.filter((node) => targeted.has(node.id)));
  for (const node of [...roots, ...pointedTo]) {
    if (written.has(node.id)) continue;
    if (node.type === 'file' || node.type === 'link') {
      const what = node.type === 'file' ? `a card of the file "${node.file ?? ''}"` : `a card of the page ${node.url ?? ''}`;
      leftOut.push({ line: lineOfNode.get(node.id) ?? 1, message: `Left out ${what}: the canvas shows it, this file does not hold it` });
      continue;
    }
    const label = node.type === 'group' ? node.label?.trim() : undefined;
    if (node.type !== 'text' && !label) continue;
    if (lines.length > 0) write('', node);
    if (label) write(`## ${label}`, node);
    else if (children.has(node.id)) bullet(node, 0);
    else {
      written.add(node.id);
      for (const line of (node.text ?? '').trim().split(/\r?\n/)) write(line, node);
    }
  }
  return { markdown: lines.join('\n'), lineOf: (line) => fileLines[line - 1] ?? fileLines.at(-1) ?? 1, leftOut };
}

function readNodes(data: unknown): CanvasNode[] | undefined {
  const nodes = (data as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return undefined;
  return nodes.flatMap((node: Partial<CanvasNode> | null): CanvasNode[] =>
    node && typeof node.id === 'string' && typeof node.type === 'string' ? [{ ...node, id: node.id, type: node.type, x: Number(node.x) || 0, y: Number(node.y) || 0 }] : [],
  );
}

function readEdges(data: unknown): CanvasEdge[] {
  const edges = (data as { edges?: unknown }).edges;
  return Array.isArray(edges) ? edges.filter((edge: Partial<CanvasEdge> | null): edge is CanvasEdge => typeof edge?.fromNode === 'string' && typeof edge.toNode === 'string') : [];
}

/** Top to bottom, then left to right: how a board is read. */
function inReadingOrder(nodes: readonly CanvasNode[]): CanvasNode[] {
  return [...nodes].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The line each card is written on: Obsidian writes a card a line; the line of its `"id"`. */
function nodeLines(text: string, nodes: readonly CanvasNode[]): Map<string, number> {
  const place = location(text);
  const lines = new Map<string, number>();
  for (const node of nodes) {
    const line = place.toPoint(text.indexOf(`"${node.id}"`))?.line;
    if (line !== undefined) lines.set(node.id, line);
  }
  return lines;
}
