/**
 * A question labelled as one (`Q.`, `Q:`, `Q1)`, `질문:`, `問：`) that copied text hard-wrapped onto the lines under
 * it, up to its answer's label: the lines are the question's, joined with a space, and the answer is what follows
 * its label. Strictly so, after two reviews (s66a, both): only a line ending on a word no question ends on (an
 * article, a conjunction, `between`, a Korean adnominal `…하는` or `를`, `を`) is joined, only to lines that neither ask
 * on their own nor look like code or an address, the last ending the question with its question mark; or a line ending
 * on a Korean subject's or object's particle, to lines that end it with a predicate that asks (`왜 생기나요?`). Elsewhere the
 * note reads as it did: the lines under it are its answer's, or are read as a tag line, a translation, an underline,
 * a sub-question flagged in the answer.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

const WRAPPED = [
  'Q. What is the difference between',
  'Bagging and boosting?',
  'A. Bagging trains in parallel; boosting trains in sequence.',
  '',
  'Q: Why do we use the',
  'dropout layer in training?',
  'A: To regularise.',
  '',
  'Q. 배치 정규화를 사용하는',
  '이유는 무엇인가요?',
  'A. 학습을 안정시킨다.',
  '',
  'Q. Which one would you pick and',
  'justify it?',
  'A. Postgres, for transactions.',
  '',
].join('\n');

describe('a labelled question wrapped onto the lines under it, up to its answer\'s label', () => {
  it('is one question, its lines joined, over the answer its label opens, in a .txt and a .md read as text', () => {
    for (const file of ['notes.txt', 'notes.md']) {
      const { questions, vfile } = readNote(WRAPPED, file);
      expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]), file).toEqual([
        // Going on with a capital, as a name opens it, or in lower case.
        ['What is the difference between Bagging and boosting?', 'Bagging trains in parallel; boosting trains in sequence.', 1],
        ['Why do we use the dropout layer in training?', 'To regularise.', 5],
        // Korean lines are joined with a space too.
        ['배치 정규화를 사용하는 이유는 무엇인가요?', '학습을 안정시킨다.', 9],
        ['Which one would you pick and justify it?', 'Postgres, for transactions.', 13],
      ]);
      // No line that asks is left in an answer.
      expect(messagesOf(vfile).filter((message) => message.endsWith('question-in-answer')), file).toEqual([]);
    }
  });

  it('reads every label the reader knows (`Q1)`, `Q3:`, `질문:`, `질문：`, `問：`), wraps of three lines, a sentence inside them', () => {
    const note = [
      'Q1) What does the',
      'learning rate control?',
      'A1) The step size.',
      '',
      '질문: 트랜스포머에서 어텐션 헤드를',
      '여러 개 쓰는 이유는?',
      '답: 서로 다른 관계를 본다.',
      '',
      '질문： 과적합을 방지하는',
      '방법에는 무엇이 있나요？',
      '답변： 드롭아웃, 정규화.',
      '',
      'Q3: Consider a model with high variance in the',
      'predictions it makes. How would you reduce it',
      'without collecting more data?',
      'Answer: Regularise, bag, or simplify.',
      '',
      '問：過学習を',
      '防ぐ方法は何ですか？',
      '答：正則化。',
      '',
      'Q. 분산 환경에서',
      '트랜잭션 일관성을 지키는 방법은?',
      'A. 2PC나 사가 패턴.',
    ].join('\n');
    expect(answerTextsOf(note, 'notes.txt')).toEqual([
      ['What does the learning rate control?', 'The step size.'],
      ['트랜스포머에서 어텐션 헤드를 여러 개 쓰는 이유는?', '서로 다른 관계를 본다.'],
      ['과적합을 방지하는 방법에는 무엇이 있나요？', '드롭아웃, 정규화.'],
      ['Consider a model with high variance in the predictions it makes. How would you reduce it without collecting more data?', 'Regularise, bag, or simplify.'],
      ['過学習を 防ぐ方法は何ですか？', '正則化。'],
      ['분산 환경에서 트랜잭션 일관성을 지키는 방법은?', '2PC나 사가 패턴.'],
    ]);
  });

  it('is so where its line ends on a Korean particle, adnominal or `ための` that waits for more', () => {
    const note = [
      'Q. 그래디언트 소실이',
      '왜 생기나요?',
      'A. 활성화 함수의 기울기가 작아서.',
      '',
      'Q. ReLU가',
      '왜 많이 쓰이나요?',
      'A. 기울기가 사라지지 않는다.',
      '',
      'Q. 과적합을 막는',
      '방법은 무엇인가요?',
      'A. 정규화, 드롭아웃.',
      '',
      'Q. 과적합을',
      '방지하는 방법은?',
      'A. 데이터를 늘린다.',
      '',
      'Q. 過学習を防ぐための',
      '方法は何ですか？',
      'A. 正則化。',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'notes.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['그래디언트 소실이 왜 생기나요?', '활성화 함수의 기울기가 작아서.'],
      ['ReLU가 왜 많이 쓰이나요?', '기울기가 사라지지 않는다.'],
      ['과적합을 막는 방법은 무엇인가요?', '정규화, 드롭아웃.'],
      ['과적합을 방지하는 방법은?', '데이터를 늘린다.'],
      ['過学習を防ぐための 方法は何ですか？', '正則化。'],
    ]);
    expect(messagesOf(vfile).filter((message) => message.endsWith('question-in-answer'))).toEqual([]);
  });

  it('is read so in a Markdown note too, where the lines are one paragraph', () => {
    expect(answerTextsOf(`# ML notes\n\n${WRAPPED}`, 'notes.md')).toEqual([
      ['What is the difference between Bagging and boosting?', 'Bagging trains in parallel; boosting trains in sequence.'],
      ['Why do we use the dropout layer in training?', 'To regularise.'],
      ['배치 정규화를 사용하는 이유는 무엇인가요?', '학습을 안정시킨다.'],
      ['Which one would you pick and justify it?', 'Postgres, for transactions.'],
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
      ['paragraph', 13, 14],
      ['paragraph', 15, 15],
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
    // A line that reads whole stays so, a lower-case line under it or not: the line joins only what it leaves unfinished.
    expect(first('Q. What is overfitting\nin a decision tree?\nA. Deep splits fit noise.\n')?.[0]).toBe('What is overfitting');
  });

  it('stay its answer\'s where the question\'s line reads whole and the line under it asks on its own, in lower case too', () => {
    // A question word, an auxiliary or a task's verb opens a question of its own under a line that is whole.
    expect(first('Q. What is overfitting\nwhen the model memorises the data?\nA. Yes.\n')?.[0]).toBe('What is overfitting');
    expect(first('Q. Explain overfitting\ngive an example?\nA. A degree-15 polynomial on 10 points.\n')?.[0]).toBe('Explain overfitting');
    // A Japanese verb's plain form may end its sentence (`過学習を防ぐ`): the line is not visibly unfinished.
    expect(first('問：過学習を防ぐ\n方法は何ですか？\n答：正則化。\n')?.[0]).toBe('過学習を防ぐ');
  });

  it('stay its answer\'s where the last of them does not end with a question mark', () => {
    expect(first('Q. Explain the difference between\nbagging and boosting\nA. Parallel against sequential.\n')?.[0]).toBe('Explain the difference between');
    expect(first('Q3. Tell me about\na time you failed.\nA3. Missed a launch.\n')?.[0]).toBe('Tell me about');
  });

  it('stay apart where one is labelled (`Hint:`, `Note:`, `1.`, `a)`, a follow-up\'s), a list\'s item or code', () => {
    const notes = [
      'Q. How would you detect leakage in the\nHint: look at features computed after the label?\nA. Check each feature\'s timestamp.\n',
      'Q: What are the\nNote: see chapter 3?\nA: Something.\n',
      'Q. Which activation would you pick for the\n1. ReLU\n2. Sigmoid?\nA. ReLU\n',
      'Q. Which activation would you pick for the\na) ReLU\nb) Sigmoid?\nA. a\n',
      'Q. Which of these are optimizers for the\n- Adam\n- ReLU?\nA. Adam\n',
      'Q: What is the shape of the\nx = np.zeros((3, 4))?\nA: (3, 4)\n',
      'Q. What is the difference between\nFollow-up: why does it matter?\nA. Parallel against sequential.\n',
    ];
    for (const note of notes) expect(parsePlainText(note).tree.children[0]!.position!.end.line, note).toBe(1);
  });

  it('stay apart where the question they would make does not ask (`Q. 배치 정규화는` over `학습을 안정시킨다.`)', () => {
    expect(first('Q. 배치 정규화는\n학습을 안정시킨다.\nA. 맞다.\n')).toEqual(['배치 정규화는', '학습을 안정시킨다.\nA. 맞다.']);
    expect(first('Q: TCP 3-way handshake 과정\n클라이언트(A)와 서버(B)가 세 번 메시지를 주고받는다.\nA: SYN 전송\n')?.[0]).toBe('TCP 3-way handshake 과정');
  });
});

/**
 * Notes review s66a found the first reading of wrapped questions got wrong, which read as before it: each question's
 * line is the question, what is under it a tag line, a translation, an underline, a sub-question flagged in the answer
 * or the answer's own words.
 */
