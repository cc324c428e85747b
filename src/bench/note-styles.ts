/**
 * The markup styles of the synthetic notes, each mirroring a real shape
 * (see sources/ and tests/fixtures/shapes/): Markdown headings with
 * `<details>` answers, copied plain text with • bullets, Q:/A: lines, bold
 * questions with emoji, bullet lists, Korean headings, numbered headings with
 * sub-headings and code.
 */
import type { SyntheticAnswer } from './answers.js';

export interface NoteItem {
  question: string;
  answer: SyntheticAnswer | null;
}

export interface NoteSection {
  topic: string;
  items: NoteItem[];
}

export interface Note {
  title: string;
  sections: NoteSection[];
}

export interface NoteStyle {
  name: string;
  extension: '.md' | '.txt';
  render(note: Note): string;
}

/**
 * The common Markdown skeleton: `# title`, an optional preface, then each
 * topic as `## topic` followed by its items' lines (and `sectionEnd`).
 */
function headedNote(note: Note, itemLines: (item: NoteItem) => string[], options: { preface?: string[]; sectionEnd?: string[] } = {}): string {
  const out = [`# ${note.title}`, '', ...(options.preface ?? [])];
  for (const section of note.sections) {
    out.push(`## ${section.topic}`, '');
    for (const item of section.items) out.push(...itemLines(item));
    out.push(...(options.sectionEnd ?? []));
  }
  return out.join('\n');
}

const headingDetails: NoteStyle = {
  name: 'heading-details',
  extension: '.md',
  render(note) {
    const out = ['---', `title: "${note.title}"`, 'toc: true', 'use_math: true', '---', ''];
    let number = 0;
    for (const section of note.sections) {
      for (const item of section.items) {
        out.push(`# ${++number}. ${item.question}`, '', '<details>', '  <summary>Answer</summary>', '  ', '  <div markdown="1">', '');
        if (item.answer) out.push(...indent(markdownAnswer(item.answer, '\\(', '\\)'), '  '), '');
        out.push('  </div>', '</details>', '');
      }
    }
    return out.join('\n');
  },
};

const qHeadingDetails: NoteStyle = {
  name: 'q-heading-details',
  extension: '.md',
  render(note) {
    return headedNote(note, (item) => [
      `### Q: ${item.question}`, '', '<details>', '<summary>💡 Show Answer</summary>', '',
      ...(item.answer ? markdownAnswer(item.answer, '$', '$') : ['TBD']), '', '</details>', '',
    ]);
  },
};

const plainBullets: NoteStyle = {
  name: 'plain-bullets',
  extension: '.txt',
  render(note) {
    const out = ['Skip to content', '', note.title, ''];
    for (const section of note.sections) {
      out.push(section.topic, '');
      for (const item of section.items) {
        out.push(item.question, '');
        if (!item.answer) continue;
        const answer = item.answer;
        for (const paragraph of answer.paragraphs) out.push(`  • ${paragraph}`);
        for (const bullet of answer.bullets) out.push(`    ◦ ${bullet}`);
        if (answer.formula) out.push(`  • ${answer.formula}`);
        if (answer.code) out.push('', ...answer.code.split('\n'));
        out.push('');
      }
    }
    return out.join('\n');
  },
};

const qaLines: NoteStyle = {
  name: 'qa-lines',
  extension: '.txt',
  render(note) {
    const out = [note.title, 'Related:', '- Quick reference: ML Cheat Sheet'];
    for (const section of note.sections) {
      out.push(`${section.topic} (Know Immediately)`);
      for (const item of section.items) {
        out.push(`Q: ${item.question}`);
        if (!item.answer) continue;
        const [first, ...rest] = [...item.answer.paragraphs, ...item.answer.bullets];
        out.push(`A: ${first ?? ''}`, ...rest);
        if (item.answer.formula) out.push(item.answer.formula);
      }
    }
    return `${out.join('\n')}\n`;
  },
};

const boldEmoji: NoteStyle = {
  name: 'bold-emoji',
  extension: '.md',
  render(note) {
    let count = 0;
    return headedNote(
      note,
      (item) => [
        `**${item.question} ${['👶', '⭐', '⭐️', '🚀'][count++ % 4]}**`, '',
        ...(item.answer ? [...markdownAnswer(item.answer, '$', '$'), ''] : []),
        '<br/>', '',
      ],
      { preface: ['The list of questions is based on a community collection.', ''] },
    );
  },
};

const bulletList: NoteStyle = {
  name: 'bullet-list',
  extension: '.md',
  render(note) {
    return headedNote(
      note,
      (item) => [`- ${item.question}`, ...(item.answer ? [...item.answer.paragraphs, ...item.answer.bullets].map((line) => `  - ${line}`) : [])],
      { sectionEnd: [''] },
    );
  },
};

const koreanHeadings: NoteStyle = {
  name: 'korean-headings',
  extension: '.md',
  render(note) {
    return headedNote(note, (item) => [`### ${item.question}`, '', ...(item.answer ? [...markdownAnswer(item.answer, '$', '$'), ''] : [])]);
  },
};

const numberedWithCode: NoteStyle = {
  name: 'numbered-code',
  extension: '.md',
  render(note) {
    const out = [`# ${note.title}`, ''];
    let number = 0;
    for (const section of note.sections) {
      for (const item of section.items) {
        out.push(`## ${++number}. ${item.question}`, '');
        if (!item.answer) continue;
        const [first, ...rest] = item.answer.paragraphs;
        out.push(`**In short**: ${first ?? ''}`, '');
        if (item.answer.bullets.length > 0 || rest.length > 0) {
          out.push('### Key points', '', ...[...rest, ...item.answer.bullets].map((line) => `- **Point**: ${line}`), '');
        }
        if (item.answer.formula) out.push('$$', item.answer.formula, '$$', '');
        if (item.answer.code) out.push('### Code example', '', '```python', item.answer.code, '```', '');
      }
    }
    return out.join('\n');
  },
};

/** Styles with their weights (how often a file is written in each). */
export const NOTE_STYLES: ReadonlyArray<readonly [NoteStyle, number]> = [
  [headingDetails, 2],
  [qHeadingDetails, 2],
  [plainBullets, 2],
  [qaLines, 2],
  [boldEmoji, 2],
  [bulletList, 1],
  [numberedWithCode, 2],
];

export const KOREAN_STYLE = koreanHeadings;

function markdownAnswer(answer: SyntheticAnswer, open: string, close: string): string[] {
  const out: string[] = [];
  answer.paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push('');
    out.push(paragraph);
  });
  if (answer.bullets.length > 0) out.push('', ...answer.bullets.map((bullet) => `- ${bullet}`));
  if (answer.formula) out.push('', `The key formula is ${open}${answer.formula}${close}.`);
  if (answer.code) out.push('', '```python', answer.code, '```');
  return out;
}

function indent(lines: string[], prefix: string): string[] {
  return lines.map((line) => (line === '' ? '' : `${prefix}${line}`));
}
