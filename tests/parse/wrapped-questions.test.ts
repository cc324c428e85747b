/**
 * A question labelled as one (`Q.`, `Q:`, `Q1)`, `질문:`, `問：`) that copied text hard-wrapped onto the lines under
 * it, up to its answer's label: the lines are the question's, joined with a space, and the answer is what follows
 * its label. Where the question's line ends a sentence, or what lies under it does not go on with it, the note reads
 * as it did: the lines under it are its answer's.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

const WRAPPED = [
  'Q. What is the difference between',
  'Bagging and boosting?',
  'A. Bagging trains in parallel; boosting trains in sequence.',
  '',
  'Q: Why do we use',
  'dropout in training?',
  'A: To regularise.',
  '',
  'Q. 배치 정규화를 사용하는',
  '이유는 무엇인가요?',
  'A. 학습을 안정시킨다.',
  '',
].join('\n');

describe('a labelled question wrapped onto the lines under it, up to its answer\'s label', () => {
  it('is one question, its lines joined, over the answer its label opens, in a .txt and a .md read as text', () => {
    for (const file of ['notes.txt', 'notes.md']) {
      const { questions, vfile } = readNote(WRAPPED, file);
      expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]), file).toEqual([
        // Going on with a capital, as a name opens it, or in lower case.
        ['What is the difference between Bagging and boosting?', 'Bagging trains in parallel; boosting trains in sequence.', 1],
        ['Why do we use dropout in training?', 'To regularise.', 5],
        // Korean lines are joined with a space too.
        ['배치 정규화를 사용하는 이유는 무엇인가요?', '학습을 안정시킨다.', 9],
      ]);
      // No line that asks is left in an answer.
      expect(messagesOf(vfile).filter((message) => message.endsWith('question-in-answer')), file).toEqual([]);
    }
  });

  it('reads every label the reader knows (`Q1)`, `Q3:`, `질문:`, `질문：`, `問：`) and wraps of three lines, a sentence inside them', () => {
    const note = [
      'Q1) What does the learning',
      'rate control?',
      'A1) The step size.',
      '',
      '질문: 트랜스포머에서 어텐션 헤드를',
      '여러 개 쓰는 이유는?',
      '답: 서로 다른 관계를 본다.',
      '',
      '질문： 과적합을 막는',
      '방법에는 무엇이 있나요？',
      '답변： 드롭아웃, 정규화.',
      '',
      'Q3: Consider a model with high variance',
      'in its predictions. How would you reduce it',
      'without collecting more data?',
      'Answer: Regularise, bag, or simplify.',
      '',
      '問：過学習を防ぐ',
      '方法は何ですか？',
      '答：正則化。',
    ].join('\n');
    expect(answerTextsOf(note, 'notes.txt')).toEqual([
      ['What does the learning rate control?', 'The step size.'],
      ['트랜스포머에서 어텐션 헤드를 여러 개 쓰는 이유는?', '서로 다른 관계를 본다.'],
      ['과적합을 막는 방법에는 무엇이 있나요？', '드롭아웃, 정규화.'],
      ['Consider a model with high variance in its predictions. How would you reduce it without collecting more data?', 'Regularise, bag, or simplify.'],
      ['過学習を防ぐ 方法は何ですか？', '正則化。'],
    ]);
  });

  it('is read so in a Markdown note too, where the lines are one paragraph', () => {
    expect(answerTextsOf(`# ML notes\n\n${WRAPPED}`, 'notes.md')).toEqual([
      ['What is the difference between Bagging and boosting?', 'Bagging trains in parallel; boosting trains in sequence.'],
      ['Why do we use dropout in training?', 'To regularise.'],
      ['배치 정규화를 사용하는 이유는 무엇인가요?', '학습을 안정시킨다.'],
    ]);
  });

  it('is one paragraph of the plain-text reader, from the question\'s line to the line over its answer\'s label', () => {
    const spans = parsePlainText(WRAPPED).tree.children.map((block) => [block.type, block.position!.start.line, block.position!.end.line]);
    expect(spans).toEqual([
      ['paragraph', 1, 2],
      ['paragraph', 3, 3],
      ['paragraph', 5, 6],
      ['paragraph', 7, 7],
      ['paragraph', 9, 10],
      ['paragraph', 11, 11],
    ]);
  });
});

describe('lines under a labelled question that do not go on with it', () => {
  /** The first question of `note` read as a .txt, and its answer's text. */
  const first = (note: string) => answerTextsOf(note, 'notes.txt')[0];

  it('stay its answer\'s where its line ends a sentence (`Q. Explain bagging.` over `Give an example.`)', () => {
    expect(first('Q. Explain bagging.\nGive an example.\nA. Random forests average many trees.\n')).toEqual(['Explain bagging.', 'Give an example.\nA. Random forests average many trees.']);
  });

  it('stay its answer\'s where no answer\'s label is under them, or a blank line parts them', () => {
    expect(first('Q. What is the difference between\nBagging and boosting?\n\nBagging trains in parallel.\n')).toEqual(['What is the difference between', 'Bagging and boosting?\nBagging trains in parallel.']);
    expect(first('Q. What is the difference between\n\nBagging and boosting?\nA. Parallel against sequential.\n')).toEqual(['What is the difference between', 'Bagging and boosting?\nA. Parallel against sequential.']);
  });

  it('stay apart where one opens a question or a task of its own with a capital, or a sentence the question does not end with its mark', () => {
    expect(first('Q. Explain bagging\nWhy does it work?\nA. Averaging lowers variance.\n')).toEqual(['Explain bagging', 'Why does it work?\nA. Averaging lowers variance.']);
    expect(first('Q: Describe gradient clipping\nGive an example.\nA: Clip the norm to 1.0.\n')).toEqual(['Describe gradient clipping', 'Give an example.\nA: Clip the norm to 1.0.']);
    expect(first('Q. What is overfitting\nIt happens when the model fits noise.\nA. Fitting noise.\n')).toEqual(['What is overfitting', 'It happens when the model fits noise.\nA. Fitting noise.']);
    // A capital inside the wrap (`Bagging and` over `boosting?`) may open a sentence too: only the question's last line is read so.
    expect(first('Q. What is the difference between\nBagging and\nboosting?\nA. Parallel against sequential.\n')?.[0]).toBe('What is the difference between');
    // In lower case, the line goes on with the question, as no sentence opens so.
    expect(first('Q. What is overfitting\nwhen the model memorises the data?\nA. Yes.\n')).toEqual(['What is overfitting when the model memorises the data?', 'Yes.']);
  });

  it('stay apart where one is labelled (`Hint:`, `Note:`, `1.`, `a)`, a follow-up\'s), a list\'s item or code', () => {
    const notes = [
      'Q. How would you detect data leakage\nHint: look at features computed after the label\nA. Check each feature\'s timestamp.\n',
      'Q: What are the\nNote: see chapter 3\nA: Something.\n',
      'Q. Which activation would you pick\n1. ReLU\n2. Sigmoid\nA. ReLU\n',
      'Q. Which activation would you pick\na) ReLU\nb) Sigmoid\nA. a\n',
      'Q. Which of these are optimizers\n- Adam\n- ReLU\nA. Adam\n',
      'Q: What is the shape of\nx = np.zeros((3, 4))\nA: (3, 4)\n',
      'Q. What is the difference between\nFollow-up: why does it matter?\nA. Parallel against sequential.\n',
    ];
    for (const note of notes) expect(parsePlainText(note).tree.children[0]!.position!.end.line, note).toBe(1);
  });

  it('stay apart where the question they would make does not ask (`Q. 배치 정규화는` over `학습을 안정시킨다.`)', () => {
    expect(first('Q. 배치 정규화는\n학습을 안정시킨다.\nA. 맞다.\n')).toEqual(['배치 정규화는', '학습을 안정시킨다.\nA. 맞다.']);
    expect(first('Q: TCP 3-way handshake 과정\n클라이언트(A)와 서버(B)가 세 번 메시지를 주고받는다.\nA: SYN 전송\n')?.[0]).toBe('TCP 3-way handshake 과정');
  });
});