describe('lines under a labelled question that main read as something else stay so (review s66a)', () => {
  /** Each question of `note` (a .txt) with its answer's text, its tags and its translations. */
  const read = (note: string) => {
    const { questions, vfile } = readNote(note, 'notes.txt');
    return { rows: questions.map((question) => [question.question, question.answer?.text, question.tags, question.translations]), messages: messagesOf(vfile) };
  };

  it('R1: a tag line, a translation, a tag after the question mark, an underline or a rule', () => {
    const tagged = read('Q. What is the bias-variance tradeoff\n#ml #stats #interview\nA. Lower bias costs variance.\n');
    expect(tagged.rows).toEqual([['What is the bias-variance tradeoff', 'Lower bias costs variance.', ['interview', 'ml', 'stats'], {}]]);
    expect(tagged.messages).toContain('2:tag-line');

    const translated = read('Q. 과적합이란 무엇인가\n(EN) What is overfitting?\nA. 잡음까지 외운 상태.\n\nQ. Explain overfitting\n과적합을 설명하시오\nA. Fitting noise.\n');
    expect(translated.rows).toEqual([
      ['과적합이란 무엇인가', '잡음까지 외운 상태.', [], { en: '(EN) What is overfitting?' }],
      ['Explain overfitting', 'Fitting noise.', [], { ko: '과적합을 설명하시오' }],
    ]);

    expect(read('Q. What is overfitting? #ml\n과적합이란 무엇인가요?\nA. Fitting noise.\n').rows).toEqual([['What is overfitting?', 'Fitting noise.', ['ml'], { ko: '과적합이란 무엇인가요?' }]]);

    const ruled = read('Q. Explain batch norm\n==========\nA. Normalise activations.\n\nQ. What is the difference between\n---\nbagging and boosting?\nA. Parallel against sequential.\n');
    expect(ruled.rows.map(([question, answer]) => [question, answer])).toEqual([
      ['Explain batch norm', 'Normalise activations.'],
      ['What is the difference between', 'bagging and boosting?\nA. Parallel against sequential.'],
    ]);
  });

  it('R2: a sub-question on its own line stays in the answer, flagged', () => {
    const note = [
      'Q. 트랜스포머 구조를 설명해 주세요',
      '어텐션은 왜 필요한가요?',
      'A. 인코더와 디코더로 이루어진다.',
      '',
      'Q. explain overfitting',
      'how would you detect it?',
      'A: Hold-out loss rises.',
      '',
      'Q. 解释过拟合',
      '如何防止过拟合？',
      '答：正则化。',
      '',
      'Q. Explain dropout',
      '(follow-up) why does it help at test time?',
      'A. It averages many thinned networks.',
      '',
      'Q. 캐시 메모리란',
      '지역성이란',
      '캐시 미스의 종류는?',
      'A. CPU 가까이의 빠른 메모리.',
      '',
      'Q. 인덱스란? (2021 기출)',
      '왜 B-Tree를 쓰나요?',
      'A. 조회를 빠르게 한다.',
      '',
      'Q. 프로세스와 스레드의 차이',
      '그렇다면 멀티스레드의 단점은?',
      'A. 동기화가 어렵다.',
    ].join('\n');
    const { rows, messages } = read(note);
    expect(rows.map(([question]) => question)).toEqual([
      '트랜스포머 구조를 설명해 주세요',
      'explain overfitting',
      '解释过拟合',
      'Explain dropout',
      '캐시 메모리란',
      '인덱스란? (2021 기출)',
      '프로세스와 스레드의 차이',
    ]);
    expect(messages.filter((message) => message.endsWith('question-in-answer'))).toHaveLength(7);
    // Each sub-question stands in its question's answer.
    const subQuestions = ['어텐션은 왜 필요한가요?', 'how would you detect it?', '如何防止过拟合？', 'why does it help at test time?', '캐시 미스의 종류는?', '왜 B-Tree를 쓰나요?', '그렇다면 멀티스레드의 단점은?'];
    rows.forEach(([, answer], k) => expect(answer, subQuestions[k]).toContain(subQuestions[k]));
  });

  it('R3: the answer\'s words under a task (keywords, a list, what the author said, a date) stay the answer\'s', () => {
    const note = [
      'Q. Name the SOLID principles',
      'srp ocp lsp isp dip',
      'A. Single responsibility and the rest.',
      '',
      'Q. Describe the CAP theorem',
      'consistency, availability, partition tolerance',
      'A. Pick two under a partition.',
      '',
      'Q. Tell me about yourself',
      'i talked about my 3 years at naver',
      'and the search ranking project',
      'A: feedback: too long, keep it to a minute',
      '',
      'Q. Explain dropout',
      '2023-05-01',
      'A. Randomly zero units.',
    ].join('\n');
    expect(read(note).rows.map(([question, answer]) => [question, answer])).toEqual([
      ['Name the SOLID principles', 'srp ocp lsp isp dip\nA. Single responsibility and the rest.'],
      ['Describe the CAP theorem', 'consistency, availability, partition tolerance\nA. Pick two under a partition.'],
      ['Tell me about yourself', 'i talked about my 3 years at naver\nand the search ranking project\nA: feedback: too long, keep it to a minute'],
      ['Explain dropout', '2023-05-01\nA. Randomly zero units.'],
    ]);
  });
});

