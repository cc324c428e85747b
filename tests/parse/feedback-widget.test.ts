/**
 * Docs pages end with a feedback widget: "Was this page helpful?" and its
 * "Yes" / "No" buttons. Copied along with the page, it asks the reader, not
 * the interview: it is site chrome, left out and noted line by line.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { ANSWER_CHROME, isSiteChrome } from '../../src/parse/site-chrome.js';
import { POST_LIKES_PATTERNS, postLikes } from '../../src/parse/post-likes.js';
import { POST_TAGS_PATTERNS } from '../../src/parse/post-tags.js';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';

describe("a docs page's feedback widget in copied text", () => {
  it('is no question: the answer above ends before it, and each of its lines is noted as left out', () => {
    const note = readNote('What does dropout do at test time?\nNothing: every unit is kept.\nWas this page helpful?\nYes\nNo\n', 'page.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What does dropout do at test time?', 'Nothing: every unit is kept.']]);
    expect(messagesOf(note.vfile)).toEqual(['3:site-chrome', '4:site-chrome', '5:site-chrome']);
    expect(note.vfile.messages[0]!.reason).toBe('Left out site chrome: "Was this page helpful?"');
  });

  it('is recognised in its usual wordings, Korean too', () => {
    const prompts = ['Was this page helpful?', 'Was this article helpful?', 'Was this helpful?', 'Did this help?', 'Did this page help you?', 'Did you find this page useful?', 'How helpful was this page?', '이 페이지가 도움이 되었나요?', '도움이 되었나요?'];
    expect(prompts.filter((prompt) => !isSiteChrome(prompt))).toEqual([]);
  });

  it("is a review site's too: `이 리뷰가 도움이 되었나요?` and its button with the count of those it helped", () => {
    const note = readNote('면접 질문\nCNN에서 receptive field를 늘리는 방법은?\n\n이 리뷰가 도움이 되었나요?\n도움이 돼요 12\n', 'review.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([['CNN에서 receptive field를 늘리는 방법은?', null]]);
    expect(messagesOf(note.vfile)).toContain('5:site-chrome');
  });

  it('is its question and buttons on one line too (`Was this helpful? Yes No`), no question of the page', () => {
    const note = readNote('1. What is overfitting?\nAnswer: The model learns the noise.\n\nWas this helpful? Yes No\n', 'page.txt');
    expect(note.questions.map((question) => question.question)).toEqual(['What is overfitting?']);
    expect(messagesOf(note.vfile)).toContain('4:site-chrome');
    // A question that only opens so asks on.
    expect(isSiteChrome('Was this helpful? Yes, dropout was helpful here.')).toBe(false);
  });

  it('takes its buttons, blank lines between them and thumbs too, and only right after its question', () => {
    const { leftOut, tree } = parsePlainText('Title\n\nIs ReLU convex?\nYes\n\n이 페이지가 도움이 되었나요?\n\n예\n아니요\n👍\n');
    expect(leftOut.map((line) => line.line)).toEqual([6, 8, 9, 10]);
    // The "Yes" that answers the interview question stays.
    expect(tree.children.map((block) => block.position?.start.line)).toEqual([3, 4]);
  });
});

describe("a blog post's share widget in copied text", () => {
  it('is no answer: its label and the line of places to share to under it are left out, each noted', () => {
    const note = readNote(
      'ML Interview Questions\n\n1. What is regularization?\nA penalty on model complexity added to the loss.\n\nShare this post:\nFacebook Twitter LinkedIn\n',
      'post.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is regularization?', 'A penalty on model complexity added to the loss.']]);
    expect(messagesOf(note.vfile)).toEqual(['6:site-chrome', '7:site-chrome']);
  });

  it('is its label and its buttons on one line too (`Share: Facebook Twitter LinkedIn`), no topic of the questions under it', () => {
    const note = readNote('Top 10 ML Interview Questions\n\nShare: Facebook Twitter LinkedIn\n\n1. What is overfitting?\nThe model learns the noise.\n', 'post.txt');
    expect(note.questions.map((question) => [question.question, question.topic])).toEqual([['What is overfitting?', null]]);
    expect(messagesOf(note.vfile)).toContain('3:site-chrome');
  });

  it('takes the names of places only right after its label: an answer naming them keeps them', () => {
    const { leftOut } = parsePlainText('Title\n\nWhich companies built Kafka and Storm?\nLinkedIn, Twitter\n\nShare on\nReddit\nHacker News | E-mail\n');
    expect(leftOut.map((line) => line.line)).toEqual([6, 7, 8]);
  });
});

describe("a docs page's pager and legal footer in copied text", () => {
  it('are no answer: `Previous` / `Next`, the page title each links to, and the line of policy links are left out', () => {
    const note = readNote(
      'Fine-tuning FAQ\n\nHow long does a fine-tuning job take?\nSmall jobs finish in minutes.\n\nPrevious\nModel optimization\nNext\nEvals\n\n© 2024 Example AI. All rights reserved.\nTerms & policies  Privacy policy  Brand guidelines\n',
      'faq.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['How long does a fine-tuning job take?', 'Small jobs finish in minutes.']]);
    expect(messagesOf(note.vfile)).toEqual(['6:site-chrome', '7:site-chrome', '8:site-chrome', '9:site-chrome', '11:site-chrome', '12:site-chrome']);
  });

  it('takes the titles only where `Previous` and `Next` stand together, and not a title that asks', () => {
    // `Next` alone is chrome as it ever was, but the step under it is the answer's.
    const { leftOut } = parsePlainText('Title\n\nWhat comes after tokenisation?\nNext\nEmbedding lookup.\nThen attention.\n');
    expect(leftOut.map((line) => line.line)).toEqual([4]);
    const asking = parsePlainText('Title\n\nPrevious\nWhat is a transformer?\nNext\nA stack of attention layers.\n');
    expect(asking.leftOut.map((line) => line.line)).toEqual([3, 5]);
  });

  it("leaves out the forum's link a book sets over its pager (d2l.ai's `Discussions`), and keeps the word anywhere else", () => {
    const book = readNote('4.5.3. Exercises\n\n1. What would the update equations look like with an ℓ1 penalty?\n\nDiscussions\n\nPrevious\n4.4. Polynomial Regression\nNext\n4.6. Dropout\n', 'd2l.txt');
    expect(book.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([['What would the update equations look like with an ℓ1 penalty?', null]]);
    expect(messagesOf(book.vfile)).toContain('5:site-chrome');
    // With no pager under it, the word is the answer's.
    const { leftOut } = parsePlainText('Title\n\nWhere do reviewers argue about a paper?\nDiscussions\n');
    expect(leftOut).toEqual([]);
  });

  it("leaves out the forum's link ending a chapter copied without its pager: `Discussions` alone, the last line, under the Exercises", () => {
    const book = readNote('4.5. Weight Decay\n\nWeight decay restricts the parameters.\n\n4.5.3. Exercises\n\n1. Use a validation set to find λ. Is it really the optimal value?\n2. What would the update equations look like with an ℓ1 penalty?\n\nDiscussions\n', 'd2l.txt');
    expect(book.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Use a validation set to find λ. Is it really the optimal value?', null],
      ['What would the update equations look like with an ℓ1 penalty?', null],
    ]);
    expect(book.vfile.messages.find((message) => message.ruleId === 'site-chrome')?.reason).toBe('Left out site chrome: "Discussions"');
    // Not the last line, not alone, or with no exercises above: the word is the note's.
    for (const note of [
      '4.5.3. Exercises\n\n1. Where do reviewers argue about a paper?\n\nDiscussions\n\nOn the forum, under each paper.\n',
      '4.5.3. Exercises\n\n1. Where do reviewers argue about a paper?\nDiscussions\n',
      'Title\n\nWhere do reviewers argue about a paper?\n\nDiscussions\n',
    ]) {
      expect(parsePlainText(note).leftOut).toEqual([]);
    }
  });
});

describe("a Korean blog post's footer and header in copied text", () => {
  it("are no answer: likes, the licence, the subscribe button, the post's date and the category's other posts are left out", () => {
    const note = readNote(
      [
        '딥러닝 면접 질문 모음 (CNN편)',
        '2023. 4. 12. 21:37',
        '구독하기',
        '',
        '1. 1x1 Convolution의 역할은?',
        '채널 수를 조절하고 파라미터 수를 줄입니다.',
        '',
        '공감',
        '저작자표시 비영리 변경금지',
        "'딥러닝' 카테고리의 다른 글",
        '[딥러닝] Transformer 정리  (0)',
        '[딥러닝] RNN과 LSTM  (2)',
        '',
      ].join('\n'),
      'tistory.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([['1x1 Convolution의 역할은?', '채널 수를 조절하고 파라미터 수를 줄입니다.', null]]);
    expect(messagesOf(note.vfile)).toEqual(['2:site-chrome', '3:site-chrome', '8:site-chrome', '9:site-chrome', '10:site-chrome', '11:site-chrome', '12:site-chrome']);
  });

  it("are no answer in Tistory's tags block, `태그` over the tags apart by commas, the page's lines round it: it is left out with them", () => {
    const note = readNote(
      [
        '1. A/B 테스트에서 표본 크기는 어떻게 정하나요?',
        '유의수준, 검정력, 최소 검출 효과로 power analysis를 한다.',
        '',
        '공유하기',
        "'Data Science > Statistics' 카테고리의 다른 글",
        '가설검정 한 번에 정리 (2)',
        '2026.01.18',
        '태그',
        'A/B테스트, p-value, 면접, 통계',
        '관련글',
        '댓글 2',
        '',
      ].join('\n'),
      'tistory.txt',
    );
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['유의수준, 검정력, 최소 검출 효과로 power analysis를 한다.']);
    // Every line under the answer, in whatever order its readers say so (`관련글` opens the footer: page-footer.ts).
    expect(messagesOf(note.vfile).sort()).toEqual(['4:site-chrome', '5:site-chrome', '6:site-chrome', '7:site-chrome', '8:site-chrome', '9:site-chrome', '10:site-chrome', '11:site-chrome'].sort());
    // Over `#tags`, only the label: the tags are the note's.
    const hashed = readNote('1. 과적합이란?\n노이즈까지 학습하는 것.\n\n태그\n#머신러닝 #면접\n\n공유하기\n', 'tistory.txt');
    expect(hashed.questions.map((question) => [question.answer?.text, question.tags])).toEqual([['노이즈까지 학습하는 것.', ['머신러닝', '면접']]]);
    expect(messagesOf(hashed.vfile)).toEqual(['5:tag-line', '4:site-chrome', '7:site-chrome']);
  });

  it('keeps `태그` over a line of names that no page line follows, or over a sentence: an answer\'s', () => {
    expect(answerTextsOf('1. 시맨틱 태그의 예시는?\n태그\nheader, nav, main\n', 'html.txt')).toEqual([['시맨틱 태그의 예시는?', '태그\nheader, nav, main']]);
    expect(answerTextsOf('1. 블로그 글은 어떻게 분류하나요?\n태그\n글마다 주제어를 붙여 둡니다.\n공유하기\n', 'blog.txt')).toEqual([['블로그 글은 어떻게 분류하나요?', '태그\n글마다 주제어를 붙여 둡니다.']]);
  });

  it("keeps `태그` over names under a line that leads into them or an answer's sentence, or with no Tistory line under them: the answer's example", () => {
    // Review s68: an answer's example screen, and its list of tags, were cut (the first flagged incomplete-answer).
    const screen = readNote('2. 화면에는 어떻게 보여주나요?\n게시글 하단에 태그 목록과 공유 버튼을 둔다. 예시 화면:\n태그\nJava, Spring, JPA\n공유하기\n', 'tags.txt');
    expect(screen.questions.map((question) => [question.answer?.text, question.flags])).toEqual([['게시글 하단에 태그 목록과 공유 버튼을 둔다. 예시 화면:\n태그\nJava, Spring, JPA', []]]);
    expect(answerTextsOf('Q. 인라인 요소와 블록 요소의 차이는?\nA. 인라인 요소는 내용만큼만 차지한다.\n태그\nspan, a, strong\n댓글 0\n', 'html.txt')).toEqual([['인라인 요소와 블록 요소의 차이는?', '인라인 요소는 내용만큼만 차지한다.\n태그\nspan, a, strong']]);
    // `관련 글` (spaced) is no Tistory line under them (it opens a footer: what it heads is left out).
    expect(answerTextsOf('Q. 시맨틱 태그의 예를 들어주세요.\nA. 자주 쓰는 것들.\n\n태그\nheader, nav, main\n관련 글\nMDN을 같이 보면 좋다.\n', 'html.txt')).toEqual([['시맨틱 태그의 예를 들어주세요.', '자주 쓰는 것들.\n태그\nheader, nav, main']]);
  });

  it("are no answer in a tags block labelled in English (`TAG`, `Tags`, `Tags:`) or on its line, its names apart by commas or spaces or one a line, over a blog's line", () => {
    // Review s68 (r32, r33): the label and the names ended the last answer.
    const asked = 'Q. 정규화와 표준화의 차이는?\nA. 정규화는 0~1로, 표준화는 평균 0 분산 1로.\n\nQ. 언제 표준화를 쓰나요?\nA. 이상치가 있을 때.\n\n';
    const answers = (footer: string) => readNote(`${asked}${footer}`, 'post.txt').questions.map((question) => question.answer?.text);
    const answered = ['정규화는 0~1로, 표준화는 평균 0 분산 1로.', '이상치가 있을 때.'];
    for (const footer of ['TAG\n전처리, 스케일링, 면접\n관련글\n', 'Tags:\npreprocessing scaling interview feature-engineering\nShare this:\n', '태그\n전처리\n스케일링\n면접\n관련글\n공유하기\n', 'Tags: 전처리, 스케일링, 면접\n관련글\n', 'Tags\n\nml\n\nscaling\n\nLeave a Reply\n']) {
      expect(answers(footer), footer).toEqual(answered);
    }
    const note = readNote(`${asked}태그\n전처리\n스케일링\n면접\n관련글\n`, 'post.txt');
    expect(messagesOf(note.vfile).sort()).toEqual(['10:site-chrome', '11:site-chrome', '7:site-chrome', '8:site-chrome', '9:site-chrome']);
  });

  it("keeps an English `Tags` block with no blog's line round it, or names a line each that a line of the answer's parts from that line: an answer's", () => {
    const answers = (text: string) => readNote(text, 'html.txt').questions.map((question) => question.answer?.text);
    expect(answers('## What are HTML tags?\n\nMarkup elements.\n\nTags\ndiv span\n')).toEqual(['Markup elements.\nTags\ndiv span']);
    expect(answers('Q. 어떤 태그를 쓰나요?\nA. 아래와 같다.\n\nTags: header, nav\n')).toEqual(['아래와 같다.\nTags: header, nav']);
    expect(answers('Q. 글은 어떻게 분류하나요?\nA. 두 가지로 나눈다.\n\n태그\n카테고리\n둘 다 쓰면 검색이 쉬워진다.\n관련글\n')).toEqual(['두 가지로 나눈다.\n태그\n카테고리\n둘 다 쓰면 검색이 쉬워진다.']);
    // Names a line each under `Tags:` with nothing of the page round them are an answer's list.
    expect(answers('## How do you group posts?\n\nWith labels:\n\nTags:\nml\nscaling\n')).toEqual(['With labels:\nTags:\nml\nscaling']);
  });

  it('knows the counts Naver and Velog show, and not a sentence that mentions them', () => {
    expect(['공감 5  댓글 2', '공감 12', '댓글 3', '이웃추가', '0개의 댓글', '댓글 작성'].filter((line) => !isSiteChrome(line))).toEqual([]);
    expect(['공감 능력이 중요한 이유', '댓글을 분류하는 모델', '2023. 4. 12.', '댓글 작성 API는 어떻게 설계하나요?', '좋아요', '좋아요 · 댓글', '좋아요 12개 받은 댓글 3'].filter(isSiteChrome)).toEqual([]);
    // Velog's likes with its comments' count, beside the page's other lines (post-likes.ts).
    for (const likes of ['좋아요 12 · 댓글 3', '좋아요 12 댓글 3', '좋아요 12|댓글 3']) expect(postLikes(['공유하기', likes], true), likes).toEqual([1]);
    expect(postLikes(['좋아요 · 댓글', '좋아요 12개 받은 댓글 3', '공유하기'], true)).toEqual([]);
  });

  it("keeps Velog's `좋아요 12 · 댓글 3` that an answer leads into, or that no page line stands beside in copied text: the answer's data", () => {
    // Review s68: cut from the middle of an answer, and from under `예시 입력:`, the answer flagged incomplete.
    const middle = '추천 시스템 면접 정리\n\nQ. 인기 게시글 점수는 어떻게 계산하나요?\nA. 가중합이다. 예를 들어 어떤 게시글이\n좋아요 12 · 댓글 3\n이면 점수는 12 + 3×2 = 18이다.\n';
    expect(readNote(middle, 'recsys.txt').questions.map((question) => question.answer?.text)).toEqual(['가중합이다. 예를 들어 어떤 게시글이\n좋아요 12 · 댓글 3\n이면 점수는 12 + 3×2 = 18이다.']);
    const colon = readNote('Q. 게시글 반응 피처로 뭘 쓰나요?\nA. 좋아요 수와 댓글 수를 함께 쓴다. 예시 입력:\n좋아요 12 · 댓글 3\n', 'features.txt');
    expect(colon.questions.map((question) => [question.answer?.text, question.flags])).toEqual([['좋아요 수와 댓글 수를 함께 쓴다. 예시 입력:\n좋아요 12 · 댓글 3', []]]);
    expect(messagesOf(colon.vfile)).toEqual([]);
    // Under a colon, beside the page's lines too.
    expect(postLikes(['예시 화면:', '좋아요 12 · 댓글 3', '공유하기'], true)).toEqual([]);
    // Beside them, closing a copied post, it is the page's.
    const post = readNote('1. 과적합이란?\n노이즈까지 학습하는 것.\n\n좋아요 12 · 댓글 3\n공유하기\n', 'velog.txt');
    expect(post.questions.map((question) => question.answer?.text)).toEqual(['노이즈까지 학습하는 것.']);
    expect(messagesOf(post.vfile)).toEqual(['4:site-chrome', '5:site-chrome']);
  });

  it("reads likes and tags blocks with patterns that do not backtrack", () => {
    for (const pattern of [...POST_LIKES_PATTERNS, ...POST_TAGS_PATTERNS]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });

  it("are no answer in a Velog post: the author's card over its pager of posts, the pager and its comments are left out", () => {
    const note = readNote(
      [
        '[딥러닝] CNN 면접 질문 정리',
        '',
        '1. 1x1 convolution은 왜 쓰나요?',
        '채널 수를 줄이거나 늘릴 때 사용한다.',
        '',
        'jiwoo_dev',
        '머신러닝 엔지니어를 꿈꾸는 개발자',
        '이전 포스트',
        '[딥러닝] 활성화 함수 정리',
        '다음 포스트',
        '[딥러닝] RNN 면접 질문 정리',
        '0개의 댓글',
        '댓글 작성',
        '',
      ].join('\n'),
      'velog.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['1x1 convolution은 왜 쓰나요?', '채널 수를 줄이거나 늘릴 때 사용한다.']]);
    expect(messagesOf(note.vfile)).toEqual([6, 7, 8, 9, 10, 11, 12, 13].map((line) => `${line}:site-chrome`));
  });

  it("takes the lines over a pager for the author's card only where a handle and a blank line above make one", () => {
    const card = (above: string[]) => parsePlainText(['Title', '', 'Q?', ...above, '이전 포스트', 'A', '다음 포스트', 'B', ''].join('\n')).leftOut.map((line) => line.line);
    expect(card(['', 'jiwoo_dev'])).toEqual([5, 6, 7, 8, 9]);
    // The answer's last line, right over the pager, and a name that is no handle stay.
    expect(card(['채널 수를 줄인다.', 'jiwoo_dev', '개발자'])).toEqual([7, 8, 9, 10]);
    expect(card(['', 'Jiwoo Kim', '개발자'])).toEqual([7, 8, 9, 10]);
    // A plain word alone there is the last answer's (`reversed`, the built-in asked for), not a handle; over a bio it is one.
    expect(card(['', 'reversed'])).toEqual([6, 7, 8, 9]);
    expect(card(['', 'jiwoo', '딥러닝 공부하는 개발자'])).toEqual([5, 6, 7, 8, 9, 10]);
    // Over a docs page's pager, a one-word line may end the answer.
    expect(parsePlainText('Title\n\nWhich optimiser?\n\nadam\nPrevious\nA\nNext\nB\n').leftOut.map((line) => line.line)).toEqual([6, 7, 8, 9]);
  });

  it("leaves out Velog's pager of one post (the blog's last, `이전 포스트` and its title over `0개의 댓글`), and the card over it that the post's byline signs, with no blank line round it", () => {
    const note = readNote(
      ['velog', '[AI 면접] 머신러닝 기초 질문', 'jiwoo_dev · 2023년 3월 14일', '1. 앙상블 기법의 종류는?', '배깅, 부스팅, 스태킹이 있습니다.', '2. 결정 트리의 분할 기준은?', '지니 불순도, 엔트로피(정보 이득)', 'jiwoo_dev', 'ML 공부하는 대학원생', '이전 포스트', '[AI 면접] 통계 기초', '0개의 댓글', '댓글 작성', ''].join('\n'),
      'velog.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['앙상블 기법의 종류는?', '배깅, 부스팅, 스태킹이 있습니다.'],
      ['결정 트리의 분할 기준은?', '지니 불순도, 엔트로피(정보 이득)'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('site-chrome'))).toEqual([3, 8, 9, 10, 11, 12, 13].map((line) => `${line}:site-chrome`));
  });

  it('keeps a title under a lone `이전 포스트` with no count of comments under it, and a plain word apart from the pager over a line', () => {
    expect(parsePlainText('Title\n\nQ?\n\n이전 포스트\n통계 기초\n').leftOut.map((line) => line.line)).toEqual([5]);
    const card = (above: string[]) => parsePlainText(['Title', '', 'Q?', ...above, '', '이전 포스트', 'A', '0개의 댓글', ''].join('\n')).leftOut.map((line) => line.line);
    // A blank line between the card and the pager: only a handle that signs the post's byline is the card's; a plain word the answer's.
    expect(card(['', 'jiwoo_dev', '개발자'])).toEqual([8, 9, 10]);
    expect(parsePlainText(['Title', 'jiwoo_dev · 2023년 3월 14일', '', 'Q?', '', 'jiwoo_dev', '개발자', '', '이전 포스트', 'A', '0개의 댓글', ''].join('\n')).leftOut.map((line) => line.line)).toEqual([2, 6, 7, 9, 10, 11]);
    expect(card(['', 'relu', '비선형 활성화 함수'])).toEqual([8, 9, 10]);
  });

  it("keeps the last answer over a pager of posts, a blank line between them, where no byline signs it: `f1-score` over a line, `1e-3`, `12`", () => {
    const pager = ['', 'Previous post', 'Notes on calibration', 'Next post', 'Notes on ranking metrics', ''];
    expect(answerTextsOf(['Interview prep: metrics', '', 'Which metric for imbalanced binary classification?', '', 'f1-score', 'the harmonic mean of precision and recall', ...pager].join('\n'), 'jekyll.txt')).toEqual([
      ['Which metric for imbalanced binary classification?', 'f1-score\nthe harmonic mean of precision and recall'],
    ]);
    expect(answerTextsOf(['Tuning notes', '', 'What learning rate do you start AdamW at?', '', '1e-3', ...pager].join('\n'), 'blog.txt')).toEqual([['What learning rate do you start AdamW at?', '1e-3']]);
    // Under Velog's byline too, a number is no handle, and a signed card apart from the pager has a bio.
    expect(answerTextsOf(['velog', '[AI 면접] 딥러닝 기초', 'jiwoo_dev · 2023년 3월 14일', '1. BERT-base의 어텐션 헤드 수는?', '', '12', '', '이전 포스트', '[AI 면접] 통계 기초', '0개의 댓글', ''].join('\n'), 'velog.txt')).toEqual([['BERT-base의 어텐션 헤드 수는?', '12']]);
  });
});

describe("a Q&A site's chrome round each answer", () => {
  it('is left out of a Markdown note as of copied text: the byline over the answer, `Read more »` and the vote buttons under it, each noted', () => {
    const page =
      '#### Q. What is the difference between a data scientist and a data engineer?\n*Answered by Priya · 3 upvotes*\n\nEngineers build pipelines; scientists build models.\n\n[Read more »](https://example.com/faq/1)\n\n#### Q. Which language should I learn first?\n*Answered by Tom · 10 upvotes*\n\nPython.\n\n👍 Helpful (12)   👎 Not helpful (1)\n\n#### Q. Is a PhD required?\n';
    const copied = page.replace(/#### |\*/g, '').replace(/\[(Read more »)\]\(\S+\)/, '$1');
    for (const [text, file] of [[page, 'faq.md'], [copied, 'faq.txt']] as const) {
      const note = readNote(text, file);
      expect(note.questions.map((question) => [question.question, question.answer?.text ?? null]), file).toEqual([
        ['What is the difference between a data scientist and a data engineer?', 'Engineers build pipelines; scientists build models.'],
        ['Which language should I learn first?', 'Python.'],
        ['Is a PhD required?', null],
      ]);
      expect(messagesOf(note.vfile), file).toEqual([2, 6, 9, 13].map((line) => `${line}:site-chrome`));
    }
    expect(readNote(page, 'faq.md').vfile.messages[0]!.reason).toBe('Left out site chrome: "*Answered by Priya · 3 upvotes*"');
  });

  it('keeps those words where they say more: `Answered by` with no votes, `read more` in a sentence, a count alone', () => {
    expect(answerTextsOf('## Who answers the support tickets?\n\n*Answered by Priya*\n\n## Where is the rest of the paper?\n\nRead more in the appendix.\n\n## How many upvotes did it get?\n\n👍 12\n')).toEqual([
      ['Who answers the support tickets?', 'Answered by Priya'],
      ['Where is the rest of the paper?', 'Read more in the appendix.'],
      ['How many upvotes did it get?', '👍 12'],
    ]);
  });

  it("is read in a Markdown note only where an answerer's byline marks the page: a list's `[Read more](…)` to a paper and a count of votes that answers stay", () => {
    expect(answerTextsOf('### 1. What is batch normalization?\n\nNormalising a layer\'s inputs over the mini-batch.\n\n[Read more](https://arxiv.org/abs/1502.03167)\n\n### 2. What is the vanishing gradient problem?\n\nGradients shrink through many layers.\n\n[Read more →](https://www.deeplearningbook.org/contents/optimization.html)\n')).toEqual([
      ['What is batch normalization?', "Normalising a layer's inputs over the mini-batch.\nRead more"],
      ['What is the vanishing gradient problem?', 'Gradients shrink through many layers.\nRead more →'],
    ]);
    expect(answerTextsOf('## 사용자 피드백 요약은?\n\n👍 120 / 👎 30\n')).toEqual([['사용자 피드백 요약은?', '👍 120 / 👎 30']]);
  });

  it('is read with patterns that do not backtrack', () => {
    for (const pattern of ANSWER_CHROME) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});

describe('a chat with an assistant copied from its page', () => {
  it("leaves out who says what (`You said:`, `ChatGPT said:`) and the page's own question, so neither opens nor ends an answer", () => {
    const note = readNote(
      'You said:\nwhat is the KV cache?\n\nChatGPT said:\nIt stores the keys and values of past tokens, so each new token computes only its own.\n\nYou said:\nwhy is the decoder masked?\n\nChatGPT said:\nSo that a position cannot attend to later ones.\n\nIs this conversation helpful so far?\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['what is the KV cache?', 'It stores the keys and values of past tokens, so each new token computes only its own.'],
      ['why is the decoder masked?', 'So that a position cannot attend to later ones.'],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'site-chrome').map((message) => message.line)).toEqual([1, 4, 7, 10, 13]);
  });
});
