/**
 * A post pasted as Markdown ends with what is not its last answer: the
 * author's sign-off after a rule, the blog's likes and licence. They are
 * left out, each noted where it stood; the same words before the end stay.
 * Copied text, its chrome left out line by line, loses its sign-off so too.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { POST_FOOTER_PATTERNS } from '../../src/parse/post-footers.js';
import { PAGER_PATTERNS } from '../../src/parse/linked-pager.js';
import { GEEKSFORGEEKS_FOOTER_PATTERNS } from '../../src/parse/footer-openings.js';

/** Each note reads one question, its answer `answer`, the pager's two lines of plain words after it left out as site chrome. */
function expectPagerWordsLeftOut(cases: ReadonlyArray<readonly [note: string, answer: string]>): void {
  for (const [note, answer] of cases) {
    const read = readNote(note);
    expect(read.questions.map((question) => question.answer?.text), note).toEqual([answer]);
    expect(messagesOf(read.vfile).filter((message) => message.endsWith(':site-chrome')), note).toHaveLength(2);
  }
}

/** Each `links` line under a question's answer stays the answer's last line, its link words as shown, with no message. */
function expectLinksKept(asked: string, answer: string, cases: readonly string[]): void {
  for (const links of cases) {
    const note = readNote(`## ${asked}\n\n${answer}\n\n${links}\n`);
    expect(note.questions.map((question) => question.answer?.text), links).toEqual([`${answer}\n${links.replace(/\]\([^)]*\)/g, '').replaceAll('[', '')}`]);
    expect(messagesOf(note.vfile), links).toEqual([]);
  }
}

