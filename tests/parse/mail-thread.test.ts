/**
 * A note pasted from an email thread: a recruiter's questions, quoted in the reply (`> 1. …?`), each answered
 * by the unquoted lines under it. The quote is the question (the reverse of `**What is X?**` over `> …`, a
 * question answered in a quote); the mail's own lines (its header, the line over a forwarded or quoted message,
 * its closing and signature) are left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { HEADER_FIELD, MESSAGE_OPENER } from '../../src/parse/mail-headers.js';
import { QUOTED_QUESTION_LINE } from '../../src/parse/quoted-questions.js';
import { CLOSING_REQUEST, DEVICE_LINE, MAIL_CLOSING_REQUEST, MAIL_VALEDICTION, VALEDICTION } from '../../src/parse/mail-sign-off.js';

/** The notes, in the order of their lines. */
const notesOf = (note: ReturnType<typeof readNote>) => [...note.vfile.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => `${message.line}:${message.ruleId}`);
const pairs = (text: string, file = 'note.txt') => answerTextsOf(text, file);

/** The reviewer's note (rv8 18): the mail forwarded, the answers typed under each quoted question. */
const forwarded = [
  'From: Dana Kim <dana.kim@gmail.com>',
  'Sent: Tuesday, June 4, 2024 10:31 PM',
  'To: me',
  'Subject: Fwd: Your onsite with Acme AI — prep questions',
  '',
  'Hey! Forwarding what the recruiter sent. I typed my answers inline, feel free to steal.',
  '',
  '---------- Forwarded message ---------',
  'From: Recruiting Team <recruiting@acme.ai>',
  'Date: Mon, Jun 3, 2024 at 4:02 PM',
  'Subject: Your onsite with Acme AI — prep questions',
  'To: Dana Kim <dana.kim@gmail.com>',
  '',
  'Hi Dana,',
  '',
  'Ahead of your onsite, here are example questions from the ML depth round:',
  '',
  '> 1. How would you detect data drift in production?',
  'Compare feature distributions of live traffic to training data with PSI or KS tests per feature.',
  '',
  '> 2. What is the difference between online and offline evaluation?',
  'Offline uses held-out logged data; online is an A/B test on real users.',
  '',
  '> 3. How would you debug a model whose offline AUC is great but online CTR dropped?',
  '',
  'Please confirm your availability by Friday.',
  '',
  'Best,',
  'Acme Recruiting',
  'Acme AI · 500 Market St, San Francisco',
  '',
  '--',
  'Dana',
  'Sent from my iPhone',
  '',
].join('\n');

