/**
 * Notes exported by other tools in their own file formats: an OPML outline (Workflowy, Dynalist, a mind map), an
 * Evernote export (`.enex`) and an Obsidian canvas (`.canvas`), each read as the Markdown it stands for, every
 * question at the line of the file it stands on. A file that only looks like one (broken XML or JSON) is read as
 * text, with a warning that says why.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (text: string, file: string) => {
  const read = readNote(text, file);
  return { rows: read.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.topic, question.occurrences[0]!.line]), read };
};

describe('an OPML outline', () => {
  const opml = [
    '<?xml version="1.0"?>',
    '<opml version="2.0">',
    '  <head><title>NLP</title></head>',
    '  <body>',
    '    <outline text="NLP interview">',
    '      <outline text="What is teacher forcing?" _note="Feeding the ground truth&#10;instead of the model&apos;s own output." />',
    '      <outline text="Why does BERT mask only 80%?">',
    '        <outline text="To narrow the gap with fine-tuning." />',
    '      </outline>',
    '    </outline>',
    '  </body>',
    '</opml>',
  ].join('\n');

  it("reads each outline as a bullet of its text, its note and its outlines under it: a section's questions and their answers", () => {
    const { rows, read } = asked(opml, 'prep.opml');
    expect(rows).toEqual([
      ['What is teacher forcing?', "- Feeding the ground truth\n  instead of the model's own output.", 'NLP interview', 6],
      ['Why does BERT mask only 80%?', '- To narrow the gap with fine-tuning.', 'NLP interview', 7],
    ]);
    expect(read.summary.format).toBe('opml');
    expect(read.summary.title).toBe('NLP');
    expect(messagesOf(read.vfile)).toEqual(['1:opml-outline']);
  });

  it('that is not well-formed XML is read as text, with a warning naming where it broke', () => {
    const read = readNote('<?xml version="1.0"?>\n<opml><body>\n<outline text="What is X?">\n</body></opml>\n', 'broken.opml');
    expect(read.summary.format).not.toBe('opml');
    expect(read.vfile.messages.find((message) => message.ruleId === 'opml-outline')).toMatchObject({ fatal: false });
  });
});

describe('an Evernote export', () => {
  const enex = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
    '<en-export application="Evernote">',
    '  <note>',
    '    <title>평가지표</title>',
    '    <tag>interview</tag>',
    '    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>',
    '<en-note><div><b>Q1. Precision과 Recall의 차이는?</b></div>',
    '<div>Precision은 예측한 양성 중 실제 양성의 비율.</div>',
    '<div><b>Q2. F1은 왜 조화평균인가요?</b></div>',
    '<div>작은 값에 끌려가도록.</div></en-note>]]></content>',
    '  </note>',
    '</en-export>',
  ].join('\n');

  it("reads each note's body as the web page it is, under its title, at the lines of the file", () => {
    const { rows, read } = asked(enex, 'notes.enex');
    expect(rows).toEqual([
      ['Precision과 Recall의 차이는?', 'Precision은 예측한 양성 중 실제 양성의 비율.', null, 8],
      ['F1은 왜 조화평균인가요?', '작은 값에 끌려가도록.', null, 10],
    ]);
    expect(read.summary.format).toBe('enex');
    expect(read.summary.title).toBe('평가지표');
  });

  it('of several notes takes each title as the topic of the questions under it, and no title of its own', () => {
    const note = (title: string, asked: string, answer: string) => [`  <note><title>${title}</title>`, `    <content><![CDATA[<en-note><div><b>${asked}</b></div><div>${answer}</div></en-note>]]></content>`, '  </note>'];
    const two = ['<?xml version="1.0"?>', '<en-export>', ...note('Metrics', 'What is recall?', 'TP over actual positives.'), ...note('Optimisers', 'What is momentum?', 'An average of gradients.'), '</en-export>'].join('\n');
    const { rows, read } = asked(two, 'two.enex');
    expect(rows).toEqual([
      ['What is recall?', 'TP over actual positives.', 'Metrics', 4],
      ['What is momentum?', 'An average of gradients.', 'Optimisers', 7],
    ]);
    expect(read.summary.title).toBeUndefined();
  });
});

describe('an Obsidian canvas', () => {
  const canvas = [
    '{',
    '\t"nodes":[',
    '\t\t{"id":"t","type":"text","text":"## Transformer","x":-420,"y":-300,"width":400,"height":60},',
    '\t\t{"id":"q","type":"text","text":"Why scale the dot product by 1/√d_k?","x":-420,"y":-60,"width":300,"height":60},',
    '\t\t{"id":"a","type":"text","text":"To keep the softmax out of its flat regions.","x":-40,"y":-60,"width":360,"height":100},',
    '\t\t{"id":"f","type":"file","file":"Papers/Attention.pdf","x":400,"y":-300,"width":400,"height":400}',
    '\t],',
    '\t"edges":[{"id":"e","fromNode":"q","fromSide":"right","toNode":"a","toSide":"left"}]',
    '}',
  ].join('\n');

  it("reads a card's arrow to another as its answer under it, in reading order, and leaves out a file's card with a note", () => {
    const { rows, read } = asked(canvas, 'board.canvas');
    expect(rows).toEqual([['Why scale the dot product by 1/√d_k?', '- To keep the softmax out of its flat regions.', 'Transformer', 4]]);
    expect(read.summary.format).toBe('canvas');
    expect(messagesOf(read.vfile)).toEqual(['1:canvas', '6:canvas']);
    expect(read.vfile.messages[1]!.reason).toContain('"Papers/Attention.pdf"');
  });

  it('reads cards in a loop of arrows from the first of them in reading order, each once', () => {
    const loop = JSON.stringify({
      nodes: [
        { id: 'b', type: 'text', text: 'It zeroes units at random.', x: 300, y: 0 },
        { id: 'a', type: 'text', text: 'What is dropout?', x: 0, y: 0 },
      ],
      edges: [
        { fromNode: 'a', toNode: 'b' },
        { fromNode: 'b', toNode: 'a' },
      ],
    });
    expect(asked(loop, 'loop.canvas').rows.map(([question, answer]) => [question, answer])).toEqual([['What is dropout?', '- It zeroes units at random.']]);
  });

  it('that is no JSON is read as text, with a warning', () => {
    const read = readNote('## What is a canvas?\n\nA board of cards.\n', 'notes.canvas');
    expect(read.questions.map((question) => question.question)).toEqual(['What is a canvas?']);
    expect(messagesOf(read.vfile)).toContain('1:canvas');
  });
});

describe('a JSON export of notes', () => {
  it('of Google Keep (Takeout) is read as its note: the title the note\'s, the labels every question\'s tags', () => {
    const keep = JSON.stringify({ color: 'DEFAULT', isTrashed: false, title: 'Web interview', textContent: 'Q: What is CORS?\nA: A browser mechanism for cross-origin requests.', labels: [{ name: 'interview' }], userEditedTimestampUsec: 1 });
    const read = readNote(keep, 'Keep/Web interview.json');
    expect(read.questions.map((question) => [question.question, question.answer?.markdown, question.tags])).toEqual([['What is CORS?', 'A browser mechanism for cross-origin requests.', ['interview']]]);
    expect([read.summary.format, read.summary.title]).toEqual(['keep', 'Web interview']);
  });

  it('of Roam Research is read as its outline: each page a heading, a block over blocks a question over its answer', () => {
    const roam = JSON.stringify([{ title: 'ML Prep', children: [{ string: '[[Regularization]]', uid: 'a', children: [{ string: 'Why does dropout regularise? #card', uid: 'b', children: [{ string: 'It trains an ensemble of thinned networks.', uid: 'c' }] }] }] }]);
    const read = readNote(roam, 'roam.json');
    expect(read.questions.map((question) => [question.question, question.answer?.markdown, question.topic])).toEqual([['Why does dropout regularise?', '- It trains an ensemble of thinned networks.', 'Regularization']]);
    expect(read.summary.format).toBe('roam');
  });

  it("of Roam Research reads Roam's markup: a reference to a block it holds as that block's text, in quotes, `__so__` as italics", () => {
    const roam = JSON.stringify([{ title: 'ML Prep', children: [
      { string: 'Dropout zeroes units at random.', uid: 'd1d2d3d4X' },
      { string: 'Why does dropout regularise? #card', uid: 'b', children: [{ string: 'Because ((d1d2d3d4X)) __during training__ only.', uid: 'c' }] },
    ] }]);
    const read = readNote(roam, 'roam.json');
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual(['- Because "Dropout zeroes units at random." *during training* only.']);
  });
});