describe("a Markdown note's closing", () => {
  it("leaves the author's sign-off and the rule over it out of the last answer, with a note", () => {
    const note = readNote(
      '## What is overfitting?\n\nThe model fits noise.\n\n## What is underfitting?\n\nThe model is too simple.\n\n---\n\nThanks for reading! If this helped, leave a ⭐ on the repo. Good luck with your interviews 🙌\n',
    );
    expect(note.questions.at(-1)!.answer?.text).toBe('The model is too simple.');
    expect(messagesOf(note.vfile)).toEqual(['11:sign-off']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out the note\'s sign-off after its last answer: "Thanks for reading! If this helped, leave a ⭐ on the repo. Good luck with your interviews 🙌"');
  });

  it("knows Korean sign-offs too, and keeps an answer that only starts like one", () => {
    expect(answerTextsOf('## 과적합이란?\n\n노이즈까지 학습함.\n\n읽어주셔서 감사합니다!\n')).toEqual([['과적합이란?', '노이즈까지 학습함.']]);
    // Not a question that the note forgot to answer.
    expect(answerTextsOf('## 과적합이란?\n\n노이즈까지 학습함.\n\n다음 글에서 만나요.\n')).toEqual([['과적합이란?', '노이즈까지 학습함.']]);
    expect(answerTextsOf('## How do you prepare for an interview?\n\nGood luck is not a plan: practise aloud.\n')).toEqual([['How do you prepare for an interview?', 'Good luck is not a plan: practise aloud.']]);
  });

  it("knows a Korean blog's plea for likes and corrections, and a sign-off set in italics", () => {
    for (const plea of ['공감과 댓글은 큰 힘이 됩니다 :)', '틀린 내용이 있다면 댓글로 알려주세요!', '*If you liked this post, share it!*']) {
      const note = readNote(`## 역전파란?\n\n오차를 연쇄 법칙으로 전파한다.\n\n---\n\n${plea}\n`);
      expect(note.questions.map((question) => question.answer?.text), plea).toEqual(['오차를 연쇄 법칙으로 전파한다.']);
      expect(messagesOf(note.vfile), plea).toEqual(['7:sign-off']);
    }
    // An answer that speaks of comments, or of what is wrong, is the answer's.
    expect(answerTextsOf('## 오차 분석은 어떻게 하나요?\n\n틀린 예시를 유형별로 모은다.\n\n틀린 부분이 있다면 그 원인이 데이터인지 모델인지 먼저 구분한다.\n')).toEqual([
      ['오차 분석은 어떻게 하나요?', '틀린 예시를 유형별로 모은다.\n틀린 부분이 있다면 그 원인이 데이터인지 모델인지 먼저 구분한다.'],
    ]);
    expect(answerTextsOf('## 댓글 분류 모델은 어떻게 평가하나요?\n\n틀린 라벨이 있으면 정밀도가 낮게 나온다.\n')).toEqual([['댓글 분류 모델은 어떻게 평가하나요?', '틀린 라벨이 있으면 정밀도가 낮게 나온다.']]);
  });

  it("leaves out a series' teaser of its next post closing the note, an emoji before it or not, and keeps an answer that speaks of the next part", () => {
    const note = readNote('🔹 **Pooling을 쓰는 이유는?**\n👉 연산량을 줄인다.\n\n🔹 **1x1 conv는 왜 쓰나요?**\n👉 채널 수를 조절한다.\n\n✅ 다음 편: Object detection 질문\n');
    expect(note.questions.at(-1)!.answer?.text).toBe('채널 수를 조절한다.');
    expect(messagesOf(note.vfile)).toEqual(['7:sign-off']);
    expect(answerTextsOf('## What comes after convolutions?\n\nPooling.\n\nNext up: RNNs and attention.\n')).toEqual([['What comes after convolutions?', 'Pooling.']]);
    expect(answerTextsOf('## 다음 단계는?\n\n다음 편에서 다룰 detection 모델을 학습한다.\n')).toEqual([['다음 단계는?', '다음 편에서 다룰 detection 모델을 학습한다.']]);
  });

  it('keeps a sign-off that is not the last paragraph: what follows is still the answer', () => {
    expect(answerTextsOf('## What is dropout?\n\nThanks for reading the paper first.\n\nIt zeroes random units.\n')).toEqual([['What is dropout?', 'Thanks for reading the paper first.\nIt zeroes random units.']]);
  });

  it("leaves a blog's footer out of the last paragraph, the blog's tags over it too, line by line", () => {
    const note = readNote('Q. Soft margin SVM의 C 파라미터 역할은?<br>\nA. C가 크면 margin이 좁아집니다.<br>\n\n#머신러닝 #SVM\n공감 5  댓글 2\n', 'naver.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Soft margin SVM의 C 파라미터 역할은?', 'C가 크면 margin이 좁아집니다.']]);
    expect(messagesOf(note.vfile)).toEqual(['4:site-chrome', '5:site-chrome']);
    const joined = readNote('## 과적합이란?\n\n노이즈까지 학습합니다.\n공감\n저작자표시 비영리 변경금지\n');
    expect(joined.questions[0]!.answer?.text).toBe('노이즈까지 학습합니다.');
    expect(messagesOf(joined.vfile)).toEqual(['4:site-chrome', '5:site-chrome']);
  });

  it("leaves a Velog post's likes and comments on one line out of the last answer, and so the references over them, an emoji on their name and a rule over it", () => {
    const note = readNote(
      '### Q. Layer Normalization을 Pre-LN으로 두는 이유?\n\nA. 학습 안정성. Post-LN은 깊어지면 발산하기 쉬움.\n\n---\n📌 참고\n- https://arxiv.org/abs/1706.03762\n- https://github.com/boost-devs/ai-tech-interview\n\n#딥러닝 #면접\n\n좋아요 12 · 댓글 3\n',
      'velog.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Layer Normalization을 Pre-LN으로 두는 이유?', '학습 안정성. Post-LN은 깊어지면 발산하기 쉬움.']]);
    expect(messagesOf(note.vfile)).toEqual(['12:site-chrome', '10:tag-line', '6:references']);
  });

  it("keeps Velog's `좋아요 12 · 댓글 3` closing the note where the answer leads into it: under a colon, or a line that stops mid-sentence", () => {
    // Review s68: the line an answer shows as its data was cut, the answer flagged incomplete.
    const colon = readNote('# 추천 피처 엔지니어링\n\n## 반응 피처는 어떻게 입력하나요?\n\n각각 log(1 + x)로 바꿔 넣는다. 원본 로그 한 줄은 이렇게 생겼다:\n\n좋아요 12 · 댓글 3\n');
    expect(colon.questions.map((question) => [question.answer?.text, question.flags])).toEqual([['각각 log(1 + x)로 바꿔 넣는다. 원본 로그 한 줄은 이렇게 생겼다:\n좋아요 12 · 댓글 3', []]]);
    expect(messagesOf(colon.vfile)).toEqual([]);
    expect(answerTextsOf('## 인기 글 점수는?\n\n가중합이다. 예를 들어 어떤 글이\n좋아요 12 · 댓글 3\n')).toEqual([['인기 글 점수는?', '가중합이다. 예를 들어 어떤 글이\n좋아요 12 · 댓글 3']]);
    // Under a sentence that ends, it is the page's.
    expect(answerTextsOf('## 과적합이란?\n\n노이즈까지 학습합니다.\n\n좋아요 12 · 댓글 3\n')).toEqual([['과적합이란?', '노이즈까지 학습합니다.']]);
  });

  it("leaves a Tistory post's tags block over the blog's footer out of the last paragraph, in its paragraph or its own", () => {
    for (const [ending, chrome] of [['\n게시글 관리\n태그\n머신러닝, 면접\n공유하기\n', 4], ['\n\n태그\n머신러닝, 면접\n\n공감 3 댓글 1\n', 3]] as const) {
      const note = readNote(`## 과적합이란?\n\n노이즈까지 학습합니다.${ending}`);
      expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['노이즈까지 학습합니다.']);
      expect(messagesOf(note.vfile).filter((message) => message.endsWith('site-chrome'))).toHaveLength(chrome);
    }
    expect(answerTextsOf('## 시맨틱 태그의 예시는?\n\n태그\nheader, nav, main\n')).toEqual([['시맨틱 태그의 예시는?', '태그\nheader, nav, main']]);
  });

  it("keeps `태그` over names that an answer's sentence runs on into, or with no Tistory line round it (a `©` footer under it)", () => {
    // Review s68: the answer's example was cut, over `공유하기` or a footer that is not Tistory's.
    expect(answerTextsOf('## 과적합이란?\n\n노이즈까지 학습합니다.\n태그\n머신러닝, 면접\n공유하기\n')).toEqual([['과적합이란?', '노이즈까지 학습합니다.\n태그\n머신러닝, 면접']]);
    expect(answerTextsOf('# HTML 면접 질문\n\n## 인라인 요소의 예는?\n\n아래 태그 목록 참고.\n\n태그\nspan, a, strong, em\n\n© 2024 My Study Notes\n')).toEqual([['인라인 요소의 예는?', '아래 태그 목록 참고.\n태그\nspan, a, strong, em']]);
  });

  it('leaves out the line that says when the page was last changed, in emphasis too, and the rule over it', () => {
    const note = readNote('### What should you monitor after deployment?\n\nInput drift, latency.\n\n---\n\n*Last edited 2024-02-08. Diagrams made with Mermaid.*\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What should you monitor after deployment?', 'Input drift, latency.']]);
    expect(messagesOf(note.vfile)).toEqual(['7:site-chrome']);
  });

  it('knows that line in Korean, Chinese and Japanese, with a colon or a date after its words, in copied text too', () => {
    for (const footer of ['_최종 수정: 2024-03-02 by 박서준_', '마지막 수정일 2024.03.02', '最后编辑于 2024-03-02 10:21', '最終更新日：2024年3月2日']) {
      for (const file of ['page.md', 'page.txt']) {
        const note = readNote(`1. 모델 드리프트는 어떻게 감지하나요?\n\n입력 분포를 PSI로 모니터링한다.\n\n${footer}\n`, file);
        expect(note.questions.map((question) => question.answer?.markdown), `${footer} (${file})`).toEqual(['입력 분포를 PSI로 모니터링한다.']);
        expect(messagesOf(note.vfile)).toEqual(['5:site-chrome']);
      }
    }
    expect(answerTextsOf('1. 모델을 배포한 뒤 무엇을 바꾸나요?\n\n최종 수정된 모델만 배포한다.\n', 'page.txt')).toEqual([['모델을 배포한 뒤 무엇을 바꾸나요?', '최종 수정된 모델만 배포한다.']]);
  });

  it("leaves out a Reddit post's votes, comments and buttons under it, and who posted it when, over it in copied text", () => {
    const post = '1. What is teacher forcing?\n\nFeeding the true token back in while training.\n\n142 upvotes · 23 comments · Share · Save\n';
    const markdown = readNote(post, 'post.md');
    expect(markdown.questions.map((question) => question.answer?.markdown)).toEqual(['Feeding the true token back in while training.']);
    expect(messagesOf(markdown.vfile)).toEqual(['5:site-chrome']);
    const copied = readNote(`Posted by u/gradient_ascent · 3 days ago\n\n${post}`, 'post.txt');
    expect(copied.questions.map((question) => question.answer?.markdown)).toEqual(['Feeding the true token back in while training.']);
    expect(messagesOf(copied.vfile)).toEqual(['1:site-chrome', '7:site-chrome']);
  });

  it("leaves out the footers of Tistory, Zhihu, Nowcoder, Medium and LinkedIn posts, line by line, and Tistory's ad slot anywhere", () => {
    const footers = [
      ['반응형', '공유하기', '게시글 관리', '구독하기개발하는 곰돌이'],
      ['编辑于 2023-09-15 10:21・IP 属地北京', '\u200b赞同 1024\u200b 32 条评论', '分享', '收藏', '喜欢', '收起'],
      ['浏览 3.2k', '点赞 12 评论 5 收藏 30'],
      ['5 min read', '3.4K Followers', 'Recommended from Medium'],
      ['…see more', 'CelebrateSupportLove', '52 reposts', 'Like Comment Repost Send'],
    ];
    for (const footer of footers) {
      const note = readNote(`## What is dropout?\n\nIt zeroes random units.\n\n${footer.join('\n\n')}\n`);
      expect(note.questions.map((question) => question.answer?.text), footer[0]).toEqual(['It zeroes random units.']);
      expect(messagesOf(note.vfile).every((message) => message.endsWith(':site-chrome'))).toBe(true);
    }
    // LinkedIn's counts and buttons, a line each under its reactions, are its footer's too; alone, they may answer.
    const linkedIn = readNote('What is dropout?\n→ It zeroes random units.\n\nCelebrateSupportLove\n2,431\n187 comments\n52 reposts\nLike\nComment\nRepost\nSend\n', 'post.txt');
    expect(linkedIn.questions.map((question) => question.answer?.text)).toEqual(['It zeroes random units.']);
    expect(messagesOf(linkedIn.vfile)).toEqual([4, 5, 6, 7, 8, 9, 10, 11].map((line) => `${line}:site-chrome`));
    expect(answerTextsOf('Which reaction is used most?\nLike\n')).toEqual([['Which reaction is used most?', 'Like']]);
    expect(answerTextsOf('Which button shares a post privately?\n52 reposts\nSend\n')).toEqual([['Which button shares a post privately?', 'Send']]);
    // Under a question still to be answered, Tistory's ad slot is no answer.
    expect(answerTextsOf('1) Perplexity란?\n- 다음 단어를 얼마나 헷갈려하는지.\n\n2) BPE 토크나이저의 동작 방식\n\n반응형\n')).toEqual([
      ['Perplexity란?', '• 다음 단어를 얼마나 헷갈려하는지.'],
      ['BPE 토크나이저의 동작 방식', null],
    ]);
  });

  it("leaves out the line Evernote's web clipper ends a note with, the page it was clipped from", () => {
    const clipped = 'Q - Explain gradient clipping.\nA - Rescale the gradient when its norm exceeds a threshold.\n\nClipped from: https://www.evernote.com/shard/s123/nl/456/abc\n';
    for (const note of [readNote(clipped, 'clipped.txt'), readNote(`# Deep learning\n\n${clipped}`, 'clipped.md')]) {
      expect(note.questions.map((question) => question.answer?.text)).toEqual(['Rescale the gradient when its norm exceeds a threshold.']);
      expect(messagesOf(note.vfile).at(-1)).toMatch(/:site-chrome$/);
    }
  });

  it("keeps an answer that is one of those sites' words or starts as their buttons do", () => {
    expect(answerTextsOf('## Which socket function sends data on a connected socket?\n\nsend\n')).toEqual([['Which socket function sends data on a connected socket?', 'send']]);
    expect(answerTextsOf('## Which emotion class is the largest?\n\nLove\n')).toEqual([['Which emotion class is the largest?', 'Love']]);
    expect(answerTextsOf('## 유튜브의 구독 기능은 어떻게 설계하나요?\n\n구독하기 요청이 오면 구독 테이블에 기록하고 알림을 보낸다.\n')).toEqual([
      ['유튜브의 구독 기능은 어떻게 설계하나요?', '구독하기 요청이 오면 구독 테이블에 기록하고 알림을 보낸다.'],
    ]);
    expect(answerTextsOf('## BERT 是什么时候发布的？\n\n发布于 2018 年 10 月，由 Google 提出。\n')).toEqual([['BERT 是什么时候发布的？', '发布于 2018 年 10 月，由 Google 提出。']]);
    expect(answerTextsOf('## 点赞和评论的数据怎么存？\n\n点赞 12 次以上的评论单独存一张表。\n')).toEqual([['点赞和评论的数据怎么存？', '点赞 12 次以上的评论单独存一张表。']]);
  });

  it('leaves out the link back to the top of the page a README sets under each answer, with a note', () => {
    const note = readNote('## Contents\n\n## What is dropout?\n\nIt zeroes random units.\n\n**[⬆ back to top](#contents)**\n\n## 배치 정규화란?\n\n배치마다 정규화한다.\n\n[⬆ 맨 위로](#contents)\n\n## What is Adam?\n');
    expect(answerTextsOf(note.vfile.value as string)).toEqual([
      ['What is dropout?', 'It zeroes random units.'],
      ['배치 정규화란?', '배치마다 정규화한다.'],
      ['What is Adam?', null],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('site-chrome')).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(['7:site-chrome', '13:site-chrome']);
  });

  it("takes a footer's lines with no letter (a date, a separator) with it, and no such line alone", () => {
    const dated = readNote('## 과적합이란?\n\n노이즈까지 학습합니다.\n공감\n2023. 4. 12. 21:37\n');
    expect(dated.questions[0]!.answer?.text).toBe('노이즈까지 학습합니다.');
    expect(messagesOf(dated.vfile)).toEqual(['4:site-chrome', '5:site-chrome']);
    // A lone `...` ending a note holds an answer's place; it is no footer.
    expect(answerTextsOf('## What is dropout?\n\nIt zeroes random units.\n...\n')).toEqual([['What is dropout?', 'It zeroes random units.\n...']]);
  });

  it('ends the paragraph left where its last kept line ends, not where the footer did', () => {
    const text = '## 과적합이란?\n\n노이즈까지 학습합니다.\n공감\n저작자표시 비영리 변경금지\n';
    const doc = parseSource({ file: 'note.md', text, vfile: new VFile({ path: 'note.md', value: text }) });
    const last = doc.tree.children.at(-1)!;
    expect(last.type).toBe('paragraph');
    expect([last.position!.start.line, last.position!.end.line]).toEqual([3, 3]);
  });

  it('leaves out the counts that end the note under a sign-off, and keeps counts that end it under an answer', () => {
    const note = readNote('## What is data parallelism?\n\nEach device holds the model and takes part of the batch.\n\nFollow me for more ML threads.\n\n12\n\n1.1K\n');
    expect(note.questions[0]!.answer?.text).toBe('Each device holds the model and takes part of the batch.');
    expect(messagesOf(note.vfile)).toEqual(['5:sign-off', '7:site-chrome', '9:site-chrome']);
    expect(answerTextsOf('## How many layers does ResNet-50 have?\n\n50\n')).toEqual([['How many layers does ResNet-50 have?', '50']]);
    // A number alone may answer a sentence that reads as a sign-off: the counts a post shows are two at least.
    expect(answerTextsOf('## What does the book answer?\n\nThanks for reading it to the end:\n\n42\n')).toEqual([['What does the book answer?', 'Thanks for reading it to the end:\n42']]);
  });

  it("leaves out the pager of links a clipped post ends with (MarkDownload, Obsidian Web Clipper), with a note naming each of its lines", () => {
    const note = readNote('# ML 면접 질문 정리\n\n## 드롭아웃은 왜 쓰나요?\n\n뉴런을 무작위로 끄면서 공동 적응을 막는다.\n\n[← Previous](https://example.com/posts/ml-1) [Next →](https://example.com/posts/ml-3)\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['뉴런을 무작위로 끄면서 공동 적응을 막는다.']);
    expect(messagesOf(note.vfile)).toEqual(['7:site-chrome']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out site chrome: "[← Previous](https://example.com/posts/ml-1) [Next →](https://example.com/posts/ml-3)"');
    // Each link in its paragraph, under a rule: the rule goes with them.
    const apart = readNote('## What is batch normalization?\n\nIt normalizes activations over the mini-batch.\n\n* * *\n\n[Previous](https://blog.example.com/dl-part-1)\n\n[Next](https://blog.example.com/dl-part-3)\n');
    expect(apart.questions.map((question) => question.answer?.text)).toEqual(['It normalizes activations over the mini-batch.']);
    expect(messagesOf(apart.vfile)).toEqual(['7:site-chrome', '9:site-chrome']);
  });

  it("knows a pager's Korean and Chinese words, its arrows and the posts' titles in its links, its links by reference, and a rule under it", () => {
    const answer = '## 배치 정규화란?\n\n미니배치 단위로 활성값을 정규화한다.\n\n';
    for (const pager of [
      '[이전 글 [면접] 텐서 기초](https://blog.example.com/1) | [다음 글 [면접] 옵티마이저](https://blog.example.com/3)\n\n---\n',
      '[이전 포스트](https://velog.io/@a/1)\n[다음 포스트](https://velog.io/@a/3)\n',
      '[« 이전](https://blog.example.com/1) [다음 »](https://blog.example.com/3)\n',
      '[上一篇](https://blog.example.com/1)\n\n[下一篇](https://blog.example.com/3)\n',
      '[« Older posts](https://blog.example.com/page/2) · [Newer posts »](https://blog.example.com/)\n',
      '[‹ Prev](https://blog.example.com/1) · [Next: Logistic Regression ›](https://blog.example.com/3)\n',
      '[← Previous: Linear Regression](https://blog.example.com/1)\n',
      '[Next post](https://blog.example.com/3)\n',
      '[← Previous][prev] · [Next →][next]\n\n[prev]: https://blog.example.com/1\n[next]: https://blog.example.com/3\n',
    ]) {
      const note = readNote(answer + pager);
      expect(note.questions.map((question) => question.answer?.text), pager).toEqual(['미니배치 단위로 활성값을 정규화한다.']);
      expect(messagesOf(note.vfile)[0], pager).toBe('5:site-chrome');
    }
  });

  it("knows a pager's links that are an arrow alone, a theme's `<` / `>` round its words, and Medium's and WordPress's words (`Next story`, `Older entries`)", () => {
    const answer = '## What is dropout?\n\nRandomly zeroing units during training.\n\n';
    for (const pager of [
      '[«](https://blog.example.com/1) [»](https://blog.example.com/3)\n',
      '[← ](https://blog.example.com/1) | [ →](https://blog.example.com/3)\n',
      '[⬅️](01.md) [Next ➡️](03.md)\n',
      '[< Prev](https://blog.example.com/1) [Next >>](https://blog.example.com/3)\n',
      '[Previous story](https://medium.com/@a/1) [Next story](https://medium.com/@a/3)\n',
      '[Next story](https://medium.com/@a/3)\n',
      '[« Older Entries](https://blog.example.com/page/2)\n',
      '[Older post](https://blog.example.com/1) [Newer post](https://blog.example.com/3)\n',
    ]) {
      const note = readNote(answer + pager);
      expect(note.questions.map((question) => question.answer?.text), pager).toEqual(['Randomly zeroing units during training.']);
      expect(messagesOf(note.vfile), pager).toEqual(['5:site-chrome']);
    }
    // An arrow alone says no more than a pager's word alone: by itself it may end an answer.
    expect(answerTextsOf(`${answer}[→](https://example.com/dropout-paper)\n`)).toEqual([['What is dropout?', 'Randomly zeroing units during training.\n→']]);
    // Two of them in an answer's example, more said under them, stay.
    expect(answerTextsOf(`${answer}A carousel's links:\n\n[<](#prev) [>](#next)\n\nEach turns a slide.\n`)).toEqual([
      ['What is dropout?', "Randomly zeroing units during training.\nA carousel's links:\n< >\nEach turns a slide."],
    ]);
  });

  it("leaves out a README's navigation, the link to the contents between its two links to pages (`Home`, `목록`, `Index`) with them", () => {
    const answer = '## 배치 정규화란?\n\n미니배치 단위로 활성값을 정규화한다.\n\n';
    for (const pager of [
      '[⬅ Previous](01-cnn.md) | [Home](README.md) | [Next ➡](03-rnn.md)\n',
      '[⬅️ Previous](01-cnn.md) | [🏠 Home](README.md) | [Next ➡️](03-rnn.md)\n',
      '[이전 글](https://blog.example.com/1) [목록](https://blog.example.com/) [다음 글](https://blog.example.com/3)\n',
      '[이전 글](https://blog.example.com/1)\n[목록](https://blog.example.com/)\n[다음 글](https://blog.example.com/3)\n',
      '[« Prev](01.md) · [Index](index.md) · [Next »](03.md)\n\n---\n',
      '[◀ 이전 글](https://blog.example.com/1)\n[목록](https://blog.example.com/)\n[다음 글 ▶](https://blog.example.com/3)\n',
    ]) {
      const note = readNote(answer + pager);
      expect(note.questions.map((question) => question.answer?.text), pager).toEqual(['미니배치 단위로 활성값을 정규화한다.']);
      expect(messagesOf(note.vfile)[0], pager).toBe('5:site-chrome');
    }
    // Nor after the two in their paragraph, as Blogger sets its pager (`Newer Post`, `Older Post`, `Home`).
    for (const pager of [
      '[Newer Post](https://x.blogspot.com/2024/03/a.html) [Older Post](https://x.blogspot.com/2024/02/b.html) [Home](https://x.blogspot.com/)\n',
      '[← Previous](01.md) | [Next →](03.md) | [Home](README.md)\n',
    ]) {
      const note = readNote(answer + pager);
      expect(note.questions.map((question) => question.answer?.text), pager).toEqual(['미니배치 단위로 활성값을 정규화한다.']);
      expect(messagesOf(note.vfile), pager).toEqual(['5:site-chrome']);
    }
    // Not between two: the link to the contents may be the answer's, and the one to a page with it.
    expect(answerTextsOf('## What is dropout?\n\nRandomly zeroing units.\n\n[Home](README.md) | [Next ➡](03.md)\n')).toEqual([['What is dropout?', 'Randomly zeroing units.\nHome | Next ➡']]);
    expect(answerTextsOf('## What is dropout?\n\nRandomly zeroing units.\n\n[« Prev](01.md) [Next »](03.md)\n\n[Contents](README.md)\n')).toEqual([['What is dropout?', 'Randomly zeroing units.\n« Prev Next »\nContents']]);
    expect(answerTextsOf('## Where does the course start?\n\nIn its contents:\n\n[⬅ Previous](01.md) | [Home](README.md) | [Next ➡](03.md)\n')).toEqual([
      ['Where does the course start?', 'In its contents:\n⬅ Previous | Home | Next ➡'],
    ]);
    expect(answerTextsOf('## How do I move between posts?\n\nWith the links under each one:\n\n[Newer Post](https://x.blogspot.com/a) [Older Post](https://x.blogspot.com/b) [Home](https://x.blogspot.com/)\n')).toEqual([
      ['How do I move between posts?', 'With the links under each one:\nNewer Post Older Post Home'],
    ]);
  });

  it("keeps links that are `<` / `>` alone (operators, entities) or go within the page (a game's arrow keys): no pager's", () => {
    expectLinksKept('What are the stream operators in C++?', 'Insertion and extraction; both return the stream.', ['[<<](https://en.cppreference.com/w/cpp/io/basic_ostream/operator_ltlt) [>>](https://en.cppreference.com/w/cpp/io/basic_istream/operator_gtgt)']);
    expectLinksKept('Which characters must be escaped in HTML?', 'The angle brackets, or the parser reads a tag.', ['[<](https://html.spec.whatwg.org/#lt) [>](https://html.spec.whatwg.org/#gt)']);
    expectLinksKept('웹 게임에서 좌우 이동 키 매핑은 어떻게 하나?', '모바일에선 화면 버튼을 둔다.', ['[⬅️](#move-left) [➡️](#move-right)']);
    expectLinksKept('Which keys move the player?', 'The arrow keys, or the buttons on screen.', ['[← Previous](#move-left) [Next →](#move-right)']);
  });

  it("ends a pager of links at a paragraph over it that only links to the contents: that one is not the pager's, the pager under it goes", () => {
    for (const [contents, pager] of [
      ['[Table of Contents](README.md)', '[← Previous](01-dropout.md) | [Next →](03-adam.md)'],
      ['[Home](README.md)', '[Next →](03-optimizers.md)'],
      ['[🏠 Home](README.md)', '[⬅ Previous](05-hash.md) | [Next ➡](07-lsm.md)'],
    ] as const) {
      const note = readNote(`## What is weight decay?\n\nAn L2 penalty on the weights.\n\n${contents}\n\n${pager}\n`);
      const [leftOut, ...closing] = note.vfile.messages.map((message) => message.reason);
      expect(leftOut, pager).toBe(`Left out site chrome: "${pager}"`);
      if (contents.startsWith('[Table')) {
        // A link to the contents by that name stays the answer's.
        expect(note.questions[0]!.answer?.text).toBe('An L2 penalty on the weights.\nTable of Contents');
        expect(closing).toEqual([]);
      } else {
        // `Home` alone is the page's navigation closing the answer (extract/answer-blocks.ts): left out too, and said so.
        expect(note.questions[0]!.answer?.text, pager).toBe('An L2 penalty on the weights.');
        expect(closing, pager).toEqual([`Left out of the answer to "What is weight decay?" the page's navigation links that close it (line 5): "${contents.includes('🏠') ? '🏠 Home' : 'Home'}"`]);
      }
    }
  });

  it("keeps links that only start with a pager's word, a line that says more than its links, and plain words", () => {
    expect(answerTextsOf('## Which framework do you use for SSR?\n\n[Next.js](https://nextjs.org) is a framework.\n\n[Next.js](https://nextjs.org)\n')).toEqual([['Which framework do you use for SSR?', 'Next.js is a framework.\nNext.js']]);
    expect(answerTextsOf('## How is the document organised?\n\nIn parts.\n\nSee [the next section](#x)\n')).toEqual([['How is the document organised?', 'In parts.\nSee the next section']]);
    expect(answerTextsOf('## How do you delete a node?\n\nWalk the list.\n\nKeep the [previous](https://example.com/prev) node, and point it at the next one.\n')).toEqual([
      ['How do you delete a node?', 'Walk the list.\nKeep the previous node, and point it at the next one.'],
    ]);
    expect(answerTextsOf('## What is SSR?\n\nRendering on the server, with:\n\n[Next](https://nextjs.org) | [Nuxt](https://nuxt.com)\n')).toEqual([['What is SSR?', 'Rendering on the server, with:\nNext | Nuxt']]);
    // A link alone that says no more than its word, or goes on past it with no mark, may end an answer.
    expect(answerTextsOf('## Which framework do you use for SSR?\n\nReact, rendered on the server by:\n\n[Next](https://nextjs.org)\n')).toEqual([['Which framework do you use for SSR?', 'React, rendered on the server by:\nNext']]);
    expect(answerTextsOf('## What is a CNN?\n\nA network of convolutions.\n\n[Next steps](https://example.com/cnn-2)\n')).toEqual([['What is a CNN?', 'A network of convolutions.\nNext steps']]);
    // Plain words are no links: the carousel's buttons stay its answer.
    expect(answerTextsOf('## What buttons does the carousel have?\n\nTwo, side by side:\n\nPrevious | Next\n')).toEqual([['What buttons does the carousel have?', 'Two, side by side:\nPrevious | Next']]);
  });

  it("keeps a pager's links where questions follow them, and where they are all a heading holds", () => {
    expect(answerTextsOf('## What is a decision tree?\n\nA tree of tests on features.\n\n[← Previous](https://example.com/1) [Next →](https://example.com/3)\n\n## What is a random forest?\n\nMany trees, their votes averaged.\n')).toEqual([
      ['What is a decision tree?', 'A tree of tests on features.\n← Previous Next →'],
      ['What is a random forest?', 'Many trees, their votes averaged.'],
    ]);
    expect(answerTextsOf('## What comes after RNNs?\n\n[Next: Transformers](https://example.com/transformers)\n\n## What is attention?\n\nWeighting values by query-key similarity.\n')).toEqual([
      ['What comes after RNNs?', 'Next: Transformers'],
      ['What is attention?', 'Weighting values by query-key similarity.'],
    ]);
    expect(answerTextsOf('## What comes after RNNs?\n\n[Next: Transformers](https://example.com/transformers)\n')).toEqual([['What comes after RNNs?', 'Next: Transformers']]);
  });

  it('keeps the links a question written as a line holds as its answer, and those the words over them point at', () => {
    const bold = '# NLP 면접 질문\n\n**Q1. RNN의 한계는?**\n\n장기 의존성 문제가 있다.\n\n';
    expect(answerTextsOf(`${bold}**Q2. Attention 메커니즘이란?**\n\n[다음 글: Attention 메커니즘 정리](https://velog.io/@kim/attention)\n`).at(-1)).toEqual(['Attention 메커니즘이란?', '다음 글: Attention 메커니즘 정리']);
    const labelled = '# NLP\n\nQ: What did RNNs lack?\n\nParallelism.\n\n';
    expect(answerTextsOf(`${labelled}Q: What replaced them?\n\n[← Prev](https://example.com/1) | [Next →](https://example.com/3)\n`).at(-1)).toEqual(['What replaced them?', '← Prev | Next →']);
    // A callout that asks, a question in bold italics, a question over its tags.
    expect(answerTextsOf('# Transformer\n\n> [!question] Q3. Multi-head attention은 왜 여러 head를 쓰나요?\n\n[다음 글: Multi-head Attention 정리 →](https://velog.io/@dl/mha)\n').at(-1)?.at(-1)).toBe('다음 글: Multi-head Attention 정리 →');
    expect(answerTextsOf(`${bold}***Q9. Distillation의 temperature는?***\n\n[다음 글: KD 정리 →](https://velog.io/@ml/kd)\n`).at(-1)).toEqual(['Distillation의 temperature는?', '다음 글: KD 정리 →']);
    // Struck out (`~~…?~~`), a line leads on to no pager: its links are the blog's (only bold's and italics' marks come off).
    expect(answerTextsOf(`${bold}~~Q2. Attention 메커니즘이란?~~\n\n[다음 글: Attention 메커니즘 정리](https://velog.io/@kim/attention)\n`).at(-1)).toEqual(['Attention 메커니즘이란?', null]);
    expect(answerTextsOf('# 경량화\n\nQ. Knowledge distillation에서 temperature의 역할은?\n#면접 #경량화\n\n[다음 글: Distillation 정리 →](https://velog.io/@ml/kd)\n').at(-1)?.at(-1)).toBe('다음 글: Distillation 정리 →');
    expect(answerTextsOf('# Optimizer\n\nQ1. AdamW는 Adam과 무엇이 다른가?\nA. 아래 글 참고\n\n[Next post: AdamW와 Weight Decay의 분리](https://medium.com/@x/adamw)\n')).toEqual([
      ['AdamW는 Adam과 무엇이 다른가?', '아래 글 참고\nNext post: AdamW와 Weight Decay의 분리'],
    ]);
  });

  it("keeps a pager's plain words (`Previous`, `Next`) where a pager of links would stay: they are a carousel's buttons, a linked list's fields", () => {
    // Under words that announce them: a trailing colon, in the paragraph over them or in theirs.
    expect(answerTextsOf('## What does a carousel have?\n\nTwo buttons:\n\nPrevious\n\nNext\n')).toEqual([['What does a carousel have?', 'Two buttons:\nPrevious\nNext']]);
    expect(answerTextsOf('## 연결 리스트의 노드 구조는?\n\n노드가 두 포인터를 갖는다:\n\nPrevious\nNext\n')).toEqual([['연결 리스트의 노드 구조는?', '노드가 두 포인터를 갖는다:\nPrevious\nNext']]);
    // Right under a heading or a question's line, they are all its answer says.
    expect(answerTextsOf('## What are the carousel\'s buttons?\n\nPrevious\n\nNext\n')).toEqual([["What are the carousel's buttons?", 'Previous\nNext']]);
    expect(answerTextsOf('# 자료구조\n\n**Q3. 이중 연결 리스트의 노드가 가리키는 것은?**\n\n이전 글\n\n다음 글\n').at(-1)).toEqual(['이중 연결 리스트의 노드가 가리키는 것은?', '이전 글\n다음 글']);
    // After a finished answer they are the page's pager still, in their paragraph or their own.
    for (const pager of ['이전 글\n\n다음 글\n', 'Previous\nNext\n', 'It has two.\nPrevious\nNext\n']) {
      const note = readNote(`## What does a carousel have?\n\nButtons to turn its slides.\n\n${pager}`);
      expect(note.questions.map((question) => question.answer?.text), pager).toEqual([pager.startsWith('It') ? 'Buttons to turn its slides.\nIt has two.' : 'Buttons to turn its slides.']);
      expect(messagesOf(note.vfile).filter((message) => message.endsWith(':site-chrome')), pager).toHaveLength(2);
    }
  });

  it("leaves out a pager's plain words after a finished answer whose paragraph asked its question further up, as a pager of links", () => {
    for (const [note, answer] of [
      ['# ML interview notes\n\nQ: What is dropout?\nA: Randomly zeroing units during training.\n\n', 'Randomly zeroing units during training.'],
      ['## 딥러닝\n\n**Q3. 옵티마이저 Adam이란?**\n모멘텀과 RMSProp을 합친 방법이다.\n\n', '모멘텀과 RMSProp을 합친 방법이다.'],
      ['## 기울기 소실은 왜 생기나?\n\n층이 깊어지면 어떻게 될까?\n기울기가 0에 가까워진다.\n\n', '층이 깊어지면 어떻게 될까?\n기울기가 0에 가까워진다.'],
    ] as const) {
      for (const pager of ['Previous\nNext\n', '이전 글\n\n다음 글\n', '[← Previous](https://blog.example.com/1) [Next →](https://blog.example.com/3)\n']) {
        const read = readNote(note + pager);
        expect(read.questions.at(-1)?.answer?.text, note + pager).toBe(answer);
        expect(messagesOf(read.vfile).filter((message) => message.endsWith(':site-chrome')), note + pager).toHaveLength(pager.startsWith('[') ? 1 : 2);
      }
    }
    // The question on the line right over them, or over only its tags, they answer still.
    expect(answerTextsOf('# UI\n\nQ: What buttons does a carousel have?\nPrevious\nNext\n')).toEqual([['What buttons does a carousel have?', 'Previous\nNext']]);
    expect(answerTextsOf('# UI\n\nQ. 이미지 슬라이더의 컨트롤 이름은?\n#면접\n\n이전 글\n\n다음 글\n').at(-1)).toEqual(['이미지 슬라이더의 컨트롤 이름은?', '이전 글\n다음 글']);
  });

  it("leaves out a pager's plain words under a question that ends an answer, or a `문제:` line that does not ask, as main does", () => {
    expectPagerWordsLeftOut([
      ['## 기울기 소실 문제란?\n\n깊은 신경망에서 기울기가 층을 지날수록 작아지는 현상이다.\n그렇다면 LSTM은 이 문제를 어떻게 해결할까?\n\n이전 글\n다음 글\n', '깊은 신경망에서 기울기가 층을 지날수록 작아지는 현상이다.\n그렇다면 LSTM은 이 문제를 어떻게 해결할까?'],
      ['## What is batch normalization?\n\nIt normalizes each mini-batch.\nBut what happens at inference time, when there is no batch?\n\nPrevious Post\nNext Post\n', 'It normalizes each mini-batch.\nBut what happens at inference time, when there is no batch?'],
      ['## 배치 크기를 키우면 생기는 일은?\n\n한 스텝의 기울기 추정이 안정되고 GPU를 잘 쓴다.\n문제: 일반화 성능이 떨어질 수 있다.\n\n이전 글\n다음 글\n', '한 스텝의 기울기 추정이 안정되고 GPU를 잘 쓴다.\n문제: 일반화 성능이 떨어질 수 있다.'],
    ]);
  });

  it("leaves out a pager's plain words under words that point down at something else (`아래 댓글로`, `comments below`, `like this`), as main does", () => {
    expectPagerWordsLeftOut([
      ['## 과적합을 막는 방법은?\n\n데이터 증강, 드롭아웃을 쓴다.\n\n궁금한 점은 아래 댓글로 남겨주세요.\n\n이전 글\n다음 글\n', '데이터 증강, 드롭아웃을 쓴다.\n궁금한 점은 아래 댓글로 남겨주세요.'],
      ['## What is a hash collision?\n\nTwo keys in one bucket.\n\nLet me know what you think in the comments below!\n\nPrevious\nNext\n', 'Two keys in one bucket.\nLet me know what you think in the comments below!'],
      ['## What does a carousel have?\n\nTwo buttons, like this\nPrevious\nNext\n', 'Two buttons, like this'],
    ]);
  });

  it("leaves out a pager's plain words under a heading that asks about the next post (`## 다음 글이 궁금하다면?`, `## What's next?`), as main does", () => {
    const asked = readNote('## 옵티마이저 Adam이란?\n\n모멘텀과 RMSProp을 합친 방법이다.\n\n## 다음 글이 궁금하다면?\n\n이전 글\n다음 글\n');
    expect(asked.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['옵티마이저 Adam이란?', '모멘텀과 RMSProp을 합친 방법이다.'],
      ['다음 글이 궁금하다면?', undefined],
    ]);
    expect(messagesOf(asked.vfile).filter((message) => message.endsWith(':site-chrome'))).toEqual(['7:site-chrome', '8:site-chrome']);
    const next = readNote('## What is gradient clipping?\n\nCapping the gradient norm.\n\n## What\'s next?\n\n« Previous\nNext »\n');
    expect(next.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is gradient clipping?', 'Capping the gradient norm.']]);
    expect(messagesOf(next.vfile).filter((message) => message.endsWith(':site-chrome'))).toEqual(['7:site-chrome', '8:site-chrome']);
  });

  it("leaves out a pager whose links go to `#`, a theme's placeholder, as main does: no link within the page", () => {
    const note = readNote('## What is a Bloom filter?\n\nA bit array with k hash functions.\n\n[← Previous Post](#) [Next Post →](#)\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['A bit array with k hash functions.']);
    expect(messagesOf(note.vfile)).toEqual(['5:site-chrome']);
  });

  it("keeps links that are a triangle alone (a player's buttons, a game's d-pad, a video's play button) in the answer, as main does", () => {
    expectLinksKept('동영상 플레이어 UI에 필요한 컨트롤은?', '재생, 되감기, 빨리 감기.', [
      '[◀◀](https://icons.example.com/rewind.svg) [▶](https://icons.example.com/play.svg) [▶▶](https://icons.example.com/fast-forward.svg)',
      '[◀](wiki/move-left.md) [▶](wiki/move-right.md)',
      '[▶️](https://youtu.be/aaaa) [▶️](https://youtu.be/bbbb)',
    ]);
    // With a pager's words, a triangle marks a pager still.
    const worded = readNote('## 동영상 플레이어 UI에 필요한 컨트롤은?\n\n재생, 되감기, 빨리 감기.\n\n[◀ 이전 글](https://blog.example.com/1) [다음 글 ▶](https://blog.example.com/3)\n');
    expect(worded.questions.map((question) => question.answer?.text)).toEqual(['재생, 되감기, 빨리 감기.']);
    expect(messagesOf(worded.vfile)).toEqual(['5:site-chrome']);
  });

  it("leaves out a pager's plain words under a heading that asks nothing, or a references section's name: the page's pager, as links under them are not", () => {
    const navigation = readNote('## What is a hash collision?\n\nTwo keys map to the same bucket.\n\n## Post navigation\n\nPrevious Post\n\nNext Post\n');
    expect(navigation.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is a hash collision?', 'Two keys map to the same bucket.']]);
    expect(messagesOf(navigation.vfile)).toEqual(['7:site-chrome', '9:site-chrome', '5:empty-section']);
    // WordPress's heading for its pager is none of the note's, over links too.
    const linked = readNote('## What is a hash collision?\n\nTwo keys map to the same bucket.\n\n## Post navigation\n\n[← Previous Post](https://blog.example.com/trees)\n\n[Next Post →](https://blog.example.com/heaps)\n');
    expect(linked.questions.map((question) => question.question)).toEqual(['What is a hash collision?']);
    expect(messagesOf(linked.vfile)).toEqual(['7:site-chrome', '9:site-chrome', '5:empty-section']);
    // Under a references section's name, words cite nothing: the section is left out with nothing in it, and the pager as chrome.
    const cited = readNote('## 배치 정규화는 왜 쓰나?\n\n학습을 빠르고 안정적으로 만든다.\n\n**참고**\n\n이전 글\n\n다음 글\n');
    expect(cited.questions.map((question) => question.answer?.text)).toEqual(['학습을 빠르고 안정적으로 만든다.']);
    expect(messagesOf(cited.vfile)).toEqual(['7:site-chrome', '9:site-chrome', '5:references']);
  });

  it("keeps `Next story` as plain words, which are an answer's (a board's column, a wrapped sentence's end): only a link says Medium's", () => {
    expect(answerTextsOf("What columns does your team's board have?\nBacklog\nNext story\nIn progress\nDone\n\nWhat is a sprint?\nTwo weeks of work.\n", 'board.txt')[0]).toEqual([
      "What columns does your team's board have?",
      'Backlog\nNext story\nIn progress\nDone',
    ]);
    expect(answerTextsOf('## How do you finish a ticket?\n\nI demo it to the PO, merge it behind a flag, and then I pull the\nnext story\n')).toEqual([
      ['How do you finish a ticket?', 'I demo it to the PO, merge it behind a flag, and then I pull the\nnext story'],
    ]);
  });

  it("keeps what looks like a pager but is the note's: a citation under a references section's name, a pagination example with more said under it", () => {
    // The citation is the references section's, left out with it (and said so), not as the page's pager.
    const cited = readNote('## What came before the Transformer?\n\nRNN encoders with attention.\n\n**References**\n\n[Previous: Bahdanau et al., 2014](https://arxiv.org/abs/1409.0473)\n');
    expect(cited.questions.map((question) => question.answer?.text)).toEqual(['RNN encoders with attention.']);
    expect(messagesOf(cited.vfile)).toEqual(['5:references']);
    expect(answerTextsOf('## How would you build a pagination component?\n\nRender the controls as links.\n\n[prev](?page=1) [next](?page=3)\n\nThen disable prev on the first page.\n')).toEqual([
      ['How would you build a pagination component?', 'Render the controls as links.\nprev next\nThen disable prev on the first page.'],
    ]);
  });

  it("leaves a note's own closing tags to the tag lines' note", () => {
    const note = readNote('## What is dropout?\n\nIt zeroes random units.\n\n#dl #regularisation\n');
    expect(note.questions[0]!.answer?.text).toBe('It zeroes random units.');
    expect(messagesOf(note.vfile)).toEqual(['5:tag-line']);
  });
});

describe("a copied post's closing", () => {
  it("leaves out a social post's call to action after its last answer, under its tags and chrome too", () => {
    const note = readNote(
      'Top ML questions 👇\n\n1️⃣ What is dropout?\n→ Zeroing units at random.\n\n2️⃣ What is weight decay?\n→ An L2 penalty.\n\nWhich one would you add? ♻️ Repost to help someone prepping!\n\n#MachineLearning #Interviews\n…see more\n',
      'post.txt',
    );
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Zeroing units at random.', 'An L2 penalty.']);
    expect(messagesOf(note.vfile).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(['9:sign-off', '11:tag-line', '12:site-chrome']);
  });

  it("leaves out a thread's last words and the counts under them", () => {
    const note = readNote('Q: What is data parallelism?\n\nA: Each device takes part of the batch.\nIf you found this useful, follow me @svpino for more.\n12\n148\n1.1K\n96K\n', 'thread.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Each device takes part of the batch.']);
    expect(messagesOf(note.vfile)).toEqual(['4:sign-off', ...[5, 6, 7, 8].map((line) => `${line}:site-chrome`)]);
  });

  it("keeps a wish that may end the last answer's own words (감사합니다., Good luck with …); a goodbye to the reader signs a copied post off", () => {
    expect(answerTextsOf('What is a deadlock?\nTwo processes each wait for the other.\n\nThanks for reading!\n', 'post.txt')).toEqual([['What is a deadlock?', 'Two processes each wait for the other.']]);
    expect(answerTextsOf('1분 자기소개 해주세요.\n안녕하세요, 데이터를 좋아하는 지원자입니다.\n감사합니다.\n', 'intro.txt')).toEqual([['1분 자기소개 해주세요.', '안녕하세요, 데이터를 좋아하는 지원자입니다.\n감사합니다.']]);
    expect(answerTextsOf('Q: What do you say to the on-call engineer?\nA: Good luck with the launch, ping Sara for anything urgent.\n', 'handover.txt')).toEqual([
      ['What do you say to the on-call engineer?', 'Good luck with the launch, ping Sara for anything urgent.'],
    ]);
  });

  it('leaves out a goodbye that wishes the readers luck in their interviews, in English, Chinese or Japanese (`以上`, "that is all")', () => {
    expect(answerTextsOf('What is focal loss?\nA loss that down-weights easy examples.\n\nGood luck with your interviews!\n', 'post.txt')).toEqual([['What is focal loss?', 'A loss that down-weights easy examples.']]);
    expect(answerTextsOf('问：讲一下Attention的计算过程\n答：QK点积缩放后softmax，再乘V。\n\n祝大家都拿到心仪offer！🎉\n', 'post.txt')).toEqual([['讲一下Attention的计算过程', 'QK点积缩放后softmax，再乘V。']]);
    expect(answerTextsOf('Q1. 過学習とは何ですか？\nA. 汎化性能が低下する現象です。\n\n以上\n', 'memo.txt')).toEqual([['過学習とは何ですか？', '汎化性能が低下する現象です。']]);
    // A question whose answer is not written yet stays without one.
    expect(answerTextsOf('What is focal loss?\n\nGood luck with your interviews!\n', 'post.txt')).toEqual([['What is focal loss?', null]]);
  });

  it("leaves out a Naver Cafe post's likes and buttons, and its readers' comments under the lone 댓글 to the note's end: a reader's question is no question", () => {
    const note = readNote(
      '면접 질문 정리\n\n1. 과적합을 판단하는 방법은?\n→ 검증 손실이 다시 올라가면 과적합.\n\n좋아요 23\n댓글 2\n공유\n신고\n댓글\n취준생123\n2024.04.03. 09:12\n정리 감사합니다!! 혹시 코테는 어땠나요?\n답글쓰기\n',
      'cafe.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['과적합을 판단하는 방법은?', '검증 손실이 다시 올라가면 과적합.']]);
    expect(messagesOf(note.vfile)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14].map((line) => `${line}:site-chrome`));
    // Alone, the buttons' words answer, and a lone 댓글 heads what follows it.
    const copied = (text: string) => answerTextsOf(text, 'note.txt');
    expect(copied('1. 공유 버튼을 누르면 무엇을 하나요?\n공유\n')).toEqual([['공유 버튼을 누르면 무엇을 하나요?', '공유']]);
    expect(copied('1. 게시판의 어떤 기능을 설계했나요?\n댓글\n대댓글은 부모 id로 묶었어요.\n')).toEqual([['게시판의 어떤 기능을 설계했나요?', '댓글\n대댓글은 부모 id로 묶었어요.']]);
  });

  it('leaves out the comments a Feishu doc counts at its end, as many as it counts, a line each', () => {
    const note = readNote('算法岗面试八股整理\n\n1. BN 和 LN 的区别？\n答：BN 在 batch 维度上归一化，LN 在特征维度上归一化。\n评论（2）\n李娜：第1题还可以补充 RMSNorm\n王强：感谢整理！\n', 'feishu.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['BN 在 batch 维度上归一化，LN 在特征维度上归一化。']);
    expect(messagesOf(note.vfile)).toEqual(['5:site-chrome', '6:site-chrome', '7:site-chrome']);
    // Past its count, a labelled line is the note's own again.
    const counted = readNote('整理\n\n问：BN 和 LN 的区别？\n答：归一化的维度不同。\n评论（1）\n李娜：感谢！\n问：什么是 RMSNorm？\n答：只按均方根缩放。\n', 'feishu.txt');
    expect(counted.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['BN 和 LN 的区别？', '归一化的维度不同。'],
      ['什么是 RMSNorm？', '只按均方根缩放。'],
    ]);
    // Within its count, the note's own labelled lines are no comments: the count is off, the question still asks.
    const labelled = readNote('整理\n\n问：什么是 AUC？\n答：ROC 曲线下的面积。\n评论（2）\n问：KS 值是什么？\n答：正负样本累计分布的最大差值。\n', 'feishu.txt');
    expect(labelled.questions.map((question) => question.question)).toEqual(['什么是 AUC？', 'KS 值是什么？']);
  });

  it("leaves out a Korean post's closing line that wishes its readers well, a remark before the wish or not, where it ends the post over the page's buttons", () => {
    const note = readNote(
      '면접 질문 정리\n\n1. 과적합을 판단하는 방법은?\n→ 검증 손실이 다시 올라가면 과적합.\n\n2. 최근에 읽은 논문 소개 (LoRA 얘기함)\n\n면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!\n\n좋아요 23\n댓글 2\n공유\n',
      'cafe.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['과적합을 판단하는 방법은?', '검증 손실이 다시 올라가면 과적합.'],
      ['최근에 읽은 논문 소개 (LoRA 얘기함)', null],
    ]);
    expect(messagesOf(note.vfile).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(['8:sign-off', '10:site-chrome', '11:site-chrome', '12:site-chrome']);
    expect(note.vfile.messages.find((message) => message.ruleId === 'sign-off')!.reason).toBe('Left out the note\'s sign-off after its last answer: "면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!"');
    for (const closing of ['취준 화이팅입니다 ㅎㅎ', '모두 합격하시길 바랍니다 🙏', '정리는 여기까지! 도움이 되셨으면 좋겠습니다 :)', 'The interviewers were kind. Good luck everyone!', 'Good luck everyone!']) {
      expect(answerTextsOf(`1. 과적합이란?\n→ 노이즈까지 학습.\n\n${closing}\n`, 'post.txt'), closing).toEqual([['과적합이란?', '노이즈까지 학습.']]);
    }
  });

  it("leaves out a voice memo's closing words, its speaker stopping the recording (`Okay that's it, stop recording.`), after the last answer", () => {
    const note = readNote('Voice memo\n\nUh next question. How does a random forest reduce variance? So it averages many decorrelated trees.\n\nOkay that\'s it, stop recording.\n', 'memo.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['How does a random forest reduce variance?', 'So it averages many decorrelated trees.']]);
    expect(messagesOf(note.vfile)).toEqual(['5:sign-off']);
  });

  it('keeps a closing line that tells of a wish, says more than a remark, answers by its arrow, or stands right under the answer', () => {
    const under = (line: string) => answerTextsOf(`1. 면접 분위기는 어땠나요?\n\n${line}\n`, 'post.txt')[0]![1];
    for (const line of ['다들 화이팅하는 분위기였어요.', '좋은 결과 있었어요.', '모두 합격하기 위해 노력했어요.', 'It uses two pointers. Each moves inward. Good luck everyone!', '→ 긴장했지만 괜찮았어요. 다들 좋은 결과 있길!!']) {
      expect(under(line), line).toBe(line.replace(/^→ /, ''));
    }
    // Right under the question, the line answers it; set apart by a blank line, over the post's buttons, it closes the post.
    expect(answerTextsOf('1. 면접 분위기는 어땠나요?\n면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!\n', 'post.txt')).toEqual([['면접 분위기는 어땠나요?', '면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!']]);
    expect(answerTextsOf('1. 면접 분위기는 어땠나요?\n\n면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!\n\n좋아요 23\n공유\n', 'post.txt')).toEqual([['면접 분위기는 어땠나요?', null]]);
    // Ending the note, with nothing of the page under it, it may be the last answer with a wish added: kept.
    expect(under('Randomly zeroing units during training. Good luck everyone!')).toBe('Randomly zeroing units during training. Good luck everyone!');
    expect(under('입력 분포를 정규화하는 것. 다들 화이팅!')).toBe('입력 분포를 정규화하는 것. 다들 화이팅!');
  });

  it("leaves out a Xiaohongshu post's date and place, its counts, and from its count of comments to the note's end, the readers' comments", () => {
    const note = readNote(
      '问：BN和LN的区别？\n答：归一化的维度不同。\n\n问：讲一下Attention的计算过程\n\n编辑于 2023-09-18 北京\n共 2 条评论\n小王同学\n第5题能展开讲讲吗？\n09-19 上海\n赞 1.2万 收藏 8932\n',
      'xhs.txt',
    );
    // The reader's question asks nothing of the note, and the question the author left unanswered stays so.
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['BN和LN的区别？', '归一化的维度不同。'],
      ['讲一下Attention的计算过程', undefined],
    ]);
    expect(messagesOf(note.vfile)).toEqual([6, 7, 8, 9, 10, 11].map((line) => `${line}:site-chrome`));
    // Within an answer's sentence, the words are the answer's.
    expect(answerTextsOf('问：评论数怎么展示？\n答：共 56 条评论时只展示前 3 条。\n', 'post.txt')).toEqual([['评论数怎么展示？', '共 56 条评论时只展示前 3 条。']]);
  });

  it("leaves out a DEV post's readers' comments, from its Top comments (N) to the note's end, and its list of posts under Code of Conduct • Report abuse", () => {
    const note = readNote(
      'What is IoU?\nOverlap over union of two boxes.\n\nExplain focal loss.\n\nTop comments (2)\n\nJordan Lee\n•\nMar 3\n\nWhy not Soft-NMS?\n\n1 like\nReply\n\nCode of Conduct • Report abuse\nRead next\nUnderstanding Transformers from scratch\nPriya N. - Feb 28\n',
      'dev.txt',
    );
    // A reader's question is no question, and the question the author left unanswered stays so.
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is IoU?', 'Overlap over union of two boxes.'],
      ['Explain focal loss.', undefined],
    ]);
    expect(messagesOf(note.vfile)).toEqual([6, 8, 9, 10, 12, 14, 15, 17, 18, 19, 20].map((line) => `${line}:site-chrome`));
    const footer = readNote('What is IoU?\nOverlap over union of two boxes.\n\nExplain focal loss.\n\nCode of Conduct • Report abuse\nRead next\nUnderstanding Transformers from scratch\n', 'dev.txt');
    expect(footer.questions.map((question) => question.answer?.text)).toEqual(['Overlap over union of two boxes.', undefined]);
    // Pasted as Markdown, a comment a paragraph, the comments still go as a block, the reader's question with them.
    const pasted = readNote('## Explain focal loss.\n\nIt down-weights easy examples.\n\nTop comments (1)\n\nJordan Lee\n\nWhy not Soft-NMS?\n\nReply\n');
    expect(pasted.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Explain focal loss.', 'It down-weights easy examples.']]);
    expect(messagesOf(pasted.vfile)).toEqual([5, 7, 9, 11].map((line) => `${line}:site-chrome`));
    // With headings after it, the note goes on: no block of comments runs to its end.
    const goesOn = readNote('## Explain focal loss.\n\nIt down-weights easy examples.\n\nTop comments (1)\n\n## What is batch norm?\n\nNormalising over the batch.\n');
    expect(goesOn.questions.map((question) => question.question)).toEqual(['Explain focal loss.', 'What is batch norm?']);
    // Alone, their words are an answer's.
    expect(answerTextsOf('What do you click to answer a review comment?\nReply\n', 'note.txt')).toEqual([['What do you click to answer a review comment?', 'Reply']]);
    expect(answerTextsOf('What should I study after attention?\nRead next\nthe Transformer paper.\n', 'note.txt')).toEqual([['What should I study after attention?', 'Read next\nthe Transformer paper.']]);
  });

  it("leaves out a LeetCode discussion's comments, from its Comments: N over the sort options to the note's end: a reader's question is no question", () => {
    const note = readNote(
      'Google | L4 MLE | Onsite\n\n1. Why does batch norm behave differently at inference?\nIt uses running statistics.\n\nComments: 14\n\nBest\nMost Votes\n\nuser8791\nMarch 4, 2024 9:10 AM\nThanks for sharing! What was the coding question?\n\nReply\nShare\n',
      'leetcode.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['Why does batch norm behave differently at inference?', 'It uses running statistics.']]);
    expect(messagesOf(note.vfile)).toEqual([6, 8, 9, 11, 12, 13, 15, 16].map((line) => `${line}:site-chrome`));
    // Without the sort options under it, the count is the note's own line, and what follows is read.
    expect(answerTextsOf('What do you log per review?\nComments: 14\n\nWhat is a flaky test?\nOne that passes and fails on the same code.\n', 'note.txt')).toEqual([
      ['What do you log per review?', 'Comments: 14'],
      ['What is a flaky test?', 'One that passes and fails on the same code.'],
    ]);
  });

  it("leaves out a Brunch post's footer: its keywords, the author's card, the pager of their posts, and its readers' comments to the note's end", () => {
    const note = readNote(
      [
        '1. 실험 기간은 얼마나 잡으시겠어요?',
        '최소 1~2주 진행합니다.',
        '',
        '2. 심슨의 역설을 설명해 주세요.',
        '',
        '읽어주셔서 감사합니다.',
        '',
        'Keyword',
        '데이터사이언스',
        '면접',
        '',
        '좋아요 23',
        '댓글 1',
        '공유',
        '',
        '데이터하는곰',
        'IT 분야 크리에이터',
        '',
        '구독자 312',
        '구독',
        '',
        '작가의 이전글',
        '추천 시스템 입문기',
        '작가의 다음글',
        '왜 A/B 테스트인가?',
        '',
        '댓글 1',
        '',
        '통계초보 Mar 15. 2024',
        '예시가 있으면 좋겠어요. 코드도 올려주실 수 있나요?',
        '답글 1',
        '',
        '브런치 추천 글',
        '',
      ].join('\n'),
      'brunch.txt',
    );
    // The titles the pager links to, and a reader's comment, ask nothing of the note; its last question has no answer.
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['실험 기간은 얼마나 잡으시겠어요?', '최소 1~2주 진행합니다.'],
      ['심슨의 역설을 설명해 주세요.', undefined],
    ]);
    expect(messagesOf(note.vfile).sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '6:sign-off',
      ...[8, 9, 10, 12, 13, 14, 16, 17, 19, 20, 22, 23, 24, 25, 27, 29, 30, 31, 33].map((line) => `${line}:site-chrome`),
    ]);
  });

  it("keeps what only a copy of a Brunch post makes its footer: the lines over 구독자 with no buttons over them, and Keyword elsewhere", () => {
    // A copy of a Brunch post by its pager and subscribers, with no buttons copied: the line over 구독자 is the last answer.
    expect(answerTextsOf('1. 실험 기간은 얼마나 잡으시겠어요?\n\n최소 1~2주 진행합니다.\n\n구독자 312\n구독\n\n작가의 이전글\n추천 시스템 입문기\n', 'brunch.txt')).toEqual([
      ['실험 기간은 얼마나 잡으시겠어요?', '최소 1~2주 진행합니다.'],
    ]);
    expect(answerTextsOf('What does Python call name=value in a call?\nKeyword\nargument, passed by name.\n', 'note.txt')).toEqual([['What does Python call name=value in a call?', 'Keyword\nargument, passed by name.']]);
  });

  it("leaves out a footer from the line that opens it (a sign-off, a site's `Similar Reads`), with the site's lines under it that no pattern knows", () => {
    const answersOf = (text: string, file = 'post.txt') => readNote(text, file).questions.map((question) => question.answer?.text);
    const asked = 'Question 1: Why is accuracy a bad metric for imbalanced data?\nAlways predicting the majority class scores high.\n\n';
    // Substack: its buttons, counts, the newsletter's address and links under the author's thanks, copied or pasted as Markdown.
    const substack = `${asked}Thanks for reading The ML Interview Weekly! Subscribe for free to receive new posts.\n\nSubscribed\n12\n3\nShare\n© 2024 Jane Doe\n548 Market Street PMB 72296, San Francisco, CA 94104\nUnsubscribe\nGet the app\nStart writing\n`;
    for (const file of ['post.txt', 'post.md']) {
      const note = readNote(substack, file);
      expect(note.questions.map((question) => question.answer?.text), file).toEqual(['Always predicting the majority class scores high.']);
      expect(messagesOf(note.vfile).sort((a, b) => parseInt(a) - parseInt(b)), file).toEqual(['4:sign-off', ...[6, 7, 8, 9, 10, 11, 12, 13, 14].map((line) => `${line}:site-chrome`)]);
    }
    // CSDN: its knowledge-base box, the author's name, the likes and the bookmark prompt, no sign-off over them.
    expect(answersOf('1、Redis 持久化方式有哪些？\nRDB 快照和 AOF 日志。\n\n文章知识点与官方知识档案匹配，可进一步学习相关知识\nJava技能树首页概览\n150000 人正在系统学习中\n程序员小王\n关注\n88\n点赞\n踩\n觉得还不错? 一键收藏\n0\n评论\n')).toEqual(['RDB 快照和 AOF 日志。']);
    // Naver: the closing wish, the likes, and the category's other posts with their dates.
    expect(answersOf('Q. String과 StringBuilder 차이는?\nString은 불변, StringBuilder는 가변.\n\n다음 글에서 계속할게요~ 도움이 되셨다면 공감 부탁드려요!\n\n공감 12\n댓글 3\n공유하기\n이 블로그 프로그래밍 카테고리 글\n[면접 준비] 스프링 면접 질문 정리\n2024. 3. 15.\n')).toEqual([
      'String은 불변, StringBuilder는 가변.',
    ]);
    // GeeksforGeeks: its course ad, its buttons and comment box, and the titles of its similar articles.
    expect(
      answersOf(
        '1. What is a checkpoint in DBMS?\nA mechanism where all previous logs are stored permanently on disk.\n\nLooking to dive into the world of programming or sharpen your skills? Our courses are designed to help you.\n\nLike Article\nSuggest improvement\nPrevious\nNext\nPlease Login to comment...\nSimilar Reads\nTop 60 DBMS Interview Questions with Answers for 2024\n',
      ),
    ).toEqual(['A mechanism where all previous logs are stored permanently on disk.']);
    // Instagram: the likes and comments under a card post's tags.
    const cards = '🔥개발자 면접 단골 질문 3️⃣선🔥\n저장해두고 보세요📌\n\n1️⃣ REST API란? 🤔\n👉 자원을 URI로 표현하는 설계 방식✨\n\n2️⃣ 쿠키 vs 세션? 🍪\n👉 쿠키는 클라이언트에, 세션은 서버에 저장!\n\n';
    expect(answersOf(`${cards}#개발자 #면접\n좋아요 1,024개\n댓글 56개 모두 보기\n`)).toEqual(['자원을 URI로 표현하는 설계 방식✨', '쿠키는 클라이언트에, 세션은 서버에 저장!']);
  });

  it("leaves out a Medium story's footer from its author's card (`Written by Jane Doe`) on, with the bio under it and the claps, the author's name and the buttons' rules over it", () => {
    const asked = '### What is KV caching?\n\nStoring the keys and values of past tokens.\n\n';
    // Pasted as Markdown: the sign-off and the prompt to sign up over the rules of its buttons, the card to the note's end.
    const pasted = readNote(`${asked}Thanks for reading! Give it a clap 👏\n\nSign up to discover human stories that deepen your understanding of the world.\n\n--\n\n--\n\nWritten by Jane Doe\n1.2K Followers\nML engineer. Writing about NLP.\n`);
    expect(pasted.questions.map((question) => question.answer?.markdown)).toEqual(['Storing the keys and values of past tokens.']);
    expect(messagesOf(pasted.vfile)).toEqual(['5:sign-off', ...[7, 9, 11, 13, 14, 15].map((line) => `${line}:site-chrome`)]);
    expect(pasted.vfile.messages.at(-1)!.reason).toBe('Left out site chrome: "ML engineer. Writing about NLP."');
    // Copied as text, no sign-off: the claps (`2`) and the author's name, under the rules, over `Written by` with nothing under it.
    const copied = readNote('How do you handle missing values?\nImputation, or a model that handles NaN natively.\n\n--\n\n--\n\n2\n\nAditya Kumar\nWritten by Aditya Kumar\n', 'tds.txt');
    expect(copied.questions.map((question) => question.answer?.text)).toEqual(['Imputation, or a model that handles NaN natively.']);
    expect(messagesOf(copied.vfile)).toEqual([4, 6, 8, 10, 11].map((line) => `${line}:site-chrome`));
  });

  it("leaves out Medium's whole footer as a copy gives it: the claps and responses between the buttons' rules, `·Writer for …` glued to its dot, `More from …` and `Recommended from Medium` under the card", () => {
    const copied = readNote(
      'What is KV caching?\nStoring the keys and values of past tokens.\n\n--\n12\n--\n3\n\nWritten by Jane Doe\n1.2K Followers\n·Writer for Towards Data Science\nML engineer. Writing about NLP.\nFollow\n\nMore from Jane Doe and Towards Data Science\nRecommended from Medium\n',
      'medium.txt',
    );
    expect(copied.questions.map((question) => question.answer?.text)).toEqual(['Storing the keys and values of past tokens.']);
    expect(messagesOf(copied.vfile).sort()).toEqual([10, 11, 12, 13, 15, 16, 4, 5, 6, 7, 9].map((line) => `${line}:site-chrome`));
  });

  it("keeps `Written by …` where nothing of Medium's is round it, in a sentence, and a number over Medium's card with no name between", () => {
    expect(answerTextsOf('## Who wrote the Deep Learning book?\n\nIan Goodfellow and others.\n\nWritten by Ian Goodfellow\n')).toEqual([['Who wrote the Deep Learning book?', 'Ian Goodfellow and others.\nWritten by Ian Goodfellow']]);
    expect(answerTextsOf('## Who wrote the Transformer paper?\n\nIt was written by Vaswani et al.\n1.2K Followers\n')).toEqual([['Who wrote the Transformer paper?', 'It was written by Vaswani et al.']]);
    // A card with the bio alone under it is no Medium's: the last answer's two lines stay.
    expect(answerTextsOf('Who wrote it?\n\nWritten by Jane Doe\nShe leads the NLP team.\n', 'note.txt')).toEqual([['Who wrote it?', 'Written by Jane Doe\nShe leads the NLP team.']]);
    // The claps stand under the author's name: a number right over the card may be the last answer.
    expect(answerTextsOf('How many heads does BERT-base have?\n\n12\n\nWritten by Jane Doe\n1.2K Followers\n', 'note.txt')).toEqual([['How many heads does BERT-base have?', '12']]);
  });

  it("leaves out Medium's footer whose buttons' rules, one under the other, Markdown reads as a heading (`--` under `--`), and keeps a sentence under `Written by …` that says `More from …`", () => {
    const note = readNote('## What is KV caching?\n\nStoring the keys and values of past tokens.\n\n--\n--\n2\n\nJane Doe\nWritten by Jane Doe\n1.2K Followers\nML engineer. Writing about NLP.\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Storing the keys and values of past tokens.']);
    expect(messagesOf(note.vfile).sort()).toEqual([10, 11, 12, 5, 6, 7, 9].map((line) => `${line}:site-chrome`));
    expect(answerTextsOf('## Where to read about GANs?\n\nGoodfellow\'s tutorial is the classic reference.\n\nWritten by Ian Goodfellow\nMore from the NIPS 2016 tutorial: mode collapse, training tricks\n')).toEqual([
      ['Where to read about GANs?', "Goodfellow's tutorial is the classic reference.\nWritten by Ian Goodfellow\nMore from the NIPS 2016 tutorial: mode collapse, training tricks"],
    ]);
  });

  it("keeps the author's name repeated over `Written by …` with nothing of Medium's round them, and a number over the name with no buttons' rules over it", () => {
    // Who wrote a book, named twice: no Medium line marks them, and the number over them is the last answer's.
    expect(answerTextsOf('How many layers in ResNet-50?\n50\n\nKaiming He\nWritten by Kaiming He\n', 'note.txt')).toEqual([['How many layers in ResNet-50?', '50\nKaiming He\nWritten by Kaiming He']]);
    expect(answerTextsOf('## Who wrote the Deep Learning textbook?\n\nIan Goodfellow\n\nWritten by Ian Goodfellow\n')).toEqual([['Who wrote the Deep Learning textbook?', 'Ian Goodfellow\nWritten by Ian Goodfellow']]);
    // Over Medium's card, the name is Medium's, and the number over it the last answer's but for the rules over it.
    const note = readNote('What is the default dropout rate in BERT?\n0.1\n\nJane Doe\nWritten by Jane Doe\n1.2K Followers\nML engineer.\n', 'note.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['0.1']);
    expect(messagesOf(note.vfile).sort()).toEqual([4, 5, 6, 7].map((line) => `${line}:site-chrome`));
  });

  it("leaves out a WeChat article's footer from its `- END -`, the teaser of the next post over it, with the account's lines that no pattern knows", () => {
    const answersOf = (text: string, file = 'note.md') => readNote(text, file).questions.map((question) => question.answer?.text);
    const article =
      '01 LoRA 的核心思想是什么？\n\n冻结预训练权重，只训练低秩增量。\n\n02 QLoRA 相比 LoRA 多了什么？\n\n把冻结的基座量化为 4-bit NF4。\n\n未完待续，下期讲 P-Tuning。\n\n- END -\n\n往期推荐\n大模型面试八股：Transformer 20 问\n\n喜欢此内容的人还喜欢\n算法岗秋招经验分享\n\n预览时标签不可点\n微信扫一扫\n关注该公众号\n\n轻触阅读原文\n\nAI算法面经\n向上滑动看下一个\n\n知道了\n取消 允许\n分享 留言 收藏 听过 赞 在看\n';
    for (const file of ['article.txt', 'article.md']) {
      const note = readNote(article, file);
      expect(note.questions.map((question) => question.answer?.text), file).toEqual(['冻结预训练权重，只训练低秩增量。', '把冻结的基座量化为 4-bit NF4。']);
      expect(messagesOf(note.vfile).sort((a, b) => parseInt(a) - parseInt(b)).slice(0, 2), file).toEqual(['9:sign-off', '11:site-chrome']);
    }
    // With no `- END -`, the page's own strings open the footer; its buttons, two at least on a line, are chrome anywhere.
    expect(answersOf('Q: 什么是 LoRA？\nA: 低秩适配。\n\n预览时标签不可点\n微信扫一扫\n关注该公众号\nAI算法面经\n', 'article.txt')).toEqual(['低秩适配。']);
    // A rule of dashes round a word in the middle of a note, and one button's word alone, are the note's.
    expect(answersOf('## 什么是 LoRA？\n\n低秩适配。\n\n-- END --\n\n之后继续训练。\n\n## 点赞按钮上写什么？\n\n赞\n')).toEqual(['低秩适配。\n-- END --\n之后继续训练。', '赞']);
  });

  it('takes the titles a list of posts holds with its heading, whatever they say, a Markdown list of links too, and no section under it', () => {
    const gfg = readNote(
      '1. What is DBMS?\nSoftware to store data.\n\n2. What is a checkpoint in DBMS?\nA point where logs are flushed to disk.\n\nLike Article\nSimilar Reads\nTop 60 DBMS Interview Questions with Answers for 2024\nHow to Prepare for a Google Interview?\nWhat is RDBMS?\n',
      'gfg.txt',
    );
    expect(gfg.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is DBMS?', 'Software to store data.'],
      ['What is a checkpoint in DBMS?', 'A point where logs are flushed to disk.'],
    ]);
    expect(messagesOf(gfg.vfile)).toEqual([7, 8, 9, 10, 11].map((line) => `${line}:site-chrome`));
    const related = '## What is a deadlock?\n\nTwo processes wait for each other.\n\nRelated posts\n\n';
    expect(answerTextsOf(`${related}- [Livelocks](https://example.com/l)\n- [What is starvation?](https://example.com/s)\n`)).toEqual([['What is a deadlock?', 'Two processes wait for each other.']]);
    expect(answerTextsOf(`${related}## What is starvation?\n\nA process never gets the lock.\n`)).toEqual([
      ['What is a deadlock?', 'Two processes wait for each other.\nRelated posts'],
      ['What is starvation?', 'A process never gets the lock.'],
    ]);
  });

  it("leaves out GeeksforGeeks' footer over its `Similar Reads` from its buttons on (`Comment`, `More info`, `Advertise with us`, `Next Article` over the next article's title)", () => {
    // Hunt s67 (21-gfg-like-copy.md): only `Similar Reads` and the title under it were cut, the rest ending the last answer.
    const asked = '## How do random forest and gradient boosting differ?\n\n| Random forest | Gradient boosting |\n|---|---|\n| bagging | boosting |\n\n';
    const gfg = readNote(`${asked}Comment\n\nMore info\n\nAdvertise with us\n\nNext Article\nTop 50 Machine Learning Interview Questions\nSimilar Reads\nXGBoost vs LightGBM\n`);
    expect(gfg.questions.map((question) => question.answer?.markdown)).toEqual(['| Random forest | Gradient boosting |\n| ------------- | ----------------- |\n| bagging       | boosting          |']);
    expect(messagesOf(gfg.vfile)).toEqual([7, 9, 11, 13, 14, 15, 16].map((line) => `${line}:site-chrome`));
    // Without the links under them, `Comment` and `More info` may be the answer's words: they stay.
    expect(answerTextsOf('## What does the review tool show under a diff?\n\nTwo buttons:\n\nComment\n\nMore info\n')).toEqual([['What does the review tool show under a diff?', 'Two buttons:\nComment\nMore info']]);
    expect(answerTextsOf('## What opens a SQL comment?\n\nTwo dashes.\n\nMore info\n\nSee the manual\n\nSimilar Reads\nSQL joins\n')).toEqual([['What opens a SQL comment?', 'Two dashes.\nMore info\nSee the manual']]);
  });

  it("leaves out Perplexity's buttons under its answer and the searches it suggests under `Related`, which ask the site's questions, not the interview's", () => {
    const page = 'Why does a KV cache speed up LLM inference?\n\nIt stores the keys and values of past tokens.\n\n- Each step computes K and V for the new token only.\n\nShare\nRewrite\n\nRelated\nWhat is the difference between MQA and GQA\nHow does PagedAttention reduce fragmentation\n';
    for (const file of ['perplexity.txt', 'perplexity.md']) {
      const note = readNote(page, file);
      expect(note.questions.map((question) => question.question), file).toEqual(['Why does a KV cache speed up LLM inference?']);
      expect(note.questions[0]!.answer?.text, file).not.toContain('Share');
      expect(messagesOf(note.vfile).filter((message) => message.endsWith('site-chrome')), file).toEqual([7, 8, 10, 11, 12].map((line) => `${line}:site-chrome`));
    }
    // `Related` alone over questions, with no such buttons over it, is the note's own: they stay questions.
    expect(answerTextsOf('## What is a deadlock?\n\nTwo processes wait for each other.\n\nRelated\n\n## What is a livelock?\n\nBoth keep yielding.\n').map(([question]) => question)).toEqual(['What is a deadlock?', 'What is a livelock?']);
  });

  it('keeps what follows a sign-off when it is more than a footer: a line that asks, a sentence, a numbered line, or more lines than a footer holds', () => {
    const tail = (under: string) => readNote(`What is a deadlock?\nTwo processes each wait for the other.\n\nThanks for reading!\n\n${under}\n`, 'post.txt').questions.map((question) => [question.question, question.answer?.text]);
    expect(tail('Bonus: what is a livelock?\nBoth keep yielding')).toEqual([
      ['What is a deadlock?', 'Two processes each wait for the other.\nThanks for reading!'],
      ['Bonus: what is a livelock?', 'Both keep yielding'],
    ]);
    expect(tail('Get the app\nIt also locks up when both retry at once.')[0]![1]).toBe('Two processes each wait for the other.\nThanks for reading!\nGet the app\nIt also locks up when both retry at once.');
    const long = Array.from({ length: 30 }, (_, k) => `Step ${k + 1}`).join('\n');
    expect(tail(long)[0]![1]).toContain('Step 30');
    // Under a sign-off, short lines alone are no footer, nothing of the page among them: a goodbye may stand mid-note.
    expect(readNote('## What is a deadlock?\n\nTwo processes wait for each other.\n\nThanks for reading!\n\nIn short, avoid circular waits\n').questions[0]!.answer?.text).toBe(
      'Two processes wait for each other.\nThanks for reading!\nIn short, avoid circular waits',
    );
    // Over the footer's opening, the answer's own short lines stay.
    expect(tail('Subscribed\n12').at(-1)![1]).toBe('Two processes each wait for the other.');
    expect(readNote('What is a deadlock?\nTwo processes wait\nfor each other\n\nSimilar Reads\nLivelock vs deadlock\n', 'post.txt').questions[0]!.answer?.text).toBe('Two processes wait\nfor each other');
  });

  it("leaves out a footer longer than 24 lines only from a site's own opening line, every line under it the footer's", () => {
    const asked = 'Question 1: Why is accuracy a bad metric for imbalanced data?\nAlways predicting the majority class scores high.\n\n';
    // Substack's list of the newsletters it recommends, under its buttons: names, authors, counts.
    const recommended = Array.from({ length: 14 }, (_, k) => `Newsletter ${k + 1}\nBy Author ${k + 1}`).join('\n');
    const substack = `${asked}Subscribed\n12\nShare\nRecommendations\n${recommended}\n© 2024 Jane Doe\nGet the app\n`;
    const note = readNote(substack, 'post.txt');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Always predicting the majority class scores high.']);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('site-chrome')).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(Array.from({ length: 34 }, (_, k) => `${k + 4}:site-chrome`));
    // A line of the answer's among them (a sentence) ends the footer under it: the opening over it is not reached.
    const sentence = substack.replace('Newsletter 3\n', 'Newsletter 3 is worth reading.\n');
    expect(readNote(sentence, 'post.txt').questions[0]!.answer?.text).toContain('Newsletter 3 is worth reading.');
    // Past 24 lines a sign-off opens nothing: a goodbye may stand mid-note, over the note's own short lines.
    const signedOff = `${asked}Thanks for reading!\n\n12\n${recommended}\n`;
    expect(readNote(signedOff, 'post.txt').questions[0]!.answer?.text).toContain('By Author 14');
  });

  it('reads those footers with patterns that do not backtrack', () => {
    for (const pattern of POST_FOOTER_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
    for (const pattern of PAGER_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
    for (const pattern of GEEKSFORGEEKS_FOOTER_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });

  it('keeps such words where the note goes on after them', () => {
    expect(answerTextsOf('What is dropout?\nWhich one would you add? Dropout, at train time only.\nIt zeroes units.\n')).toEqual([['What is dropout?', 'Which one would you add? Dropout, at train time only.\nIt zeroes units.']]);
  });
});