describe('questions quoted in a mail, each answered under it', () => {
  it('reads each quoted question with the unquoted lines under it as its answer, up to the next', () => {
    // Markdown reads an unquoted line glued under a quoted one as the quote's (a lazy line): it gave no question.
    expect(pairs(forwarded)).toEqual([
      ['How would you detect data drift in production?', 'Compare feature distributions of live traffic to training data with PSI or KS tests per feature.'],
      ['What is the difference between online and offline evaluation?', 'Offline uses held-out logged data; online is an A/B test on real users.'],
      // Not answered: the recruiter's last request is the mail's closing, not an answer.
      ['How would you debug a model whose offline AUC is great but online CTR dropped?', null],
    ]);
  });

  it("leaves out the mail's header, the forwarded message's, its closing and the signature, a note at each line", () => {
    const note = readNote(forwarded, 'note.txt');
    expect(notesOf(note)).toEqual([
      ...[1, 2, 3, 4].map((line) => `${line}:mail-header`),
      // The greetings and what the mail says before the questions are its preamble.
      '6:preamble',
      ...[8, 9, 10, 11, 12].map((line) => `${line}:mail-header`),
      ...[26, 28, 29, 30, 32, 33, 34].map((line) => `${line}:sign-off`),
    ]);
    const reasons = note.vfile.messages.map((message) => message.reason);
    expect(reasons).toContain('Left out a line of the email\'s header: "---------- Forwarded message ---------"');
    expect(reasons).toContain('Left out the note\'s sign-off after its last answer: "Please confirm your availability by Friday."');
  });

  it('reads them so with blank lines between a question and its answer, the answer never a question', () => {
    // Before, `Compare …` was read as a question, the quote under it its answer (as an instruction over a quoted answer).
    const note = 'Hi Dana,\n\nHere are example questions:\n\n> 1. How would you detect data drift in production?\n\nCompare feature distributions with PSI.\n\n> 2. How do you choose a decision threshold?\n\nFrom the cost of FP vs FN.\n';
    expect(pairs(note)).toEqual([
      ['How would you detect data drift in production?', 'Compare feature distributions with PSI.'],
      ['How do you choose a decision threshold?', 'From the cost of FP vs FN.'],
    ]);
  });

  it('ends a quote at its first unquoted line, with no blank line anywhere, and keeps an answer over several lines and blocks', () => {
    // One quote in Markdown, each answer a lazy line of its item, the closing too.
    const glued = 'Here are example questions:\n> 1. How would you detect data drift?\nCompare feature distributions with PSI.\n> 2. How do you choose a decision threshold?\nFrom the cost of FP vs FN.\n> 3. How would you debug an online CTR drop?\nBest,\nAcme Recruiting\n';
    expect(pairs(glued)).toEqual([
      ['How would you detect data drift?', 'Compare feature distributions with PSI.'],
      ['How do you choose a decision threshold?', 'From the cost of FP vs FN.'],
      ['How would you debug an online CTR drop?', null],
    ]);
    const longer = '> - How would you detect data drift?\nCompare feature distributions\nwith PSI.\n\n- per feature\n- per segment\n\n> - How do you choose a threshold?\nFrom the cost of errors.\n\n## Next round\n\nNotes on the next round.\n';
    expect(pairs(longer, 'note.md')).toEqual([
      ['How would you detect data drift?', 'Compare feature distributions\nwith PSI.\n• per feature\n• per segment'],
      // A heading ends the answer.
      ['How do you choose a threshold?', 'From the cost of errors.'],
    ]);
  });

  it('reads them so in a mail copied as text with no blank line, read line by line, its request right over the closing', () => {
    const copied = forwarded.split('\n').filter((line) => line !== '').join('\n');
    const note = readNote(copied, 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual(pairs(forwarded));
    expect(note.vfile.messages.filter((message) => message.ruleId === 'sign-off').map((message) => message.line)).toEqual([18, 19, 20, 21, 23, 24]);
    // Copied text's `--` is left out as any divider is.
    expect(note.vfile.messages.find((message) => message.line === 22)?.ruleId).toBe('site-chrome');
  });

  it('keeps a quote that answers, a quoted passage, and quoted questions nothing answers', () => {
    expect(pairs('**What is Goodhart\'s law?**\n\n> 1. When a measure becomes a target, it ceases to be a good measure.\n\nSo pick metrics with care.\n', 'note.md')).toEqual([
      ["What is Goodhart's law?", '1. When a measure becomes a target, it ceases to be a good measure.\nSo pick metrics with care.'],
    ]);
    // Nor is a question quoted right under one that asks: it answers that one.
    const asked = readNote('**What would you ask the interviewer?**\n\n> 1. What does success look like in this role?\n\nThen listen for what they measure.\n');
    expect(asked.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What would you ask the interviewer?', '> 1. What does success look like in this role?\n\nThen listen for what they measure.'],
    ]);
    // A task is no quoted question: it may be a point of the answer above it.
    expect(pairs('**What are the steps?**\n\n> 1. Explain the data.\n\nThen fit the model.\n', 'note.md')).toEqual([['What are the steps?', '1. Explain the data.\nThen fit the model.']]);
    // Two questions quoted together, nothing under them: a quotation, read as before (no question).
    expect(readNote('## Reading list\n\nThe book asks:\n\n> 1. What is bias?\n> 2. What is variance?\n').questions).toEqual([]);
    // Each quoted apart, nothing under any of them: still a quotation (nothing answers them), in a mail too.
    expect(readNote('## Reading list\n\nThe book asks:\n\n> 1. What is bias?\n\n> 2. What is variance?\n').questions).toEqual([]);
    expect(readNote('From: Dana <dana@example.com>\nTo: me@example.com\nSubject: Prep\n\n> 1. What is bias?\n\n> 2. What is variance?\n').questions).toEqual([]);
    // Follow-ups quoted in the answer of a heading that asks stay that answer's; so does one question quoted in a note
    // that is no mail: a quotation as often.
    const followUps = '## What is overfitting?\n\nFitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n\n> 2. Follow-up: and with little data?\n\nAugment it.\n\n## What is dropout?\n\nZeroing units.\n';
    expect(readNote(followUps).questions.map((question) => question.answer?.markdown)).toEqual([
      'Fitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n\n> 2. Follow-up: and with little data?\n\nAugment it.',
      'Zeroing units.',
    ]);
    expect(readNote('**What is overfitting?**\n\nFitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n').questions.map((question) => question.answer?.markdown)).toEqual([
      'Fitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.',
    ]);
    // A question the quote wraps onto an unquoted line is no quoted question either: read as before, no question.
    expect(readNote('> 1. How would you detect data drift\nin production?\n').questions).toEqual([]);
  });

  it('is a quotation in the answer of a question the note asks itself above it, outside a mail', () => {
    // Before, the follow-ups were read as questions, `**What is L2?**` and its answer the first one's answer.
    const note = '**What is dropout?**\n\nZeroing units.\n\n> 1. Why does it work?\n\nIt prevents co-adaptation.\n\n**What is L2?**\n\nWeight decay.\n\n> 2. When does it fail?\n\nWith batch norm.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'Zeroing units.\n\n> 1. Why does it work?\n\nIt prevents co-adaptation.'],
      ['What is L2?', 'Weight decay.\n\n> 2. When does it fail?\n\nWith batch norm.'],
    ]);
  });

  it('ends its answer at a question the note asks itself under it', () => {
    // Before, `**What is AUC?**` and its answer were the second quoted question's answer.
    for (const own of ['**What is AUC?**\n\nThe area under the ROC curve.', 'Q: What is AUC?\nA: The area under the ROC curve.']) {
      const note = `> 1. How would you detect data drift?\n\nPSI per feature.\n\n> 2. How do you pick a threshold?\n\nFrom the cost of errors.\n\n${own}\n`;
      expect(pairs(note, 'note.md'), note).toEqual([
        ['How would you detect data drift?', 'PSI per feature.'],
        ['How do you pick a threshold?', 'From the cost of errors.'],
        ['What is AUC?', 'The area under the ROC curve.'],
      ]);
    }
  });

  it('keeps a quote glued over the line under it as one quote in a note that is no mail, when it is the only one', () => {
    // A follow-up quoted in an answer, its answer glued under it: Markdown's one quote, as before (a mail's quotes are
    // marked line by line, a note's need not be).
    expect(readNote('**What is drift?**\n\nA change in the data.\n\n> 1. Follow-up: how would you detect it?\nWith PSI.\n').questions.map((question) => question.answer?.markdown)).toEqual([
      'A change in the data.\n\n> 1. Follow-up: how would you detect it?\n>    With PSI.',
    ]);
  });

  it('is no question and its answer when the quote goes on, quoted, after its unquoted line', () => {
    // The unquoted line is one a copy lost its marker on, in the middle of a quoted passage: no answer typed under a question.
    const note = 'From: Recruiting <r@acme.ai>\nTo: me\nSubject: prep\n\n> 1. Does batch norm reduce internal covariate shift?\nThat is what the 2015 paper claims;\n> later work shows it smooths the loss instead.\n\n> 2. How do you choose a threshold?\n\nFrom the cost of errors.\n';
    expect(pairs(note, 'note.md')).toEqual([['How do you choose a threshold?', 'From the cost of errors.']]);
  });
});