/**
 * Notes the reviews of the looser readings found merged two questions or pulled the answer's words into the prompt
 * (review s66a and its second review): each question's line is read as main read it, what is under it the answer's.
 */
describe('lines under a labelled question that reads whole, or that ask or show code on their own, stay the answer\'s (reviews s66a)', () => {
  /** Each pair as a `Q.` line over the line under it over `A.`: each question reads its line alone, the line under it opening its answer. */
  const expectReadApart = (pairs: string[][]) => {
    const lines = pairs.flatMap(([question, under]) => [`Q. ${question}`, under!, 'A. Something.', '']);
    const read = answerTextsOf(lines.join('\n'), 'notes.txt');
    expect(read.map(([question]) => question)).toEqual(pairs.map(([question]) => question));
    read.forEach(([, answer], k) => expect(answer).toContain(pairs[k]![1]!.split('\n')[0]!));
  };

  it('English: a stranded preposition, an auxiliary, `you`, a question word, a short follow-up with a capital', () => {
    const pairs = [
      ['What are you most proud of', 'what would you do differently?'],
      ['Who do you report to', 'how big is the team?'],
      ['What are you working on', 'Any blockers?'],
      ['What are you working on right now', 'anything blocking you?'],
      ['What side projects do you have', 'any open source?'],
      ['Tell me what your biggest weakness is', 'how are you working on it?'],
      ['Tell me what motivates you', 'why this company?'],
      ['Which one would you pick and why', 'what would change your mind?'],
      // Left unfinished, but the line under it asks on its own.
      ['Which one would you pick and', 'why?'],
      ['What is the difference between', 'which one is faster?'],
    ];
    expectReadApart(pairs);
  });

  it('Korean: a noun or a short question ending on 은, 는, 과, 할, or a line under a particle that asks with 왜, 어떤', () => {
    const pairs = [
      ['본인의 장점은', '단점은 무엇인가요?'],
      ['지원 동기는', '왜 우리 회사인가요?'],
      ['순수 함수와 부수효과', '왜 부수효과를 피해야 하나요?'],
      ['테이블 수평 분할', '샤딩과 무엇이 다른가요?'],
      ['가을', '이 단어의 영어 번역은 무엇인가요?'],
      ['그래디언트 소실이', '발생하는 원인은?'],
      ['분산 환경에서', '어떤 문제가 생기나요?'],
    ];
    expectReadApart(pairs);
  });

  it('English: a question over a line that opens a question or a sentence of its own, a title over its answer, a question asked up to its verb', () => {
    const pairs = [
      ['What is dropout', 'Why does it help?'],
      ['Dropout', 'randomly zeroes activations.'],
      // Asked up to its verb: the line under it may be the verb's words or an answer guessed with a question mark, and
      // no test of the words tells which (review s67a2), so neither joins.
      ['Why do we use', 'dropout in training?'],
      ['Why do we normalize', 'faster convergence?'],
      ['How do you handle', 'use class weights?'],
      ['When do we stop', 'early stopping?'],
      ['What do you use', 'for logging?'],
    ];
    expectReadApart(pairs);
  });

  it('Korean: a noun ending as a particle does, a subject\'s particle over a title with no predicate, a topic\'s over a question', () => {
    const pairs = [
      ['배깅과 부스팅의 차이', '왜 앙상블이 효과적인가요?'],
      ['트리의 높이', '왜 중요한가요?'],
      // A noun made with `-이` closing a compound (`깊이`, `풀이`), its `이` agreeing as a particle's would.
      ['네트워크깊이', '왜 ResNet은 깊게 쌓을 수 있나요?'],
      ['문제풀이', '어떻게 준비하나요?'],
      ['가을', '이 계절의 특징은 무엇인가요?'],
      // Longer nouns whose `이` or `가` does not agree with the syllable before it as the particle would.
      ['API 게이트웨이', '로드 밸런서와 무엇이 다른가요?'],
      ['도메인 전문가', '데이터 과학자는 무엇을 하나요?'],
      ['그래디언트 소실이', '발생하는 원인은?'],
      ['지원 동기는', '왜 우리 회사인가요?'],
      // After a vowel, `는` is a topic's (after a final consonant, `…막는`, it is a verb's adnominal).
      ['본인의 취미는', '특기는 무엇인가요?'],
    ];
    expectReadApart(pairs);
  });

  it('Chinese and Japanese: 目的, は, or a line under を that asks with なぜ', () => {
    const pairs = [
      ['实习的目的', '你想学到什么？'],
      ['転移学習の利点は', 'どんな場合に使いますか？'],
      ['志望動機は', 'なぜ弊社なのですか？'],
      ['過学習を', 'なぜ防ぐのですか？'],
    ];
    expectReadApart(pairs);
  });

  it('code, a bare web address, a comma list or a guess under the question', () => {
    const pairs = [
      ['Which numpy function returns the', 'np.mean(x)?'],
      ['How do you reverse the', 'list lst[::-1]?'],
      ['What is the value of the', 'max_depth default?'],
      ['Where is the dataset hosted on the', 'hub huggingface.co/datasets/squad?'],
      ['Where would you read the official tutorial', 'docs.python.org/3/tutorial?'],
      ['Name the SOLID principles,', 'srp, ocp, lsp, isp, dip?'],
      ['What does CAP stand for', 'consistency, availability, partition tolerance?'],
      ['What is a good default learning rate for', 'adam\nmaybe 3e-4?'],
    ];
    expectReadApart(pairs);
  });
});
