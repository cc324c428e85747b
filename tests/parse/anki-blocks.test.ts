/** Obsidian_to_Anki's note blocks (`START`, a note type, fields, `END`) in a note, read as cards. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const read = (text: string) => {
  const { questions, vfile } = readNote(text);
  return { asked: questions.map((question) => [question.question, question.occurrences[0]!.line, question.tags, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe("Obsidian_to_Anki's note blocks", () => {
  it('are cards whatever their front says: the first field the front, `Back:` its answer, `Tags:` its tags', () => {
    const note =
      'TARGET DECK\nML::Deep learning\n\nSTART\nBasic\nWhat is dropout?\nBack: Randomly zeroing units.\nIt is used in training only.\nTags: dl regularisation\nEND\n<!--ID: 1566052191670-->\n\nSTART\nBasic\nFront: Overfitting\nBack: Fitting the noise.\nEND\n';
    expect(read(note)).toEqual({
      asked: [
        ['What is dropout?', 6, ['dl', 'regularisation'], 'Randomly zeroing units.\nIt is used in training only.'],
        ['Overfitting', 15, [], 'Fitting the noise.'],
      ],
      messages: ['1:anki-blocks'],
    });
  });

  it("ask a Cloze note's sentence as Anki shows it, answered by the sentence whole over its extra field", () => {
    const note = 'START\nCloze\nText: Adam combines {{c1::momentum}} and {{c2::RMSProp::an optimiser}}.\nBack Extra: Kingma and Ba, 2014.\nEND\n';
    expect(read(note).asked).toEqual([['Adam combines [...] and [an optimiser].', 3, [], 'Adam combines **momentum** and **RMSProp**.\nKingma and Ba, 2014.']]);
  });

  it("stand among a note's headings and prose, each a question of its own under a heading that asks, FILE TAGS every card's", () => {
    const note =
      '# Regularisation\n\n## What is weight decay?\n\nAn L2 penalty.\n\nSTART\nBasic\nDropout\nBack: Randomly zeroing units.\nEND\n\nFILE TAGS\nml\n';
    expect(read(note).asked).toEqual([
      ['What is weight decay?', 3, [], 'An L2 penalty.'],
      ['Dropout', 9, ['ml'], 'Randomly zeroing units.'],
    ]);
  });

  it('are read only whole: `START` and `END` alone on their lines, a note type under `START`', () => {
    expect(read('## What is START?\n\nThe word START in a sentence, and END.\n').asked).toEqual([['What is START?', 1, [], 'The word START in a sentence, and END.']]);
    // `START` with its type on its line, or no type under it: no block.
    expect(read('START Basic\nDropout\nBack: Zeroing units.\nEND\n').asked).toEqual([]);
    expect(read('START\n\nDropout\nBack: Zeroing units.\nEND\n').asked).toEqual([]);
  });

  it("answer up to their END, not into the prose after it", () => {
    const note = 'START\nBasic\nWhat is dropout?\nBack: Randomly zeroing units.\nEND\n\nI still need to read the paper.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is dropout?', 'Randomly zeroing units.']]);
    expect(messagesOf(vfile)).toContain('7:orphan-text');
  });

  it("are none in fenced code (a note showing the plugin's syntax), nor a flowchart's START and END", () => {
    const shown = '## How do I write a card?\n\nLike this:\n\n```\nSTART\nBasic\nWhat is the front?\nBack: The back.\nEND\n```\n';
    expect(read(shown).asked).toEqual([['How do I write a card?', 1, [], 'Like this:\n\n```\nSTART\nBasic\nWhat is the front?\nBack: The back.\nEND\n```']]);
    expect(read('A flowchart:\n\nSTART\nRead n\nPrint n squared\nEND\n\nThat is all.\n').asked).toEqual([]);
  });

  it('read a field as the plugin does, up to the next field: a front of two lines asks both, code and tags kept', () => {
    const note = 'START\nBasic\nWhat does this print?\n`print(0.1 + 0.2)`\nBack: 0.30000000000000004\nTags: py\nEND\n\nSTART\nBasic\nWhat is dropout?\nIn one sentence.\nBack: Randomly zeroing units.\nEND\n';
    expect(read(note).asked).toEqual([
      // Its back a number alone, and another card after it: the back is its answer, no section's title.
      ['What does this print? print(0.1 + 0.2)', 3, ['py'], '0.30000000000000004'],
      ['What is dropout? In one sentence.', 11, [], 'Randomly zeroing units.'],
    ]);
  });

  it("hold their back whole as the card's answer, whatever it holds: a title-like line, a bold question", () => {
    const note = 'START\nBasic\nWhat is the topic?\nBack: Fundamentals\n\n**What is Adam?**\nEND\n\nSTART\nBasic\nWhat is dropout?\nBack: Zeroing units.\nEND\n';
    expect(read(note).asked).toEqual([
      ['What is the topic?', 3, [], 'Fundamentals\n\n**What is Adam?**'],
      ['What is dropout?', 11, [], 'Zeroing units.'],
    ]);
  });

  it("ask a Cloze sentence of two lines whole, and a front Markdown reads as a heading as a card", () => {
    const note = 'START\nCloze\nText: Adam combines momentum\nand {{c1::RMSProp}}.\nBack Extra: 2014.\nEND\n\nSTART\nBasic\n## Batch normalisation\nBack: Normalising each mini-batch.\nEND\n';
    expect(read(note).asked.map(([question, line]) => [question, line])).toEqual([
      ['Adam combines momentum and [...].', 3],
      ['Batch normalisation', 10],
    ]);
    expect(read(note).asked[1]![3]).toBe('Normalising each mini-batch.');
  });

  it('answer with the lines under the front when no field is named after it, as before the plugin needed `Back:`', () => {
    expect(read('START\nBasic\nWhat is dropout?\nRandomly zeroing units during training.\nEND\n').asked).toEqual([['What is dropout?', 3, [], 'Randomly zeroing units during training.']]);
  });

  it('give each question as the file writes it: the front field as written, a one-line note its front', () => {
    const note = 'START\nBasic\nFront: Overfitting\nBack: Fitting noise.\nEND\n\nSTARTI [Basic] What is bagging? Back: Bootstrap aggregating. ENDI\n';
    expect(readNote(note).questions.map((question) => question.occurrences[0]!.question)).toEqual(['Front: Overfitting', 'What is bagging?']);
    const twoLines = 'START\nBasic\nWhat is dropout?\nIn one sentence.\nBack: Randomly zeroing units.\nEND\n';
    expect(readNote(twoLines).questions[0]!.occurrences[0]!.question).toBe('What is dropout?\nIn one sentence.');
  });

  it('answer with the whole back, a list or a formula at its end too', () => {
    const note = 'START\nBasic\nWhat are regularisers?\nBack:\n- Dropout\n- L2\nEND\n\nSTART\nBasic\nWhat is L2?\nBack: A penalty:\n\n$$\\lambda \\|w\\|^2$$\nEND\n\nNot part of it.\n';
    const { asked, messages } = read(note);
    expect(asked).toEqual([
      ['What are regularisers?', 3, [], '- Dropout\n- L2'],
      ['What is L2?', 11, [], 'A penalty:\n\n$$\n\\lambda \\|w\\|^2\n$$'],
    ]);
    expect(messages).toContain('17:orphan-text');
  });
});

describe("Obsidian_to_Anki's one-line notes (`STARTI [type] … ENDI`)", () => {
  it('are cards, alone on their line among text: the back cut at its field name, `Tags:` the tags, the id left out', () => {
    const note =
      '# Inline\n\nSome text.\nSTARTI [Basic] What does `a::b` name? Back: A **scope** path. Tags: cpp lang ENDI\nSTARTI [Basic] Front: Overfitting Back: Fitting noise. <!--ID: 1566052191670--> ENDI\n';
    expect(read(note)).toEqual({
      asked: [
        ['What does a::b name?', 4, ['cpp', 'lang'], 'A **scope** path.'],
        ['Overfitting', 5, [], 'Fitting noise.'],
      ],
      // The text over them is the note's preamble, as it would be over any question.
      messages: ['1:anki-blocks', '3:preamble'],
    });
    expect(readNote(note).vfile.messages[0]!.reason).toMatch(/^Read 2 one-line notes \(STARTI … ENDI\) as cards/);
  });

  it("ask a Cloze note's sentence as Anki shows it; a front alone asks with no answer", () => {
    const note = 'STARTI [Cloze] Adam combines {{c1::momentum}} and {{c2::RMSProp}}. Back Extra: Kingma and Ba. ID: 123 ENDI\n\nSTARTI [Basic] What is boosting? ENDI\n';
    expect(read(note).asked).toEqual([
      ['Adam combines [...] and [...].', 1, [], 'Adam combines **momentum** and **RMSProp**. Kingma and Ba.'],
      ['What is boosting?', 3, [], null],
    ]);
  });

  it('keep a back that ends in code, a link or bold whole, its tags the tags; a field name in code, of another note type or inside a word is text', () => {
    const note =
      'STARTI [Basic] How do I drop units? Back: `nn.Dropout(p)` Tags: py dl ENDI\n\nSTARTI [Basic] What prints `a Back: b`? Back: The string. ENDI\n\nSTARTI [Basic] What is backprop? Back: The **chain rule**. Extra: Text: see notes ENDI\n';
    expect(read(note).asked).toEqual([
      ['How do I drop units?', 1, ['dl', 'py'], '`nn.Dropout(p)`'],
      ['What prints a Back: b?', 3, [], 'The string.'],
      ['What is backprop?', 5, [], 'The **chain rule**. Extra: Text: see notes'],
    ]);
    // A field's name is a word of its own.
    expect(read('STARTI [Basic]xBack: is one word? Back: Yes. ENDI\n').asked).toEqual([['xBack: is one word?', 1, [], 'Yes.']]);
  });

  it('stay cards over a rule, with a front Markdown would number, and after a block that nothing ends', () => {
    const note =
      'STARTI [Basic] What is L1? Back: Sparsity. ENDI\n---\n\nSTARTI [Basic] 1. What is L0? Back: A count. ENDI\n\nSTART\nBasic\nWhat is unclosed?\nBack: Nothing.\n\nSTARTI [Basic] What is L2? Back: A penalty. ENDI\n\nSTART\nBasic\nWhat is dropout?\nBack: Zeroing units.\nEND\n';
    expect(read(note).asked.map(([question, line, , answer]) => [question, line, answer])).toEqual([
      ['What is L1?', 1, 'Sparsity.'],
      ['What is L0?', 4, 'A count.'],
      ['What is L2?', 11, 'A penalty.'],
      ['What is dropout?', 15, 'Zeroing units.'],
    ]);
  });

  it('cut at their back where the note names it: a numbered front, one after another, `Back:` in the front', () => {
    const note = 'STARTI [Basic] 1. What is L2? Back: A penalty. ENDI\nSTARTI [Basic] 2. What is Back:x? Back: y ENDI\nSTARTI [Cloze] The Back: field holds {{c1::the answer}}. ENDI\n';
    expect(read(note).asked.map(([question, line, , answer]) => [question, line, answer])).toEqual([
      ['What is L2?', 1, 'A penalty.'],
      ['What is Back:x?', 2, 'y'],
      ['The Back: field holds [...].', 3, 'The Back: field holds **the answer**.'],
    ]);
  });

  it('that Markdown reads on into the list item above them are its text, and told so', () => {
    const { asked, messages } = read('- A note of mine\nSTARTI [Basic] What is L2? Back: A penalty. ENDI\n');
    expect(asked).toEqual([]);
    expect(messages).toContain('2:anki-blocks');
  });

  it('are none with no front, nor in fenced code, nor inside a line', () => {
    const note = 'STARTI [Basic] Back: A back alone. ENDI\n\n```\nSTARTI [Basic] Shown? Back: Yes. ENDI\n```\n\nI write STARTI [Basic] a card? Back: no ENDI here.\n\nI write STARTI [Basic] a card? Back: no ENDI\n';
    expect(read(note).asked).toEqual([]);
  });
});