describe('questions quoted bare, each answered under it', () => {
  /** A reply to an interviewer, copied with no header: the follow-ups quoted bare, the answers typed under them. */
  const reply = 'Thanks for the call today. A few follow-ups:\n\n> How would you detect data drift?\n\nI would compare feature distributions with PSI.\n\n> How do you pick a threshold?\n\nFrom the cost of errors on a validation set.\n';
  const answered = [
    ['How would you detect data drift?', 'I would compare feature distributions with PSI.'],
    ['How do you pick a threshold?', 'From the cost of errors on a validation set.'],
  ];

  it('is each quote a question answered by the unquoted lines under it, the line over the first the preamble', () => {
    // Before, no question at all: a quote of a bare question was only read in a list item's shape (`> 1. …?`).
    for (const file of ['note.txt', 'note.md']) {
      const note = readNote(reply, file);
      expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual(answered);
      expect(notesOf(note)).toEqual(['1:preamble']);
    }
  });

  it('is so with each answer glued under its question, in Markdown and in a mail copied as text, read line by line', () => {
    // Markdown reads the quote on over the unquoted lines and the next question: one quote, one paragraph.
    expect(pairs('Thanks for the call today. A few follow-ups:\n\n> How would you detect data drift?\nI would compare feature distributions with PSI.\n> How do you pick a threshold?\nFrom the cost of errors on a validation set.\n', 'note.md')).toEqual(answered);
    const copied = forwarded.split('\n').filter((line) => line !== '').map((line) => line.replace(/^> \d\. /, '> ')).join('\n');
    expect(pairs(copied)).toEqual(pairs(forwarded));
  });

  it('is one question when it is quoted over two lines', () => {
    expect(pairs('> How would you detect data drift in\n> production?\n\nPSI per feature.\n\n> How do you pick a threshold?\n\nFrom the cost of errors.\n', 'note.md')).toEqual([
      ['How would you detect data drift in production?', 'PSI per feature.'],
      ['How do you pick a threshold?', 'From the cost of errors.'],
    ]);
  });

  it('is a quotation, read as before, when it quotes a sentence or a question with its answer, and a pair when it quotes one', () => {
    // Nor does a quote of a sentence count as a second quoted question: the one question quoted stays a quotation too.
    expect(readNote("## Notes on optimisation\n\nKnuth's warning:\n\n> Premature optimisation is the root of all evil.\n\nProfile first.\n\n> Where does the time go?\n\nAsk the profiler.\n").questions).toEqual([]);
    // The answer inside the quote: no question and answer typed under it.
    expect(readNote('## Reading list\n\n> How would you detect data drift?\n> Compare feature distributions with PSI.\n\nThe usual answer.\n\n> How do you pick a threshold?\n> From the cost of errors.\n\nAlso the usual one.\n').questions).toEqual([]);
    const feedback = [
      ['What is implicit feedback?', 'Preference inferred from clicks.'],
      ['What is explicit feedback?', 'Ratings.'],
    ];
    for (const pair of [
      '> Q: What is implicit feedback?\n> A: Preference inferred from clicks.\n\n> Q: What is explicit feedback?\n> A: Ratings.\n',
      '> Q: What is implicit feedback? A: Preference inferred from clicks.\n\n> Q: What is explicit feedback? A: Ratings.\n',
      '> Q: What is implicit feedback?\nA: Preference inferred from clicks.\n\n> Q: What is explicit feedback?\nA: Ratings.\n',
    ]) {
      expect(pairs(pair, 'note.md'), pair).toEqual(feedback);
    }
    // In copied text too, its marker left out (before, it stood in the question: `> Q: What is implicit feedback?`).
    expect(pairs('Interview notes\n• recap below\n> Q: What is implicit feedback?\nA: Preference inferred from clicks.\n> Q: What is explicit feedback?\nA: Ratings.\n')).toEqual(feedback);
  });

  it('is a quotation in the answer of a question the note asks itself above it, as a numbered one is', () => {
    const note = '**What is dropout?**\n\nZeroing units.\n\n> Why does it work?\n\nIt prevents co-adaptation.\n\n**What is L2?**\n\nWeight decay.\n\n> When does it fail?\n\nWith batch norm.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'Zeroing units.\n\n> Why does it work?\n\nIt prevents co-adaptation.'],
      ['What is L2?', 'Weight decay.\n\n> When does it fail?\n\nWith batch norm.'],
    ]);
    const followUps = 'Q: What is bagging?\nA: Bootstrap aggregating.\n\n> Why does it reduce variance?\n\nAveraging decorrelated models.\n\nQ: What is boosting?\nA: Sequential fitting of residuals.\n\n> Why can it overfit?\n\nIt keeps fitting noise.\n';
    expect(readNote(followUps).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is bagging?', 'Bootstrap aggregating.\n\n> Why does it reduce variance?\n\nAveraging decorrelated models.'],
      ['What is boosting?', 'Sequential fitting of residuals.\n\n> Why can it overfit?\n\nIt keeps fitting noise.'],
    ]);
  });

  it('is a follow-up set apart, read as before, when its quote opens with a follow-up label', () => {
    expect(readNote('## Dropout\n\nRandomly zeroing units.\n\n> Follow-up: why does it work?\n\nCo-adaptation.\n\n> Follow-up: and at inference?\n\nScale the weights.\n').questions).toEqual([]);
  });

  it('is read as its lines are unquoted in copied text when it is no mail\'s question, its marker left out', () => {
    // Copied text reads no quote: before, the marker stood in the question (`> How would you detect drift?`), and a
    // single quoted item, read as a quote, was no question at all.
    const copied = (quoted: string) => `Interview notes\n• recap below\n${quoted}\nPSI per feature.\n`;
    for (const quoted of ['> How would you detect drift?', '> 1. How would you detect drift?']) {
      expect(pairs(copied(quoted)), quoted).toEqual([['How would you detect drift?', 'PSI per feature.']]);
    }
    // Follow-ups under the note's own questions: each its own question, as before.
    expect(pairs('Interview notes\n• recap below\nWhat is dropout?\nZeroing units.\n> Why does it work?\nNo co-adaptation.\nWhat is L2?\nWeight decay.\n> When does it fail?\nWith batch norm.\n')).toEqual([
      ['What is dropout?', 'Zeroing units.'],
      ['Why does it work?', 'No co-adaptation.'],
      ['What is L2?', 'Weight decay.'],
      ['When does it fail?', 'With batch norm.'],
    ]);
  });

  it('ends its answer at a question the note asks itself under it, as a numbered one does', () => {
    for (const own of ['**What is AUC?**\n\nThe area under the ROC curve.', 'Q: What is AUC?\nA: The area under the ROC curve.']) {
      const note = `> How would you detect data drift?\n\nPSI per feature.\n\n> How do you pick a threshold?\n\nFrom the cost of errors.\n\n${own}\n`;
      expect(pairs(note, 'note.md'), note).toEqual([
        ['How would you detect data drift?', 'PSI per feature.'],
        ['How do you pick a threshold?', 'From the cost of errors.'],
        ['What is AUC?', 'The area under the ROC curve.'],
      ]);
    }
  });
});

