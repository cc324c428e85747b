/**
 * The author's to-do list about the note, closing an answer (`- [ ] add KV cache question`): what the author means
 * to do to the note, left out of the answer with a `todo-note`; a task list that is the answer stays. So is a
 * reminder to review (`> 💡 복습 필요: PPO의 clipping`), and as a list's last items (`- 💡 복습 필요`, `- TODO: review GAE`), when
 * marked as the author's, or as a task list apart from the answer of a review's words alone (`- [ ] 복습하기`); an unmarked
 * `- 다시 보기`, `- 복습하기`, `- [ ] Review …`, or a bare `- [ ] 복습하기` among steps, is a point.
 */
import { describe, expect, it } from 'vitest';
import { CJK_EDIT, KOREAN_EDIT, NOTE_PARTS, REVIEW_REMINDER, REVIEW_TASK } from '../../src/extract/author-to-dos.js';
import { backtracking } from '../helpers/backtracking.js';
import { answersOf, messagesOf, readNote } from '../helpers/read-note.js';


describe("an author's to-do list closing an answer", () => {
  it('is left out of the answer, and said so, when every item edits the note (a Bear note)', () => {
    const text = '## Encoder-only vs decoder-only?\nEncoder-only sees the whole sequence. Decoder-only is causal.\n\n- [ ] add KV cache question\n- [x] fix RoPE explanation\n\n## What is the KV cache?\nCached keys and values.\n';
    const note = readNote(text);
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['Encoder-only sees the whole sequence. Decoder-only is causal.', 'Cached keys and values.']);
    expect(messagesOf(note.vfile)).toEqual(['4:todo-note']);
    expect(note.vfile.messages[0]!.message).toContain('"add KV cache question; fix RoPE explanation"');
  });

  it('is left out when its items are led by a to-do marker, or are Korean notes to edit the note, a rule over them too', () => {
    expect(answersOf('## What is dropout?\nZeroing units.\n\n---\n\n- [ ] TODO: a figure\n- [ ] 예시 추가\n- [x] RoPE 설명을 수정\n')).toEqual([['What is dropout?', 'Zeroing units.']]);
  });

  it('is left out when its Korean item fills the answer in (답 채우기), the answer left without one', () => {
    expect(answersOf('## 오버피팅이란?\n- [ ] 답 채우기\n\n## 정규화란?\n가중치에 벌점을 준다.\n')).toEqual([
      ['오버피팅이란?', null],
      ['정규화란?', '가중치에 벌점을 준다.'],
    ]);
  });

  it('is left out when its Chinese or Japanese item fills the answer in (补充答案, 待补充, 回答を書く), the question left without one', () => {
    const note = readNote('## 什么是过拟合？\n- [ ] 补充答案\n\n## 什么是正则化？\n- [ ] 待补充\n\n## 過学習とは？\n- [ ] 回答を書く\n\n## 正則化とは？\n重みに罰則を与える。\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['什么是过拟合？', null],
      ['什么是正则化？', null],
      ['過学習とは？', null],
      ['正則化とは？', '重みに罰則を与える。'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['2:todo-note', '5:todo-note', '8:todo-note']);
  });

  it('stays when a Chinese item is a step of the answer, not an edit of the note', () => {
    expect(answersOf('## 如何准备面试？\n- [ ] 复习算法\n- [ ] 准备项目介绍\n')).toEqual([['如何准备面试？', '- [ ] 复习算法\n- [ ] 准备项目介绍']]);
  });

  it('leaves the answer without one when the list is all there is under the question', () => {
    expect(answersOf('## What is the KV cache?\n- [ ] write the answer\n\n## What is RoPE?\nRotary embeddings.\n')).toEqual([
      ['What is the KV cache?', null],
      ['What is RoPE?', 'Rotary embeddings.'],
    ]);
  });

  it('stays when it is the answer: a checklist of steps, advice to the reader, or an item about something else', () => {
    // Checklist steps say nothing of the note's parts.
    expect(answersOf('## How do you debug a model that will not train?\nGo through the basics.\n\n- [x] Normalize inputs\n- [ ] Use early stopping\n')[0]![1]).toContain('Use early stopping');
    // "your answer" speaks to the reader: advice, not a note to self.
    expect(answersOf('## How do you end a coding interview?\n- [ ] Check your answer with a test case\n- [ ] Fix the answer if a case fails\n')[0]![1]).toContain('Check your answer');
    // A Korean checklist's steps that check or write something else are the answer's (review: 로그 내용 확인).
    expect(answersOf('## 모델 배포 전에 무엇을 확인하나요?\n- [x] 로그 내용 확인\n- [x] 모델 설명 작성\n')[0]![1]).toContain('로그 내용 확인');
    // One item that edits the note is not enough: the others are the answer's.
    expect(answersOf('## What goes in a design review?\n- [ ] Add a question for the on-call team\n- [ ] Measure the latency\n')[0]![1]).toContain('Measure the latency');
  });

  it('is not a list in the middle of the answer', () => {
    expect(answersOf('## What is dropout?\n- [ ] add a section on DropConnect\n\nZeroing units at random.\n')[0]![1]).toContain('add a section on DropConnect');
  });

  it('is told by patterns that do not backtrack', () => {
    for (const pattern of [KOREAN_EDIT, CJK_EDIT, NOTE_PARTS, REVIEW_REMINDER, REVIEW_TASK]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});

describe("an author's reminder to review, closing an answer", () => {
  it('is left out of the answer, and said so, in a quote with its emoji (a Notion callout) or on a line of its own', () => {
    const note = readNote('# 강화학습\n\n> 📌 **Q. Exploration vs Exploitation**\n> ε-greedy, UCB 등으로 균형을 맞춘다.\n\n> 💡 복습 필요: PPO의 clipping\n\n## What is GAE?\nA weighted sum of TD errors.\n\nTODO: review the bias-variance trade-off\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Exploration vs Exploitation', 'ε-greedy, UCB 등으로 균형을 맞춘다.'],
      ['What is GAE?', 'A weighted sum of TD errors.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['6:todo-note', '11:todo-note']);
    expect(note.vfile.messages[0]!.message).toContain(`the author's reminder to review (line 6): "💡 복습 필요: PPO의 clipping"`);
  });

  it('is one in its words (`다시 보기`, `Review later`), in a callout titled so too', () => {
    expect(answersOf('## KL divergence란?\n두 분포의 차이를 잰다.\n\n다시 보기 - 비대칭성\n')).toEqual([['KL divergence란?', '두 분포의 차이를 잰다.']]);
    expect(answersOf('## What is a VAE?\nAn autoencoder with a latent prior.\n\n> [!todo] 복습 필요\n> reparameterization trick\n')).toEqual([['What is a VAE?', 'An autoencoder with a latent prior.']]);
    expect(answersOf('## What is PPO?\nA clipped policy gradient.\n\nReview later: the clipping range\n')).toEqual([['What is PPO?', 'A clipped policy gradient.']]);
  });

  it('is one said to oneself as a chat says it, a laugh and a day round it (`ㅋㅋ 이거 내일 또 봐야지`): under a question with no answer yet, it is none', () => {
    const note = readNote('❓ Knowledge distillation?\n💡 큰 teacher 모델의 soft label을 작은 student가 따라 배우게 함\n\n❓ Mixed precision에서 loss scaling이 필요한 이유?\n\nㅋㅋ 이거 내일 또 봐야지\n', 'notes.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Knowledge distillation?', '💡 큰 teacher 모델의 soft label을 작은 student가 따라 배우게 함'],
      ['Mixed precision에서 loss scaling이 필요한 이유?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['6:todo-note']);
    expect(note.vfile.messages[0]!.message).toContain(`the author's reminder to review (line 6): "ㅋㅋ 이거 내일 또 봐야지"`);
    expect(answersOf('## Dropout이란?\n유닛을 무작위로 끈다.\n\n내일 다시 복습해야지 ㅠㅠ\n')).toEqual([['Dropout이란?', '유닛을 무작위로 끈다.']]);
  });

  it('is no line that only laughs, marks a point, or says what to look at again in a sentence', () => {
    expect(answersOf('## Dropout이란?\n유닛을 무작위로 끈다.\n\n이거 중요 ㅋㅋ\n')[0]![1]).toContain('이거 중요 ㅋㅋ');
    expect(answersOf('## 불균형 데이터에서 무엇을 보나요?\n\n또 봐야 하는 지표는 recall이다.\n')).toEqual([['불균형 데이터에서 무엇을 보나요?', '또 봐야 하는 지표는 recall이다.']]);
    expect(answersOf('## 가장 쉬운 질문은?\n\nㅋㅋ\n')).toEqual([['가장 쉬운 질문은?', 'ㅋㅋ']]);
  });

  it('stays when the callout explains, or the reminder runs on over more lines: the answer says it', () => {
    expect(answersOf('## What is PPO?\nA clipped policy gradient.\n\n> 💡 Tip: clip the ratio at 0.2.\n')[0]![1]).toContain('Tip: clip the ratio');
    expect(answersOf('## PPO란?\n정책 경사를 자른다.\n\n> 💡 핵심: clipping이 업데이트 폭을 제한한다.\n')[0]![1]).toContain('핵심: clipping');
    expect(answersOf('## PPO란?\n정책 경사를 자른다.\n\n> 💡 복습 필요: clipping\n> 비율을 1±ε로 자르는 이유는 업데이트 폭을 제한하기 위해서다.\n')[0]![1]).toContain('비율을 1±ε로');
    // A to-do that is no review is not one.
    expect(answersOf('## What is PPO?\nA clipped policy gradient.\n\nTo review: the ratio is clipped.\n')[0]![1]).toContain('the ratio is clipped');
  });

  it('stays when it points at a post, or says more than a subject: a reference, or the answer going on', () => {
    expect(answersOf('## REINFORCE란?\n정책 경사를 몬테카를로로 추정한다.\n\n다시 보기: [Policy Gradient 정리 글](https://velog.io/@me/pg)\n')[0]![1]).toContain('Policy Gradient 정리 글');
    expect(answersOf('## 재학습 주기는?\n드리프트를 감지하면 재학습한다.\n\n> 다시 봐야 할 것: 성능 지표가 임계값 아래로 떨어진 구간의 데이터\n')[0]![1]).toContain('임계값 아래로');
    expect(answersOf('## What is teacher forcing?\nFeeding the ground truth as the next input.\n\nNeeds review — exposure bias is the downside; scheduled sampling mitigates it.\n')[0]![1]).toContain('exposure bias');
  });

  it("is left out as a list whose every item is one, marked as the author's by an emoji or a to-do marker", () => {
    const note = readNote('## PPO의 clipping은 왜 필요한가?\n\n정책이 한 번에 너무 크게 바뀌지 않게 확률비를 자른다.\n\n- 💡 복습 필요\n\n## GAE란?\n\nTD 오차의 지수 가중 평균.\n\n- 📌 다시 보기\n\n## What is TRPO?\n\nA trust-region update.\n\n- 💡 Needs review: the KL constraint\n- [ ] TODO review\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['PPO의 clipping은 왜 필요한가?', '정책이 한 번에 너무 크게 바뀌지 않게 확률비를 자른다.'],
      ['GAE란?', 'TD 오차의 지수 가중 평균.'],
      ['What is TRPO?', 'A trust-region update.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:todo-note', '11:todo-note', '17:todo-note']);
    expect(note.vfile.messages[0]!.message).toContain(`the author's reminder to review (line 5): "💡 복습 필요"`);
    expect(note.vfile.messages[2]!.message).toContain(`the author's reminders to review (lines 17-18): "💡 Needs review: the KL constraint; TODO review"`);
    // Without a checkbox, `review` alone is a word, as it is on a line of its own.
    expect(answersOf('## What is TRPO?\nA trust-region update.\n\n- review\n')[0]![1]).toContain('review');
  });

  it('is no unmarked item, which in a list is as often a state, a label or a plan: `- 복습 필요`, `- Needs review`, `- 다시 볼 것`', () => {
    // A spaced-repetition card's states, a moderation queue's labels, a study plan's last step.
    expect(answersOf('## Anki 카드의 상태는?\n\n- 새 카드\n- 학습 중\n- 복습 필요\n')[0]![1]).toContain('복습 필요');
    expect(answersOf('## Which labels does the moderation model output?\n\n- Safe\n- Unsafe\n- Needs review\n')[0]![1]).toContain('Needs review');
    expect(answersOf('## 면접 준비 계획은?\n\n- 코딩 테스트 매일 2문제\n- 다시 볼 것: Transformer 논문\n')[0]![1]).toContain('다시 볼 것');
    // Emoji that every point opens with are the points' own (`🟢 읽음`), not a mark of the author's.
    expect(answersOf('## 논문 읽기 현황은?\n\n- 🟢 읽음: ResNet\n- 🟡 읽는 중: ViT\n- 🔴 복습 필요: BERT\n')[0]![1]).toContain('복습 필요');
    // Nor a list of reminders under the words that lead into it: they are all the answer there is.
    expect(answersOf('## 면접 직전에 무엇을 다시 보면 좋을까?\n\n우선순위:\n\n- 💡 복습 필요: Transformer\n- 📌 다시 보기: BERT\n')[0]![1]).toContain('Transformer');
  });

  it('is no step of a checklist that starts with reviewing, a button, a study step: a bare `- 다시 보기`, `- 복습하기`, `- [ ] Review …`', () => {
    expect(answersOf('## What steps do you take before deploying a model?\n\n- [ ] Normalize inputs\n- [ ] Validate on holdout set\n- [ ] Review the confusion matrix\n')[0]![1]).toContain('Review the confusion matrix');
    expect(answersOf('## What are the stages of a labeling pipeline?\n\n- [x] Pre-label with a model\n- [ ] Revisit ambiguous samples\n- [ ] Re-read guidelines\n')[0]![1]).toContain('Re-read guidelines');
    expect(answersOf('## Calibration 절차는?\n\n- [ ] reliability diagram 그리기\n- [ ] 다시 보정하기\n')[0]![1]).toContain('다시 보정하기');
    expect(answersOf('### 넷플릭스 시청 종료 화면에 나오는 버튼은?\n\n- 재생\n- 다시 보기\n')[0]![1]).toContain('다시 보기');
    expect(answersOf('## 효과적인 학습 루틴은 어떻게 구성하나요?\n\n- 강의 듣기\n- 문제 풀기\n- 복습하기\n')[0]![1]).toContain('복습하기');
    expect(answersOf('## 논문을 읽고 나서 할 일은?\n\n순서대로 한다.\n\n- [ ] 요약하기\n- [ ] 다시 보기\n')[0]![1]).toContain('다시 보기');
    expect(answersOf("## What's the last step of a PR workflow before merge?\n\n- [ ] Review\n")[0]![1]).toContain('Review');
  });

  it('is left out as a task list apart from the answer whose every item is a review\'s words or tag alone: `- [ ] 복습하기`, `- [ ] review this`, `- [ ] #review`', () => {
    const note = readNote('## What is dropout?\n\nRandomly zeroing activations in training.\n\n- [ ] 복습하기\n\n## What is LN?\n\nNormalises per sample.\n\n- [ ] review this\n\n## What is BN?\n\nNormalises activations.\n\n- [ ] #review\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations in training.'],
      ['What is LN?', 'Normalises per sample.'],
      ['What is BN?', 'Normalises activations.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:todo-note', '11:todo-note', '17:todo-note']);
    expect(note.vfile.messages[0]!.message).toContain(`the author's reminder to review (line 5): "복습하기"`);
    expect(note.vfile.messages[1]!.message).toContain(`the author's reminder to review (line 11): "review this"`);
    expect(note.vfile.messages[2]!.message).toContain(`the author's reminder to review (line 17): "#review"`);
    // Ticked or not, more than one, the other words and tags of a review.
    const more = readNote('## What is TRPO?\nA trust-region update.\n\n- [x] review later\n- [ ] re-read it\n\n## GAE란?\nTD 오차의 지수 가중 평균.\n\n- [ ] 다시 볼 것\n- [ ] #todo/review\n');
    expect(more.questions.map((question) => question.answer?.markdown)).toEqual(['A trust-region update.', 'TD 오차의 지수 가중 평균.']);
    expect(messagesOf(more.vfile)).toEqual(['4:todo-note', '10:todo-note']);
    expect(more.vfile.messages[0]!.message).toContain(`the author's reminders to review (lines 4-5): "review later; re-read it"`);
    // In an outline the answer sits in its question's item; the task list apart from it is no less the author's.
    expect(answersOf('- What is LN?\n  Normalises per sample.\n\n  - [ ] review this\n')).toEqual([['What is LN?', 'Normalises per sample.']]);
  });

  it('stays when such a task item is among steps, names what to review, answers the question alone or under a lead-in, or sits under a point', () => {
    // The answer's steps, and a study plan whose last step is to review.
    expect(answersOf('## How do you debug a model that will not train?\n\nGo through the basics.\n\n- [ ] Normalize inputs\n- [ ] Review the confusion matrix\n- [ ] Use early stopping\n')[0]![1]).toContain('Review the confusion matrix');
    expect(answersOf('## 모델을 학습시킨 뒤에는 무엇을 하나요?\n\n결과를 기록한다.\n\n- [ ] 데이터 확인\n- [ ] 복습하기\n')[0]![1]).toContain('복습하기');
    // A review of something named is a step, as an unmarked item is.
    expect(answersOf('## What is induction?\n\nA base case and a step.\n\n- [ ] Review the proof of X\n')[0]![1]).toContain('Review the proof of X');
    // Alone under its question, or under the words that lead into it, the list is the whole answer.
    expect(answersOf('## What should I revisit?\n\n- [ ] review this\n')).toEqual([['What should I revisit?', '- [ ] review this']]);
    expect(answersOf('## What should I revisit?\n\nBefore the interview:\n\n- [ ] review this\n')[0]![1]).toContain('review this');
    // Under a point of the answer's list, or as the last item of the answer's own list, the item is a point's.
    expect(answersOf('## GAE란?\n\n가중 평균이다.\n\n- TD 오차를 지수 가중한다.\n  - [ ] 복습하기\n')[0]![1]).toContain('복습하기');
    expect(answersOf('## PPO란?\n\n- PPO는 확률비를 자른다.\n- [ ] 복습하기\n')[0]![1]).toContain('복습하기');
    // A review's verb alone is a process's step as often (`Train`, `Evaluate`, `Review`).
    expect(answersOf('## How do you ship a model?\n\nTrain it, then evaluate it on held-out data.\n\n- [ ] Review\n')[0]![1]).toContain('Review');
    // Under a heading or a bold label (a study plan's day), under words that point at it, or answering a question about
    // reviewing itself, the list is the answer's too (review s67a).
    expect(answersOf('## 2주 학습 계획은?\n\n매일 한 주제씩 본다.\n\n**7일차**\n\n- [ ] 복습하기\n')[0]![1]).toContain('복습하기');
    expect(answersOf('## 면접 전날 루틴은?\n\n체크리스트는 아래와 같다.\n\n- [ ] 복습하기\n')[0]![1]).toContain('복습하기');
    expect(answersOf('## How do you use spaced repetition in your notes?\n\nEach note ends with a box I tick.\n\n- [ ] review this\n')[0]![1]).toContain('review this');
    // Without a checkbox, even alone after a paragraph, `복습 필요` may be the answer: a card's state.
    expect(answersOf('## 간격이 지난 Anki 카드는 어떤 상태가 되나요?\n\n다음 복습일이 지났으므로 상태가 바뀐다.\n\n- 복습 필요\n')[0]![1]).toContain('복습 필요');
  });

  it('goes from the end of a list of the answer\'s points, an item of its own as a reminder\'s paragraph is a line of its own; the points stay', () => {
    const note = readNote('## PPO란?\n\n- PPO는 확률비를 자른다.\n- TRPO보다 구현이 쉽다.\n- 💡 복습 필요\n\n## GAE란?\n\n- advantage의 지수 가중 합.\n  - [ ] 다시 보기\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['PPO란?', '- PPO는 확률비를 자른다.\n- TRPO보다 구현이 쉽다.'],
      ['GAE란?', '- advantage의 지수 가중 합.\n  - [ ] 다시 보기'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['5:todo-note']);
    // In an outline, a question's item over its answer's, the answer's last item is one too.
    expect(answersOf('- PPO에서 clipping은 왜 하나요?\n  - 정책이 급변하지 않게 확률비를 자른다.\n  - 💡 복습 필요: PPO의 clipping\n')).toEqual([
      ['PPO에서 clipping은 왜 하나요?', '- 정책이 급변하지 않게 확률비를 자른다.'],
    ]);
  });

  it('stays on the last line of the answer\'s paragraph, before the answer\'s last point, or when the item only says its words in a sentence', () => {
    expect(answersOf('## A2C란?\n\nadvantage로 정책을 갱신한다.\n💡 복습 필요\n')[0]![1]).toContain('💡 복습 필요');
    expect(answersOf('## PPO란?\n\n- 💡 복습 필요\n- PPO는 확률비를 자른다.\n')[0]![1]).toContain('💡 복습 필요');
    expect(answersOf('## 시각화는 왜 하나요?\n\n- 손실 곡선을 그린다\n- 모델을 다시 보기 좋게 시각화한다\n')[0]![1]).toContain('다시 보기 좋게');
    expect(answersOf('## REINFORCE란?\n정책 경사를 추정한다.\n\n- 다시 보기: [Policy Gradient 정리 글](https://velog.io/@me/pg)\n')[0]![1]).toContain('Policy Gradient 정리 글');
  });

  it('never takes the whole answer as a list, nor keeps a reminder because the question speaks of reviewing', () => {
    expect(answersOf('## What should I revisit first?\n\n- Needs review: CNN\n- Review later: RNN\n')).toEqual([['What should I revisit first?', '- Needs review: CNN\n- Review later: RNN']]);
    expect(answersOf('## 면접 전에 무엇을 복습해야 하나요?\n\n- [ ] 다시 보기: CNN\n- [ ] 다시 보기: RNN\n')).toEqual([['면접 전에 무엇을 복습해야 하나요?', '- [ ] 다시 보기: CNN\n- [ ] 다시 보기: RNN']]);
    // `peer review`, `reviewer`, `다시 보정` ask of no review of the author's: their reminders go.
    expect(answersOf('## What is peer review?\n\nExperts evaluate a paper before publication.\n\n> 💡 Review later: double-blind\n')).toEqual([['What is peer review?', 'Experts evaluate a paper before publication.']]);
    expect(answersOf('## 확률을 다시 보정(calibration)하는 방법은?\n\nPlatt scaling을 쓴다.\n\n복습 필요: temperature scaling\n')).toEqual([['확률을 다시 보정(calibration)하는 방법은?', 'Platt scaling을 쓴다.']]);
    expect(answersOf('## What does a reviewer look for?\n\n- Soundness\n- Novelty\n- 💡 복습 필요\n')).toEqual([['What does a reviewer look for?', '- Soundness\n- Novelty']]);
  });
});
