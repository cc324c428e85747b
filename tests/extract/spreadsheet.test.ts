/**
 * A spreadsheet saved as CSV or TSV is read as a table: a table of questions when its first row
 * names its question column, as a table in a note is (question-table.ts); otherwise it holds data,
 * and nothing is read from it.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (note: ReturnType<typeof readNote>) =>
  note.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]);

describe('a spreadsheet saved as CSV or TSV', () => {
  const sheet = [
    'id,question,answer,topic',
    '1,What is overfitting?,"Fitting the noise of the training data, ""memorising"" it.",basics',
    '2,What is dropout?,"Dropping units at random in training.',
    '',
    'It regularises the network.",dl',
    ',,,',
    '3,,An answer whose question was never written,misc',
    '4,How does batch normalisation help?,,dl',
    '5,"Why use ReLU, not sigmoid?",It does not saturate.',
  ].join('\n');

  it('is read one question per row from the columns its first row names, wherever they stand', () => {
    const note = readNote(sheet, 'interview.csv');
    expect(asked(note)).toEqual([
      ['What is overfitting?', 'Fitting the noise of the training data, "memorising" it.', 2],
      ['What is dropout?', 'Dropping units at random in training.\n\nIt regularises the network.', 3],
      ['How does batch normalisation help?', undefined, 8],
      ['Why use ReLU, not sigmoid?', 'It does not saturate.', 9],
    ]);
  });

  it('gives each question the topic its topic column names, as a section heading would', () => {
    expect(readNote(sheet, 'interview.csv').questions.map((question) => question.topic)).toEqual(['basics', 'dl', 'dl', null]);
    const underHeading = readNote('## Deep learning\n\n| 주제 | 질문 | 답변 |\n|---|---|---|\n|  | 과적합이란? | 훈련 데이터의 잡음까지 맞추는 것. |\n| 정규화 | 드롭아웃이란? | 뉴런을 무작위로 끄는 기법. |\n');
    expect(underHeading.questions.map((question) => [question.question, question.topic])).toEqual([
      ['과적합이란?', 'Deep learning'],
      ['드롭아웃이란?', '정규화'],
    ]);
  });

  it('gives a row of a note\'s table whose topic cell is empty the topic above it, a cell merged down over its group (not a sheet\'s row, a record of its own)', () => {
    const grouped = readNote(
      ['## 평가 지표', '', '| 구분 | 질문 | 답변 |', '|---|---|---|', '| 분류 | Precision이란? | TP / (TP + FP) |', '| | Recall이란? | TP / (TP + FN) |', '| 회귀 | MAE와 MSE의 차이는? | MSE는 큰 오차에 더 큰 벌점을 준다. |', '| | R²가 음수가 될 수 있나요? | |'].join('\n'),
    );
    expect(grouped.questions.map((question) => [question.question, question.topic])).toEqual([
      ['Precision이란?', '분류'],
      ['Recall이란?', '분류'],
      ['MAE와 MSE의 차이는?', '회귀'],
      ['R²가 음수가 될 수 있나요?', '회귀'],
    ]);
    expect(grouped.vfile.messages.filter((message) => message.ruleId === 'table-columns')).toEqual([]);
    const byField = readNote('| 분야 | 질문 | 답변 |\n|---|---|---|\n| 통계 | p-value란? | 귀무가설 아래에서 관측값 이상이 나올 확률. |\n| | 검정력이란? | 거짓인 귀무가설을 기각할 확률. |\n');
    expect(byField.questions.map((question) => question.topic)).toEqual(['통계', '통계']);
    // A sheet's row is a record of its own: a Notion database's page with no topic has none.
    const records = readNote('Question,Answer,구분\nWhat is AUC?,The area under the ROC curve.,metrics\nWhat is PCA?,A projection on the directions of most variance.,\n', 'records.csv');
    expect(records.questions.map((question) => question.topic)).toEqual(['metrics', null]);
  });

  it('keeps reading a 분류 column as tags beside a 구분 column naming the topic', () => {
    const note = readNote('| 구분 | 분류 | 질문 | 답변 |\n|---|---|---|---|\n| 딥러닝 | 정규화 | 드롭아웃이란? | 뉴런을 무작위로 끄는 기법. |\n');
    expect(note.questions.map((question) => [question.topic, question.tags])).toEqual([['딥러닝', ['정규화']]]);
  });

  it('gives each question the tags its tags or category column holds, as a Tags: line under a question does', () => {
    const note = readNote('Question,Answer,Category,Source\nWhat is AUC?,The area under the ROC curve.,"metrics, evaluation",ISLR\nWhat is PCA?,A projection on the directions of most variance.,,ESL\n', 'tagged.csv');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is AUC?', ['evaluation', 'metrics']],
      ['What is PCA?', []],
    ]);
    expect(note.vfile.messages.find((message) => message.ruleId === 'table-columns')?.reason).toContain('column "Source" is not');
  });

  it('tags each question with its rating, as a `[Hard]` label beside a wording does, from a column that rates the rows (`Difficulty`, `Level`, `난이도`)', () => {
    const sheet = readNote('Question,Answer,Category,Difficulty\nWhat is AUC?,The area under the ROC curve.,metrics,Easy\nWhat is PCA?,A projection on the directions of most variance.,,3\nWhat is ICA?,Unmixing independent sources.,,\n', 'tagged.csv');
    expect(sheet.questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is AUC?', ['easy', 'metrics']],
      ['What is PCA?', ['difficulty-3']],
      ['What is ICA?', []],
    ]);
    // The rating is on the cards: no column is said to be left out.
    expect(sheet.vfile.messages.filter((message) => message.ruleId === 'table-columns')).toEqual([]);
    const labelled = readNote('- [Easy] What is AUC?\n  The area under the ROC curve.\n');
    expect(labelled.questions[0]!.tags).toEqual(['easy']);
    const korean = readNote('| 질문 | 답변 | 난이도 |\n|---|---|---|\n| 드롭아웃이란? | 뉴런을 무작위로 끄는 기법. | 상 |\n');
    expect(korean.questions.map((question) => question.tags)).toEqual([['상']]);
  });

  it('reads the topic and rating columns of a tabbed table copied under its title (OneNote, Word) as with its header on the first line', () => {
    const table = 'Question\tAnswer\tTopic\tLevel\nWhat is a CDN?\tEdge servers that cache content.\tWeb\tMedium\nWhat is TLS?\tEncryption for a connection.\tSecurity\tHard\n';
    for (const note of [table, `Network interview\nTuesday, March 5, 2024\n\n${table}`]) {
      const { questions } = readNote(note, 'onenote.txt');
      expect(questions.map((question) => [question.question, question.topic, question.tags])).toEqual([
        ['What is a CDN?', 'Web', ['medium']],
        ['What is TLS?', 'Security', ['hard']],
      ]);
    }
  });

  it("leaves out Anki's sound tags in a field (`[sound:q.mp3]`), with a note each, as a flashcard export does", () => {
    const { questions, vfile } = readNote('Front,Back\nWhat is an epoch? [sound:q_epoch.mp3],One full pass over the data. [sound:a_epoch.mp3]\n', 'anki.csv');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is an epoch?', 'One full pass over the data.']]);
    expect(vfile.messages.filter((message) => message.ruleId === 'anki-sound').map((message) => `${message.line}:${message.column}`)).toEqual(['2:19', '2:68']);
  });

  it('takes no topic from a Chapter or Section column, whose cells number more often than they name', () => {
    const note = readNote('## Regularisation\n\n| Chapter | Question | Answer |\n|---|---|---|\n| 7.1 | What is weight decay? | An L2 penalty. |\n');
    expect(note.questions.map((question) => question.topic)).toEqual(['Regularisation']);
  });

  it('names the columns it leaves out, and warns of a row that answers no question', () => {
    const { vfile } = readNote(sheet, 'interview.csv');
    expect(messagesOf(vfile)).toEqual(['1:spreadsheet', '7:orphan-text', '1:table-columns']);
    expect(vfile.messages.find((message) => message.ruleId === 'table-columns')?.reason).toContain('column "id" is not');
    expect(vfile.messages.find((message) => message.ruleId === 'orphan-text')?.reason).toContain('An answer whose question was never written');
  });

  it('joins a row of only an answer to the answer of the question above, as a merged cell is saved, with a note', () => {
    const merged = readNote(
      [
        'question,answer,topic',
        'What is dropout?,Dropping units at random in training.,dl',
        ',It regularises the network.,',
        ',"At test time, nothing is dropped.",',
        ',An answer that is its own row,misc',
        'What is bagging?,Bootstrap aggregating.,ml',
      ].join('\n'),
      'merged.csv',
    );
    expect(asked(merged)).toEqual([
      ['What is dropout?', 'Dropping units at random in training.\nIt regularises the network.\nAt test time, nothing is dropped.', 2],
      ['What is bagging?', 'Bootstrap aggregating.', 6],
    ]);
    // A row that says more than an answer (a topic, an id) is a row of its own whose question is missing.
    expect(messagesOf(merged.vfile)).toEqual(['1:spreadsheet', '5:orphan-text', '3:table-continued', '4:table-continued']);
  });

  it('names its columns in English, Korean or Chinese, or as a flashcard’s fields; as TSV it is separated by tabs', () => {
    expect(asked(readNote('문제\t정답\n과적합이란?\t학습 데이터의 잡음까지 맞춘 것.\n', 'ko.tsv'))).toEqual([['과적합이란?', '학습 데이터의 잡음까지 맞춘 것.', 2]]);
    expect(asked(readNote('问题,答案\n什么是过拟合？,模型记住了训练数据的噪声。\n', 'zh.csv'))).toEqual([['什么是过拟合？', '模型记住了训练数据的噪声。', 2]]);
    expect(asked(readNote('Front,Back\nWhat is a ROC curve?,TPR against FPR\n', 'deck.csv'))).toEqual([['What is a ROC curve?', 'TPR against FPR', 2]]);
  });

  it('of questions only is a list of questions without answers, when most of them ask', () => {
    expect(asked(readNote('Question,Level\nWhat is PCA?,easy\nWhy does boosting reduce bias?,hard\n', 'todo.csv'))).toEqual([
      ['What is PCA?', undefined, 2],
      ['Why does boosting reduce bias?', undefined, 3],
    ]);
  });

  it("is separated by semicolons where its first row splits so, or Excel's first line sep=; says so", () => {
    const semicolons = readNote('question;answer\nWhat is the F1 score?;The harmonic mean of precision and recall, e.g. 0,8.\n', 'fr.csv');
    expect(asked(semicolons)).toEqual([['What is the F1 score?', 'The harmonic mean of precision and recall, e.g. 0,8.', 2]]);
    const declared = readNote('sep=;\nQuestion;Answer\nWhat is a ROC curve?;TPR against FPR, one point per threshold\n', 'excel.csv');
    expect(asked(declared)).toEqual([['What is a ROC curve?', 'TPR against FPR, one point per threshold', 3]]);
  });

  it('is read so from a .txt whose first line is its header with tabs, as Excel saves a sheet as "Unicode Text"', () => {
    const note = readNote('Topic\tQuestion\tAnswer\nML\tWhat is the bias-variance trade-off?\tSimple models underfit.\nDL\tWhy turn dropout off at test time?\tInference should be deterministic.\n', 'sheet.txt');
    expect(asked(note)).toEqual([
      ['What is the bias-variance trade-off?', 'Simple models underfit.', 2],
      ['Why turn dropout off at test time?', 'Inference should be deterministic.', 3],
    ]);
    expect(note.questions.map((question) => question.topic)).toEqual(['ML', 'DL']);
    expect(messagesOf(note.vfile)).toEqual(['1:spreadsheet']);
  });

  it('is read so from a .txt copied under its title, the header on a line after it, its topic column giving the topic', () => {
    const note = readNote('네트워크 면접 질문\n\n구분\t질문\t답변\n네트워크\tTCP와 UDP의 차이는?\tTCP는 연결지향\nOS\t프로세스와 스레드의 차이는?\t메모리 공유 여부\n', 'sheet.txt');
    expect(asked(note)).toEqual([
      ['TCP와 UDP의 차이는?', 'TCP는 연결지향', 4],
      ['프로세스와 스레드의 차이는?', '메모리 공유 여부', 5],
    ]);
    expect(note.questions.map((question) => question.topic)).toEqual(['네트워크', 'OS']);
    expect(messagesOf(note.vfile)).toEqual(['3:spreadsheet']);
    // A column that numbers the rows (`No`) is in no question, and said so.
    const numbered = readNote('DB questions\n\nNo\tQuestion\tAnswer\n1\tWhat is a primary key?\tA unique column.\n2\tWhat is an index?\tA lookup structure.\n', 'sheet.txt');
    expect(asked(numbered)).toEqual([
      ['What is a primary key?', 'A unique column.', 4],
      ['What is an index?', 'A lookup structure.', 5],
    ]);
    expect(messagesOf(numbered.vfile)).toEqual(['3:spreadsheet', '3:table-columns']);
  });

  it('is read so from a CSV downloaded with its title row over the header (a merged title, an empty row), the title the note\'s', () => {
    const note = readNote('ML 엔지니어 면접 질문 리스트 (2024 상반기),,,\n,,,\nNo,분야,질문,모범 답안\n1,ML,Bagging과 Boosting의 차이는?,Bagging은 분산을 줄인다.\n2,DL,Attention의 시간 복잡도는?,\n', 'sheet.csv');
    expect(asked(note)).toEqual([
      ['Bagging과 Boosting의 차이는?', 'Bagging은 분산을 줄인다.', 4],
      ['Attention의 시간 복잡도는?', undefined, 5],
    ]);
    expect(note.questions.map((question) => question.topic)).toEqual(['ML', 'DL']);
    expect(messagesOf(note.vfile)).toEqual(['3:spreadsheet', '3:table-columns']);
    // With no empty row under the title, and a subtitle under it (reported left out).
    const subtitled = readNote('ML interview questions,,\nUpdated March 2024,,\nNo,Question,Answer\n1,What is bagging?,Parallel models.\n', 'sheet.csv');
    expect(asked(subtitled)).toEqual([['What is bagging?', 'Parallel models.', 4]]);
    expect(messagesOf(subtitled.vfile)).toEqual(['2:spreadsheet', '3:spreadsheet', '3:table-columns']);
  });

  it('is read as a flashcard export when it is a TSV of cards without a header', () => {
    const { questions, vfile } = readNote('What is bias?\tError from wrong assumptions.\nWhat is variance?\tError from sensitivity to the sample.\n', 'cards.tsv');
    expect(questions.map((question) => question.question)).toEqual(['What is bias?', 'What is variance?']);
    expect(messagesOf(vfile)).toEqual(['1:card-export']);
  });

  it('keeps a question as the sheet holds it, its quotes written once, in a sheet and in a card export alike', () => {
    const sheet = readNote('question,answer\n"What is ""attention"" in transformers?",A weighting of values.\n', 'quoted.csv');
    const cards = readNote('"What is ""attention""?"\tA weighting of values.\n"Why ""scale"" the dot product?"\tTo keep softmax soft.\n', 'cards.txt');
    for (const { questions } of [sheet, cards]) {
      for (const question of questions) expect(question.occurrences[0]!.question).toBe(question.question);
    }
    expect(sheet.questions[0]!.occurrences[0]!.question).toBe('What is "attention" in transformers?');
    expect(cards.questions.map((question) => question.occurrences[0]!.question)).toEqual(['What is "attention"?', 'Why "scale" the dot product?']);
  });

  it('keeps to the question of a quoted field that also answers it, the rest of the field answering first, and leaves out its private comment', () => {
    const split = readNote('question,answer\n"What is ""attention""?\nIt weighs ""values"".",More.\n', 'split.csv');
    expect(split.questions[0]!.occurrences[0]!.question).toBe('What is "attention"?');
    expect(split.questions[0]!.answer?.text).toBe('It weighs "values".\nMore.');
    const commented = readNote('question,answer\n"What is ""attention""? %%ask Bob%%",A weighting.\n', 'commented.csv');
    expect(commented.questions[0]!.occurrences[0]!.question).toBe('What is "attention"?');
  });

  it('warns of a quote that opens a field and is never closed, and reads the lines after it as rows', () => {
    const note = readNote('question,answer\nWhat is A?,"alpha\nWhat is B?,beta\nWhat is C?,"a ""quoted"" word"\n', 'open.csv');
    expect(asked(note)).toEqual([
      ['What is A?', '"alpha', 2],
      ['What is B?', 'beta', 3],
      ['What is C?', 'a "quoted" word', 4],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['1:spreadsheet', '2:unclosed-quote']);
  });

  it('takes the answer from columns named as question banks name them, and an explanation where nothing answers', () => {
    const named = (header: string) => readNote(`${header}\nWhat is dropout?,Randomly zeroing units.\n`, 'bank.csv').questions.map((question) => [question.question, question.answer?.text]);
    const shortAnswers = ['Question,Short answer', 'Question,My answer', 'Question,Answer (short)', '질문,내 답변', '질문,핵심 답변'];
    for (const header of ['question,ideal_answer', 'Question Text,Sample Answer', 'question_text,correct answer', 'Interview Question,Model Answer', '질문,모범답안', 'question,explanation', ...shortAnswers]) {
      expect(named(header)).toEqual([['What is dropout?', 'Randomly zeroing units.']]);
    }
    // A column named as the learner's own answers only where no answer column is named so: a model answer answers first.
    expect(readNote('Question,My answer,Model answer\nWhat is dropout?,,Randomly zeroing units.\n', 'own.csv').questions[0]!.answer?.text).toBe('Randomly zeroing units.');
    // `Answer (A)` names an option, not the answer.
    const quiz = readNote('Question,Answer (A),Answer (B),Correct\nWhich loss for classification?,MSE,Cross-entropy,B\n', 'quiz.csv').questions;
    expect(quiz.map((question) => question.question)).toEqual(['Which loss for classification?']);
    expect(quiz[0]!.answer).toBeNull();
    // An explanation beside an answer is not the answer.
    expect(readNote('question,explanation,answer\nWhat is dropout?,Why it helps.,Randomly zeroing units.\n', 'both.csv').questions[0]!.answer?.text).toBe('Randomly zeroing units.');
  });

  it("reads a Notion database's title column (Name, 이름) as the question column where its cells ask", () => {
    const english = readNote('Name,Answer,Tags,Created time\nWhat is a thread?,A unit of execution sharing its process\'s memory.,OS,"March 2, 2023"\nWhy use a virtual environment?,To isolate dependencies.,Python,"March 3, 2023"\n', 'Interview DB 3f2a.csv');
    expect(asked(english)).toEqual([
      ['What is a thread?', "A unit of execution sharing its process's memory.", 2],
      ['Why use a virtual environment?', 'To isolate dependencies.', 3],
    ]);
    expect(english.questions.map((question) => question.tags)).toEqual([['os'], ['python']]);
    expect(asked(readNote('이름,답변,태그\n과적합이란?,노이즈까지 학습하는 것,ML\n', '면접 DB.csv'))).toEqual([['과적합이란?', '노이즈까지 학습하는 것', 2]]);
    // Pages named by what they are about hold data, not questions.
    expect(readNote('Name,Answer\nAlice,42\nBob,17\n', 'people.csv').questions).toEqual([]);
  });

  it('takes an explanation for the answer only where the question column asks: a table of problems and what they are is content', () => {
    const note = readNote('## Q: What goes wrong in training?\n\nThree things:\n\n| 문제 | 설명 |\n|---|---|\n| 과적합 | 훈련 데이터에 과하게 맞춤 |\n| 데이터 누수 | 테스트 정보가 훈련에 섞임 |\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What goes wrong in training?']);
    expect(note.questions[0]!.answer?.text).toContain('데이터 누수');
  });

  it("takes a learner's notes for the answer as it takes an explanation (`| Question | Notes |`, a Cornell sheet's `| Cue (question) | Notes |`)", () => {
    for (const header of ['| Question | Notes |', '| Cue (question) | Notes |', '| 질문 | 메모 |']) {
      const note = readNote(`# CNN\n\n${header}\n| --- | --- |\n| Why use 3x3 convs? | Fewer parameters. |\n| What does a 1x1 conv do? | Mixes channels. |\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.text]), header).toEqual([
        ['Why use 3x3 convs?', 'Fewer parameters.'],
        ['What does a 1x1 conv do?', 'Mixes channels.'],
      ]);
    }
    // Beside an answer, notes are not the answer.
    expect(readNote('| Question | Answer | Notes |\n|---|---|---|\n| What is dropout? | Randomly zeroing units. | see the paper |\n').questions[0]!.answer?.text).toBe('Randomly zeroing units.');
  });

  it('keeps an answer that is only a picture, leaves out the header written again down the sheet, and keeps line breaks inside a field', () => {
    const note = readNote('question,answer\nWhat is a PMF?,![plot of a PMF](pmf.png)\nquestion,answer\nList the steps.,"Fit.\nPredict."\n', 'pictures.csv');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is a PMF?', '![plot of a PMF](pmf.png)'],
      ['List the steps.', 'Fit.\\\nPredict.'],
    ]);
    expect(note.questions[1]!.answer?.html).toContain('<br>');
    // Inside emphasis too, and none at a field's ends.
    const emphasised = readNote('question,answer\nList the steps.,"\n**Fit.\nPredict.**\n"\n', 'bold.csv');
    expect(emphasised.questions[0]!.answer?.markdown).toBe('**Fit.\\\nPredict.**');
  });

  it('joins the fields a separator left unquoted splits past the last column, and warns', () => {
    const note = readNote('question,answer\nWhat is bagging?,Bootstrap aggregating, trains models on resamples\n', 'split.csv');
    expect(asked(note)).toEqual([['What is bagging?', 'Bootstrap aggregating, trains models on resamples', 2]]);
    expect(messagesOf(note.vfile)).toEqual(['1:spreadsheet', '2:extra-fields']);
  });

  it('leaves out the empty fields Excel pads a row with, and quoted fields past the last column are warned of, not joined', () => {
    const padded = readNote('question,answer\nWhat is Y?,Y is a label.,,,\n', 'padded.csv');
    expect(asked(padded)).toEqual([['What is Y?', 'Y is a label.', 2]]);
    expect(messagesOf(padded.vfile)).toEqual(['1:spreadsheet']);
    const quoted = readNote('question,answer\nWhat is Z?,Z is a latent.,"a note, quoted"\n', 'quoted.csv');
    expect(asked(quoted)).toEqual([['What is Z?', 'Z is a latent.', 2]]);
    expect(quoted.vfile.messages.find((message) => message.ruleId === 'extra-fields')?.reason).toContain('in no question or answer');
  });

  it('is a sheet of no questions yet when it has only its first row: noted, not warned of', () => {
    const { questions, vfile } = readNote('question,answer\n', 'empty.csv');
    expect(questions).toEqual([]);
    expect(messagesOf(vfile)).toEqual(['1:spreadsheet']);
  });

  it("is read as cards when it is an Anki export saved as CSV, or has no header but its rows' first fields ask", () => {
    const anki = readNote('#separator:tab\n#html:false\nWhat two bit operations replace addition?\tXOR plus carry\tbits\nWhat recurrence counts bits?\tbits[i] = 1 + bits[i-p]\tbits\n', 'anki.csv');
    expect(anki.questions.map((question) => question.question)).toEqual(['What two bit operations replace addition?', 'What recurrence counts bits?']);
    // Semicolons, though commas in the answers split the first row into more fields.
    const headerless = readNote('What is overfitting?;When a model memorises noise, not the signal, of its data.\nWhat is a kernel?;A similarity function.\n', 'qa.csv');
    expect(asked(headerless)).toEqual([
      ['What is overfitting?', 'When a model memorises noise, not the signal, of its data.', 1],
      ['What is a kernel?', 'A similarity function.', 2],
    ]);
    expect(messagesOf(headerless.vfile)).toEqual(['1:spreadsheet']);
    // Commas, a comma left unquoted in the first answer: two columns all the same, that answer joined again.
    const commas = readNote('What is a kernel?,A similarity function, as a dot product.\nWhat is overfitting?,Fitting noise\n', 'qa2.csv');
    expect(asked(commas)).toEqual([
      ['What is a kernel?', 'A similarity function, as a dot product.', 1],
      ['What is overfitting?', 'Fitting noise', 2],
    ]);
    expect(messagesOf(commas.vfile)).toEqual(['1:spreadsheet', '1:extra-fields']);
  });

  it('reads a multiple-choice sheet: its option columns are the choices, its key column names the right one', () => {
    const sheet = [
      'question,answerA,answerB,answerC,answerD,correctAnswer',
      'What is overfitting?,Too simple a model,Good on training data but poor on unseen data,Too little data,None of these,B',
      'Which activation saturates?,ReLU,Sigmoid,,,B',
    ].join('\n');
    const { questions, vfile } = readNote(sheet, 'quiz.csv');
    expect(questions.map((question) => [question.question, question.choices.map((choice) => [choice.label, choice.text, choice.correct])])).toEqual([
      ['What is overfitting?', [['A', 'Too simple a model', false], ['B', 'Good on training data but poor on unseen data', true], ['C', 'Too little data', false], ['D', 'None of these', false]]],
      ['Which activation saturates?', [['A', 'ReLU', false], ['B', 'Sigmoid', true]]],
    ]);
    // Every column is read: none is named as left out.
    expect(messagesOf(vfile)).toEqual(['1:spreadsheet']);
  });

  it("takes a multiple-choice key as the option's letter, its number or its text, in a sheet or a note's table", () => {
    const right = (text: string, file: string) => readNote(text, file).questions.map((question) => question.choices.filter((choice) => choice.correct).map((choice) => choice.text));
    expect(right('question,choice1,choice2,choice3,key\nWhich is a loss?,ReLU,MSE,Adam,2\n', 'numbered.csv')).toEqual([['MSE']]);
    expect(right('question,option a,option b,answer\nWhich activation saturates?,ReLU,Sigmoid,sigmoid\n', 'spelled.csv')).toEqual([['Sigmoid']]);
    expect(right('| Question | Option A | Option B | Answer |\n|---|---|---|---|\n| Which activation saturates? | ReLU | Sigmoid | B |\n', 'note.md')).toEqual([['Sigmoid']]);
  });

  it('holds data when its first row names no question column: nothing is read from it, and a note says why', () => {
    const data = 'name,value\nWhat is the learning rate?,0.01\nepochs,10\n';
    const { questions, vfile } = readNote(data, 'params.csv');
    expect(questions).toEqual([]);
    expect(messagesOf(vfile)).toEqual(['1:data-table']);
    expect(vfile.messages[0]!.reason).toContain('its first row (name, value) names no question column');
    expect(vfile.messages[0]!.reason).toContain('as in "question,answer"');
    // The column whose cells ask is named, to be renamed; a semicolon sheet is shown its own separator.
    const described = readNote('ID;DESCRIPTION\n1;What is a tensor?\n2;Why normalise inputs\n3;Gradient clipping\n', 'kaggle.csv').vfile.messages[0]!.reason;
    expect(described).toContain('its column "DESCRIPTION" asks in 2 of 3 rows: name it "question"');
    expect(described).toContain('as in "question;answer"');
    // Information, not a warning: data beside the notes is not their fault, and --strict does not fail on it.
    expect(vfile.messages[0]!.fatal).toBeUndefined();
    // The same lines in a text file are a note like any other.
    const asText = readNote(data, 'params.txt');
    expect(asText.questions.map((question) => question.question)).toEqual([expect.stringMatching(/^What is the learning rate\?/)]);
    expect(messagesOf(asText.vfile)).not.toContain('1:data-table');
  });

  it('keeps no script or event handler of a field', () => {
    const { questions } = readNote('question,answer\nWhat is XSS?,"<img src=x onerror=alert(1)> <script>alert(2)</script>An injected script"\n', 'xss.csv');
    expect(questions).toHaveLength(1);
    expect(questions[0]!.answer?.html).not.toMatch(/onerror|<script|alert/);
    expect(questions[0]!.answer?.text).toContain('An injected script');
  });
});