/** A Korean recruiter's mail (Outlook), forwarded to a friend with the answers typed under each quoted question. */
const koreanForward = [
  '보낸 사람: 김지은 <jieun.kim@gmail.com>',
  '보낸 날짜: 2024년 6월 4일 화요일 오후 10:31',
  '받는 사람: 이서준 <seojun.lee@naver.com>',
  '제목: 전달: [Acme AI] 1차 기술 면접 사전 질문 안내',
  '',
  '서준아, 채용팀이 보낸 질문이랑 내가 적은 답 같이 보내! 참고해 ㅎㅎ',
  '',
  '-----Original Message-----',
  '보낸 사람: Acme AI 채용팀 <recruit@acme.ai>',
  '보낸 날짜: 2024년 6월 3일 월요일 오후 4:02',
  '받는 사람: 김지은 <jieun.kim@gmail.com>',
  '참조: 박민수 <minsu.park@acme.ai>',
  '제목: [Acme AI] 1차 기술 면접 사전 질문 안내',
  '',
  '안녕하세요, 김지은 님.',
  'Acme AI 채용팀입니다.',
  '',
  '1차 기술 면접에 앞서 ML 심화 세션에서 자주 나오는 질문을 공유드립니다.',
  '',
  '> 1. 운영 중인 모델의 데이터 드리프트는 어떻게 탐지하시겠습니까?',
  '학습 데이터와 실시간 트래픽의 피처 분포를 PSI나 KS 검정으로 피처별로 비교합니다.',
  '',
  '> 2. 온라인 평가와 오프라인 평가의 차이는 무엇인가요?',
  '오프라인은 로그로 남은 홀드아웃 데이터로, 온라인은 실제 사용자 대상 A/B 테스트로 평가합니다.',
  '',
  '> 3. 오프라인 AUC는 높은데 온라인 CTR이 떨어졌다면 어떻게 디버깅하시겠어요?',
  '',
  '면접 가능 일정은 금요일까지 회신 부탁드립니다.',
  '',
  '감사합니다.',
  'Acme AI 채용팀 드림',
  'Acme AI · 서울시 강남구 테헤란로 123',
  '',
  '--',
  '김지은',
  'iPhone에서 보냄',
  '',
].join('\n');

