/**
 * Some titles never ask, whatever their shape: a post's own opening and
 * closing sections ("Summary", "What's next?") and a to-do note an author
 * left to themself ("TODO" over a list). Among question headings, or over a
 * list in copied text, they look like prompts; they are not taken as
 * questions, and what is left out is noted at its line.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { namesClosingSection, neverAsks, saysOmitted } from '../../src/extract/never-asks.js';

const POST = [
  '### What is multi-head attention?',
  '',
  'Several heads in parallel.',
  '',
  '### Why do Transformers need layer normalization?',
  '',
  'Stable activations.',
  '',
  '### Summary',
  '',
  'Attention is all you need.',
  '',
  "### What's next?",
  '',
  'BERT next time.',
].join('\n');

describe("a post's closing sections among question headings", () => {
  it('are not questions, even one that ends with a question mark, and their text is in no answer', () => {
    const note = readNote(POST);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is multi-head attention?', 'Several heads in parallel.'],
      ['Why do Transformers need layer normalization?', 'Stable activations.'],
    ]);
  });

  it('are noted: the heading that asked, and the text of each section', () => {
    const note = readNote(POST);
    expect(messagesOf(note.vfile)).toEqual(['13:post-section', '11:section-text', '15:section-text']);
    expect(note.vfile.messages[0]!.reason).toBe(`"What's next?" names a section of the post, not a question: not taken as one`);
  });

  it('include the wish that closes a cheat sheet (`**Good luck!** 🚀`), which asks nothing', () => {
    const note = readNote('**What is dropout?**\n\nZeroing units at random.\n\n**What is weight decay?**\n\nAn L2 penalty.\n\n---\n\n**Good luck!** 🚀\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is weight decay?']);
  });

  it('include the slide or section that invites questions at the end (`Questions?`, `Q&A`, `Thank you!`)', () => {
    for (const closing of ['Questions?', 'Any questions?', 'Q&A', 'Thank you!', '질의응답']) {
      const note = readNote(`## What is dropout?\n\nZeroing units at random.\n\n## ${closing}\n\nAsk away.\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.text]), closing).toEqual([['What is dropout?', 'Zeroing units at random.']]);
    }
  });

  it("include a Korean talk's closing slide, which asks the audience (`질문 있으신가요?`, `Q&A 시간`, `감사합니다`)", () => {
    for (const closing of ['질문 있으신가요? 🙋', '질문 있나요?', '혹시 궁금한 점 있으신가요?', 'Q&A 시간', '감사합니다']) {
      const note = readNote(`## 드롭아웃이란?\n\n뉴런을 무작위로 끕니다.\n\n---\n\n## ${closing}\n`);
      expect(note.questions.map((question) => question.question), closing).toEqual(['드롭아웃이란?']);
    }
    // One that asks more than the audience's questions is a question still.
    expect(neverAsks('면접 마지막에 질문 있나요? 라고 하면 무엇을 물어야 하나요?')).toBeUndefined();
  });

  it("include the author's notes to self (`## Notes to self`, `## 메모`, `## メモ`), which quiz no one", () => {
    for (const section of ['Notes to self', 'Notes', 'My notes', '메모', '笔记', 'メモ']) {
      // Headings over lists, as a title-like prompt (`## Bias-variance tradeoff` over bullets) is written.
      const note = readNote(`# Optimizers\n\n## Why does momentum help?\n\n- Averages gradients\n\n## ${section}\n\n- re-read the Adam paper\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.text]), section).toEqual([['Why does momentum help?', '• Averages gradients']]);
    }
  });

  it("include the author's card a clipper saves under a post (MarkDownload's `## Written by [Jane Doe](…)`, `## About the author`, `## 저자 소개`), its lines noted", () => {
    for (const card of ['Written by [Jane Doe](https://medium.com/@jane)', 'About the author', '저자 소개']) {
      const note = readNote(`# Understanding KV Caching\n\n## What is KV caching?\n\nStoring the keys and values of past tokens.\n\n## ${card}\n\nML engineer. Writing about NLP.\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.text]), card).toEqual([['What is KV caching?', 'Storing the keys and values of past tokens.']]);
      expect(messagesOf(note.vfile), card).toEqual(['9:section-text']);
    }
    // Only a name after `by`, the title whole, no question mark: a question may ask who wrote something.
    for (const asked of ['Was the Transformer paper written by Google?', 'Written by whom?', 'Published by which lab?', 'Posted by 기준으로 커밋을 찾으려면?', 'About the author of the Adam paper']) {
      expect(neverAsks(asked), asked).toBeUndefined();
    }
  });

  it("include a Japanese post's closing sections (`## まとめ`, `## さいごに`, `## おわりに`)", () => {
    for (const closing of ['まとめ', 'さいごに', 'おわりに']) {
      const note = readNote(`## 交差検証の目的は？\n\n## ${closing}\n\n今後も追記していきます。\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.text ?? null]), closing).toEqual([['交差検証の目的は？', null]]);
    }
  });

  it('are not questions when numbered, or in Korean', () => {
    const note = readNote('## 1. 과적합이란 무엇인가요?\n\n노이즈까지 학습하는 것.\n\n## 2. 드롭아웃이란 무엇인가요?\n\n유닛을 끄는 것.\n\n## 3. 마무리\n\n읽어 주셔서 감사합니다.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['과적합이란 무엇인가요?', '드롭아웃이란 무엇인가요?']);
    // Its text is the post's sign-off (parse/page-footer.ts), left out before the section is read.
    expect(messagesOf(note.vfile).sort()).toEqual(['11:sign-off', '9:post-section']);
  });

  it('include a heading that leads through the post (`Index` over its table of contents) among coding problems', () => {
    const names = ['世界杯开幕式', '文章病句标识', '积分卡牌游戏'];
    const contents = names.map((name, k) => `- [${k + 1}. ${name}](#${k + 1}-${name})\n`).join('');
    const problems = names.map((name, k) => `## ${k + 1}. ${name}\n<div align="center"><img src="p${k}.png" /></div>\n\n**思路**\n- 搜索\n\n**Code(Python)**\n\`\`\`python\nprint(${k})\n\`\`\`\n\n`);
    const note = readNote(`笔试-字节跳动\n===\n\nIndex\n---\n<!-- TOC -->\n\n${contents}\n<!-- /TOC -->\n\n${problems.join('')}`);
    expect(note.questions.map((question) => question.question)).toEqual(names);
  });

  it('on a line of its own in copied text, end the answer above', () => {
    const note = readNote("Title\n\nWhat is dropout?\nRandomly zeroing units.\n\nWhat's next?\nBatch norm, in the next post.\n", 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is dropout?', 'Randomly zeroing units.']]);
    expect(messagesOf(note.vfile)).toEqual(['6:post-section', '7:section-text']);
  });
});

describe("a post's closing section on a line of its own after the last question", () => {
  const answers = (text: string, file = 'post.txt') => answerTextsOf(text, file);

  it('ends the last answer, or leaves the last question unanswered, and its text is noted as a section\'s', () => {
    const note = readNote('CNN 면접 질문\n\n1. 1x1 convolution은 왜 쓰나요?\n채널 수를 줄인다.\n\n2. BN을 채널별로 하는 이유는?\n\n마치며\n다음 글에서는 RNN 질문을 정리할 예정이다.\n', 'velog.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null, question.flags])).toEqual([
      ['1x1 convolution은 왜 쓰나요?', '채널 수를 줄인다.', []],
      ['BN을 채널별로 하는 이유는?', null, ['no-answer']],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['9:section-text']);
    expect(note.vfile.messages[0]!.reason).toBe('Text of the section "마치며" (line 9) is not part of any answer: "다음 글에서는 RNN 질문을 정리할 예정이다."');
    expect(answers('What is a generative model?\nOne that learns P(x, y).\n\nFinal Thoughts\nThese questions come up in every interview. Practice explaining them out loud!\n\nMachine Learning\n')).toEqual([
      ['What is a generative model?', 'One that learns P(x, y).'],
    ]);
  });

  it("is the last answer's own conclusion where it talks of the answer's subject, not of the post", () => {
    expect(answers('## How do you choose between ROC-AUC and PR-AUC?\n\nPR-AUC focuses on the positive class.\n\nConclusion\n\nPrefer PR-AUC when positives are rare.\n', 'post.md')).toEqual([
      ['How do you choose between ROC-AUC and PR-AUC?', 'PR-AUC focuses on the positive class.\nConclusion\nPrefer PR-AUC when positives are rare.'],
    ]);
  });

  it('is read so numbered, and in Markdown, as a bold line too, under a heading question', () => {
    expect(answers('1. 과적합이란?\n노이즈까지 학습하는 것.\n\n2. 마무리\n다음 글에서는 정규화를 다룬다.\n')).toEqual([['과적합이란?', '노이즈까지 학습하는 것.']]);
    expect(answers('## 과적합이란?\n\n노이즈까지 학습하는 것.\n\n**마무리**\n\n다음 글에서는 정규화를 다룬다.\n', 'post.md')).toEqual([['과적합이란?', '노이즈까지 학습하는 것.']]);
    expect(answers('**Q1. What is dropout?**\n\nZeroing units at random.\n\nConclusion:\n\nThat is all for today.\n', 'post.md')).toEqual([['What is dropout?', 'Zeroing units at random.']]);
  });

  it('keeps an answer that concludes in words (`In conclusion, …`), or in a titled part of its own', () => {
    expect(answers('What is dropout?\nZeroing units at random.\nIn conclusion, it regularises.\n')).toEqual([['What is dropout?', 'Zeroing units at random.\nIn conclusion, it regularises.']]);
    expect(answers('Adam과 SGD의 차이는?\n장점\n빠르게 수렴한다.\n결론\n상황에 따라 고른다.\n')).toEqual([['Adam과 SGD의 차이는?', '장점\n빠르게 수렴한다.\n결론\n상황에 따라 고른다.']]);
  });

  it('is no closing section where each answer has its own, where a question follows it, or where nothing does', () => {
    expect(answers('What is bagging?\nAveraging models.\n\nConclusion\nIt lowers variance.\n\nWhat is boosting?\nChaining models.\n\nConclusion\nIt lowers bias.\n')).toEqual([
      ['What is bagging?', 'Averaging models.\nConclusion\nIt lowers variance.'],
      ['What is boosting?', 'Chaining models.\nConclusion\nIt lowers bias.'],
    ]);
    expect(answers('What is dropout?\nZeroing units at random.\n\n마무리\n다음은 weight decay.\n\nWhat is weight decay?\nAn L2 penalty.\n')[0]).toEqual(['What is dropout?', 'Zeroing units at random.\n마무리\n다음은 weight decay.']);
    expect(answers('What is dropout?\nZeroing units at random.\n마무리\n')).toEqual([['What is dropout?', 'Zeroing units at random.\n마무리']]);
  });
});

describe('a to-do note over a list', () => {
  it('is not a question, nor part of the answer above: it is left out and noted with its lines', () => {
    const note = readNote('What is label smoothing?\nSoft targets.\n\nTODO\n- add triplet loss\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is label smoothing?', 'Soft targets.']]);
    expect(messagesOf(note.vfile)).toEqual(['4:todo-note']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out a to-do note (lines 4-5), not a question: "TODO add triplet loss"');
  });

  it('still makes an answer of "TODO" alone a placeholder answer', () => {
    const note = readNote('## What is label smoothing?\n\nTODO\n\n## What is focal loss?\n\nA loss that down-weights easy examples.\n');
    expect(note.questions[0]!.flags).toContain('placeholder-answer');
  });
});

describe("the author's note of what is done over a list (`done ✅`)", () => {
  it('is not a question: it is left out with its list, and noted with its lines', () => {
    const note = readNote('to review before the onsite\n\n- how does logistic regression output a probability\n- why log loss and not MSE\n\ndone ✅\n- wide & deep\n- FTRL\n', 'note.txt');
    expect(note.questions.map((question) => question.question)).toEqual(['how does logistic regression output a probability', 'why log loss and not MSE']);
    expect(messagesOf(note.vfile)).toEqual(['6:todo-note']);
    expect(note.vfile.messages[0]!.reason).toBe(`Left out the author's note of what is done (lines 6-8), not a question: "done ✅ wide & deep FTRL"`);
    const korean = readNote('면접 대비 질문\n\n- 과적합이란?\n- 정규화 방법은?\n\n복습 완료\n- 드롭아웃\n- 어텐션\n', 'note.txt');
    expect(korean.questions.map((question) => question.question)).toEqual(['과적합이란?', '정규화 방법은?']);
    expect(messagesOf(korean.vfile)).toEqual(['6:todo-note']);
  });

  it('answers the question right above it, not yet answered, with its list (review s68): `What is the status of the feature store?` over `Completed`', () => {
    const note = readNote('Interview questions\n\nWhat is the status of the feature store?\nCompleted\n- offline store\n- online store\n\nWhat would you change?\nStart with the online store.\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the status of the feature store?', 'Completed\n• offline store\n• online store'],
      ['What would you change?', 'Start with the online store.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('answers the question above it with a blank line between too, where that question stands alone on its line', () => {
    const note = readNote("Data platform interview questions\n\nWhat's the status of the feature store project you led?\n\nCompleted\n- offline store on Iceberg\n- online store on Redis\n\nWhat would you change?\nStart with the online store.\n", 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ["What's the status of the feature store project you led?", 'Completed\n• offline store on Iceberg\n• online store on Redis'],
      ['What would you change?', 'Start with the online store.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('answers none of a run of unanswered questions over it, a blank line between: it marks what of the note is done', () => {
    const note = readNote('to review\n\nwhat is a calibration curve?\n\nwhat is FTRL?\n\ndone ✅\n- wide & deep\n- FTRL\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['what is a calibration curve?', null],
      ['what is FTRL?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['7:todo-note']);
  });

  it('leaves `done` in the words of a question or an answer', () => {
    const note = readNote('## When is training done?\n\nTraining is done when validation loss stops improving.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['When is training done?', 'Training is done when validation loss stops improving.']]);
  });
});

describe('neverAsks', () => {
  it("names a mark of what is done, the whole title, `'done'`; not a title that says more", () => {
    expect(['done', 'Done:', 'Already reviewed', 'completed', '복습 완료', '완료', '已完成'].map(neverAsks)).toEqual(Array(7).fill('done'));
    expect(['Done vs. not done in Scrum', 'When is training done?', 'Completed data vs censored data', 'Finished goods inventory'].map(neverAsks)).toEqual([undefined, undefined, undefined, undefined]);
  });


  it('names the kind of title that never asks: a whole post-section title, or a to-do marker as the placeholder rule reads one', () => {
    expect(['Summary', "What's next?", 'Conclusion', 'Key takeaways', '요약', '다음 글', 'Index', 'Table of Contents', '目录', 'Summary Table', 'TODO', 'TODO: add triplet loss', '할 일'].map(neverAsks)).toEqual([
      'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'post-section', 'todo', 'todo', 'todo',
    ]);
    expect(
      ['Summary statistics of a batch', 'What is next-token prediction?', 'Todorov regularisation', '베이즈 정리', 'To-do list app: how would you design its backend?', 'Todo app design', 'Index of a vector database'].map(neverAsks),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('saysOmitted', () => {
  it('is true of a line that only says the author left out what stood there, and of nothing that says more', () => {
    expect(['생략', '(생략)', '생략합니다.', 'skip', '(omitted)', '省略'].filter((line) => !saysOmitted(line))).toEqual([]);
    expect(['생략된 차원은?', '자기소개 생략', 'Skip connection이란?'].filter(saysOmitted)).toEqual([]);
  });
});

describe('a title that joins the names of two of a post\'s sections', () => {
  it('never asks, as each name alone (`역질문 & 소감`, `Summary and next steps`); a title joining a name to anything else may', () => {
    expect(['역질문 & 소감', '소감 및 역질문', 'Summary and next steps', '요약 / 회고', '역질문', '反问', 'Reverse questions'].map(neverAsks)).toEqual(Array(7).fill('post-section'));
    expect(['Bias & variance', 'Summary & attention', '역질문 & 연봉 협상은 어떻게 하나요?'].map(neverAsks)).toEqual([undefined, undefined, undefined]);
  });
});

describe('namesClosingSection', () => {
  it("is true of a whole title of a post's closing section, a colon after it allowed, and of nothing that says more", () => {
    expect(['마치며', '글을 마치며', '마무리', '끝으로', 'Conclusion:', 'Wrapping up', 'Final thoughts', '結論', 'おわりに'].filter((title) => !namesClosingSection(title))).toEqual([]);
    expect(['In conclusion, dropout regularises.', 'Summary', '정리', 'Conclusion of the proof', '마무리 투수의 역할은?', "What's next?"].filter(namesClosingSection)).toEqual([]);
  });
});

describe('a question tagged to do (`#todo What is …?`)', () => {
  it('is a question still, answered: only an answer led by the tag is a note to come back', () => {
    const note = readNote('# Probability\n\n#todo What is the difference between MLE and MAP?\nMAP adds a prior.\n\nWhat is a conjugate prior?\n#todo write the derivation\n');
    expect(note.questions.map((question) => [question.answer?.text ?? null, question.flags])).toEqual([
      ['MAP adds a prior.', []],
      ['#todo write the derivation', ['placeholder-answer']],
    ]);
  });
});
