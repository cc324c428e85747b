/**
 * Cheap limits checked before parsing: absurd nesting is flattened (line
 * numbers and text kept, one warning), very long lines mark a file as risky,
 * and ordinary notes pass through untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitInput } from '../../src/build/input-limits.js';
import { readSourceText } from '../../src/build/source-read.js';
import { repoRoot } from '../helpers/read-note.js';

const deepList = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}* item ${level}\n`).join('');

describe('input limits', () => {
  it('leaves every real note and shape fixture exactly as it is', () => {
    const folders = [path.join(repoRoot, 'sources'), path.join(repoRoot, 'tests/fixtures/shapes')];
    for (const folder of folders) {
      for (const name of readdirSync(folder)) {
        const text = readFileSync(path.join(folder, name), 'utf8');
        const limited = limitInput(text);
        expect(limited.text).toBe(text);
        expect(limited.messages).toEqual([]);
        expect(limited.risky).toBe(false);
      }
    }
  });

  it('leaves a web page or a notebook as it is, indentation and all, and reads it under the time budget', () => {
    const page = `<!DOCTYPE html>\n<html><body>\n${Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}<div>\n`).join('')}<pre>${' '.repeat(140)}x = 1</pre>\n</body></html>\n`;
    const notebook = `{\n "cells": [],\n "nbformat": 4\n}\n`;
    for (const text of [page, notebook]) {
      const limited = limitInput(text);
      expect(limited.text).toBe(text);
      expect(limited.messages).toEqual([]);
      expect(limited.risky).toBe(true);
    }
  });

  it('flattens list nesting deeper than the limit, keeping every item and line', () => {
    const text = deepList(1_000);
    const limited = limitInput(text);
    const lines = limited.text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    for (let level = 0; level < 1_000; level++) expect(lines[level]).toMatch(new RegExp(`^ *\\* item ${level}$`));
    expect(Math.max(...lines.map((line) => line.length - line.trimStart().length))).toBeLessThanOrEqual(64);
    expect(limited.messages).toEqual([
      expect.objectContaining({ ruleId: 'nesting-too-deep', fatal: false, place: { line: 33, column: 1 } }),
    ]);
    expect(limited.messages[0]!.reason).toMatch(/^Nesting deeper than about 32 levels \(lists or block quotes\) on 968 lines: flattened/);
    expect(limited.risky).toBe(true);
  });

  it('keeps the nesting up to the limit as it was', () => {
    const text = deepList(30);
    expect(limitInput(text).text).toBe(text);
  });

  it('flattens block quotes and list markers nested on one line', () => {
    const quotes = limitInput(`${'> '.repeat(50_000)}a\n`);
    expect(quotes.text).toMatch(/^(?:> ){32}a\n$/);
    const markers = limitInput(`${'- '.repeat(500)}deep\n`);
    expect(markers.text).toMatch(/^(?:- ){32}deep\n$/);
  });

  it("leaves a line of spaces and text alone, however far right: spaces open no list or quote (a page's number set at its right edge)", () => {
    const copied = `Q1. What is dropout?\nIt drops units at random.\n\n${' '.repeat(89)}1\n`;
    expect(limitInput(copied)).toEqual({ text: copied, risky: false, messages: [] });
  });

  it('leaves fenced code alone, however deep its indentation', () => {
    const code = `\`\`\`json\n${' '.repeat(300)}"deep": true\n\`\`\`\n`;
    expect(limitInput(code).text).toBe(code);
  });

  it('marks a file with a very long line as risky without changing it', () => {
    const text = `# Note\n\n${'*a **a '.repeat(5_000)}\n`;
    const limited = limitInput(text);
    expect(limited).toEqual({ text, risky: true, messages: [] });
  });

  it('makes a 2,000-level list readable: the pipeline reads it and reports the flattening', () => {
    // Front matter makes it Markdown despite the lines without blank lines between them.
    const text = `---\ntitle: Deep\n---\n\n## What is nesting?\n\n${deepList(2_000)}`;
    const limited = limitInput(text);
    const read = readSourceText('deep.md', limited.text);
    expect(read.summary.format).toBe('markdown');
    expect(read.questions.map((question) => question.question)).toEqual(['What is nesting?']);
    expect(read.questions[0]!.answer?.text).toContain('item 1999');
  });
});