describe('a mail written in Korean, Chinese or Japanese', () => {
  it('is read as an English one is: its header blocks, its closing and its signature left out, each question answered', () => {
    // Before, the headers were the preamble and the closing the last question's answer.
    const note = readNote(koreanForward, 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['운영 중인 모델의 데이터 드리프트는 어떻게 탐지하시겠습니까?', '학습 데이터와 실시간 트래픽의 피처 분포를 PSI나 KS 검정으로 피처별로 비교합니다.'],
      ['온라인 평가와 오프라인 평가의 차이는 무엇인가요?', '오프라인은 로그로 남은 홀드아웃 데이터로, 온라인은 실제 사용자 대상 A/B 테스트로 평가합니다.'],
      ['오프라인 AUC는 높은데 온라인 CTR이 떨어졌다면 어떻게 디버깅하시겠어요?', null],
    ]);
    expect(notesOf(note)).toEqual([
      ...[1, 2, 3, 4].map((line) => `${line}:mail-header`),
      '6:preamble',
      ...[8, 9, 10, 11, 12, 13].map((line) => `${line}:mail-header`),
      ...[28, 30, 31, 32, 34, 35, 36].map((line) => `${line}:sign-off`),
    ]);
  });

  it('is read so copied as text with no blank line', () => {
    const copied = readNote(koreanForward.split('\n').filter((line) => line !== '').join('\n'), 'note.txt');
    expect(copied.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual(pairs(koreanForward, 'note.txt'));
    expect(copied.vfile.messages.filter((message) => message.ruleId === 'mail-header').map((message) => message.line)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  });

  it("leaves out Gmail's and Daum's fields, full-width colons and the name glued to 사람 too, and Gmail's Korean line over a quoted message", () => {
    const gmail = [
      '보낸사람： 김지은 <jieun.kim@gmail.com>',
      '날짜： 2024년 6월 4일 (화) 오후 10:31',
      '받는사람： 이서준 <seojun.lee@daum.net>',
      '',
      '---------- 전달된 메일 ----------',
      '보낸사람: Acme AI 채용팀 <recruit@acme.ai>',
      'Date: 2024년 6월 3일 (월) 오후 4:02',
      'To: <jieun.kim@gmail.com>',
      '',
      '> 2024년 6월 3일 (월) 오후 4:02, Acme AI 채용팀 <recruit@acme.ai>님이 작성:',
      '> 1. 과적합은 어떻게 확인하나요?',
      '학습 손실과 검증 손실의 차이를 봅니다.',
      '> 2. 드롭아웃은 왜 효과가 있나요?',
      '뉴런의 공적응을 막습니다.',
      '',
    ].join('\n');
    const note = readNote(gmail);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['과적합은 어떻게 확인하나요?', '학습 손실과 검증 손실의 차이를 봅니다.'],
      ['드롭아웃은 왜 효과가 있나요?', '뉴런의 공적응을 막습니다.'],
    ]);
    expect(notesOf(note)).toEqual([1, 2, 3, 5, 6, 7, 8, 10].map((line) => `${line}:mail-header`));
  });

  it("leaves out a Chinese and a Japanese Outlook's header block and closing", () => {
    const chinese = '发件人: Acme AI 招聘团队 <recruit@acme.ai>\n发送时间: 2024年6月3日 16:02\n收件人: 王芳 <fang.wang@qq.com>\n抄送: 李明 <ming.li@acme.ai>\n主题: 【Acme AI】技术面试预习问题\n\n> 1. 如何检测线上模型的数据漂移？\n用 PSI 或 KS 检验逐个特征比较分布。\n\n> 2. 在线评估和离线评估有什么区别？\n离线用日志数据，在线是 A/B 测试。\n\n请于周五前回复确认面试时间。\n\n此致\n敬礼\n';
    const zh = readNote(chinese);
    expect(zh.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['如何检测线上模型的数据漂移？', '用 PSI 或 KS 检验逐个特征比较分布。'],
      ['在线评估和离线评估有什么区别？', '离线用日志数据，在线是 A/B 测试。'],
    ]);
    expect(notesOf(zh)).toEqual([...[1, 2, 3, 4, 5].map((line) => `${line}:mail-header`), ...[13, 15, 16].map((line) => `${line}:sign-off`)]);
    const japanese = '差出人： Acme AI 採用チーム <recruit@acme.ai>\n送信日時： 2024年6月3日 月曜日 16:02\n宛先： 佐藤 花子 <hanako.sato@gmail.com>\nCC： 鈴木 一郎 <ichiro.suzuki@acme.ai>\n件名： 【Acme AI】技術面接の事前質問\n\n> 1. 本番環境のデータドリフトはどう検知しますか？\n特徴量分布を PSI で比較します。\n\n> 2. オンライン評価とオフライン評価の違いは何ですか？\nオフラインはログ、オンラインは A/B テストです。\n\nよろしくお願いいたします。\nAcme AI 採用チーム\n';
    const ja = readNote(japanese);
    expect(ja.questions.map((question) => question.answer?.text)).toEqual(['特徴量分布を PSI で比較します。', 'オフラインはログ、オンラインは A/B テストです。']);
    expect(notesOf(ja)).toEqual([...[1, 2, 3, 4, 5].map((line) => `${line}:mail-header`), ...[13, 14].map((line) => `${line}:sign-off`)]);
  });

  it('is no mail for a page whose properties name no sender, and closes with 감사합니다 only in a mail', () => {
    const page = readNote('제목: 통계 면접 정리\n날짜: 2022/10/14\n참조: 교재 3장\n\n## p-value란?\n\n귀무가설 아래에서 이만큼 극단적인 데이터가 나올 확률.\n');
    expect(notesOf(page)).toEqual(['1:preamble']);
    // A rehearsed last word: `감사합니다.` over a line that is no name.
    expect(pairs('## 면접 마지막에 할 말은?\n\n감사합니다.\n좋은 결과 기다리겠습니다.\n')).toEqual([['면접 마지막에 할 말은?', '감사합니다.\n좋은 결과 기다리겠습니다.']]);
    expect(pairs('보낸 사람: 채용팀 <recruit@acme.ai>\n받는 사람: 나\n\n> 1. p-value란?\n\n귀무가설 아래 극단값의 확률.\n\n감사합니다.\n채용팀 드림\n')).toEqual([['p-value란?', '귀무가설 아래 극단값의 확률.']]);
  });
});

describe("a mail's own lines", () => {
  it('leaves out the line that says who wrote a quoted message, and keeps what is quoted', () => {
    const note = readNote('Subject: Re: prep notes\nFrom: Priya\nTo: me\n\nHere is what I would say.\n\n> On Tue, Mar 5, 2024 at 10:02 AM, me wrote:\n> Do you have any notes from your screen?\n\nQ) What is a type I error?\nA) A false positive.\n\nCheers,\nPriya\n\n--\nPriya Sharma | Senior Data Scientist\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is a type I error?', 'A false positive.']]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '5:preamble', '7:mail-header', '13:sign-off', '14:sign-off', '16:sign-off', '17:sign-off']);
  });

  it('reads a header only as a run of its fields with From: among them', () => {
    // A page's properties are no mail's header: read as before, the preamble.
    const note = readNote('Date: 2022/10/14\nSubject: statistics\n\n## What is a p-value?\n\nThe chance of data as extreme under the null.\n');
    expect(notesOf(note)).toEqual(['1:preamble']);
  });

  it('keeps the last answer that ends with thanks, or asks the reader, with no name signed under it', () => {
    expect(pairs('## What do you write in the follow-up email?\nThank you\nfor your time today.\n', 'note.md')).toEqual([['What do you write in the follow-up email?', 'Thank you\nfor your time today.']]);
    expect(pairs('## What would you do next?\nTry a two-tower model.\n\nThank you!\nAny questions are welcome.\n', 'note.md')).toEqual([['What would you do next?', 'Try a two-tower model.\nThank you!\nAny questions are welcome.']]);
    expect(pairs('## How do you end a recruiter call?\n\nLet me know if the schedule changes.\n', 'note.md')).toEqual([['How do you end a recruiter call?', 'Let me know if the schedule changes.']]);
    // A line under `--` is a signature in a mail, or under a closing: not at the end of any note.
    expect(pairs('## What is a decrement?\n\nSubtracting one.\n\n--\nSee also increments.\n', 'note.md')).toEqual([['What is a decrement?', 'Subtracting one.\n--\nSee also increments.']]);
  });

  it("leaves out a mail's signature under -- with no closing word over it", () => {
    const note = readNote('From: Recruiting <r@acme.ai>\nTo: me\nSubject: prep\n\n> 1. What is data drift?\n\nA shift in the input distribution.\n\n--\nDana Kim\nAcme AI\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is data drift?', 'A shift in the input distribution.']]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '9:sign-off', '10:sign-off', '11:sign-off']);
  });

  it('reads a mail copied as text so too, line by line', () => {
    const note = readNote('From: Priya Sharma\nTo: me\nSubject: ML screen questions\nHi,\nQ: What is overfitting?\nA: Fitting noise.\nQ: What is dropout?\nA: Zeroing random units.\nThanks,\nPriya\nSent from my iPhone\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['What is dropout?', 'Zeroing random units.'],
    ]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '4:preamble', '9:sign-off', '10:sign-off', '11:sign-off']);
  });

  it('reads its lines with patterns that do not backtrack', () => {
    for (const pattern of [QUOTED_QUESTION_LINE, HEADER_FIELD, MESSAGE_OPENER, VALEDICTION, CLOSING_REQUEST, MAIL_VALEDICTION, MAIL_CLOSING_REQUEST, DEVICE_LINE]) expect(backtracking(pattern), String(pattern)).toBeUndefined();
  });
});
