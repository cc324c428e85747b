/**
 * A post copied as text from a blog's page opens with the site's header, the post's title and its byline (who wrote
 * it, and when). The byline tells the title; the header and the byline are the page's chrome, each line noted.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { AUTHOR_LINE, BYLINE } from '../../src/parse/post-head.js';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';

const chromeLines = (text: string) => parsePlainText(text).leftOut.filter(({ reason }) => reason === 'site-chrome').map(({ line }) => line);

describe("a copied post's head", () => {
  it("is titled by the first of the lines over its byline, not by the site's name at the note's head: the header and the byline are chrome, the subtitle no topic", () => {
    const post =
      'brunch\n브런치스토리 홈\n브런치북\n\n데이터 사이언티스트 면접 질문\n실제로 받은 질문을 정리합니다\n\nby 데이터하는곰 Mar 14. 2024\n\n1. p-value는 무엇을 의미하나요?\n\n귀무가설이 참일 때 관측값 이상이 나올 확률입니다.\n';
    expect(parsePlainText(post).title).toEqual({ text: '데이터 사이언티스트 면접 질문', line: 5 });
    expect(chromeLines(post)).toEqual([1, 2, 3, 8]);
    const { summary, questions, vfile } = readNote(post, 'brunch.txt');
    expect(summary.title).toBe('데이터 사이언티스트 면접 질문');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.topic])).toEqual([['p-value는 무엇을 의미하나요?', '귀무가설이 참일 때 관측값 이상이 나올 확률입니다.', null]]);
    expect(messagesOf(vfile)).toEqual(['1:site-chrome', '2:site-chrome', '3:site-chrome', '6:subtitle', '8:site-chrome']);
  });

  it('is titled by the line under its byline past the post\'s counts, as DEV sets them, every line over it chrome', () => {
    const post =
      'DEV Community\nSearch...\nLog in\nCreate account\n\nCover image for 7 Vision Questions I Got\nSam Rivera\nSam Rivera\nPosted on Mar 2\n\n42\n5\n31\n\n7 Vision Questions I Got\n#computervision #interview\n\nWhat is IoU?\nOverlap divided by union.\n';
    expect(parsePlainText(post).title).toEqual({ text: '7 Vision Questions I Got', line: 15 });
    expect(chromeLines(post)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13]);
    expect(readNote(post, 'dev.txt').questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is IoU?', 'Overlap divided by union.']]);
  });

  it("is titled by the line right over its byline where the site's header runs on into it, and by the note's first line where that is the one over it", () => {
    const glassdoor = 'Glassdoor\nCommunity\nJobs\nCompanies\nSign In\nCoupang Data Scientist Interview Questions\nUpdated Apr 9, 2024\n\nHow would you measure a new widget?\n';
    expect(parsePlainText(glassdoor).title).toEqual({ text: 'Coupang Data Scientist Interview Questions', line: 6 });
    expect(chromeLines(glassdoor)).toEqual([1, 2, 3, 4, 5, 7]);
    const tistory = '[NLP] 자연어처리 면접 질문 정리\n딥러닝 · 2023. 8. 21. 21:37\n\n1. 임베딩이란?\n단어를 벡터로 나타낸 것.\n';
    expect(parsePlainText(tistory).title).toEqual({ text: '[NLP] 자연어처리 면접 질문 정리', line: 1 });
    expect(chromeLines(tistory)).toEqual([2]);
  });

  it('is read only before anything asks: a byline under a question is its answer, and the first line the title', () => {
    const note = 'ML notes\n\nWho wrote the Adam paper?\nby Kingma and Ba Dec 22, 2014\n\nvelog\njiwoo_dev · 2023년 3월 14일\n';
    expect(parsePlainText(note).title).toEqual({ text: 'ML notes', line: 1 });
    expect(chromeLines(note)).toEqual([]);
    // A head's byline, with the title it tells, beside it.
    expect(chromeLines('velog\n로그인\n\n[딥러닝] CNN 면접 질문 정리\njiwoo_dev · 2023년 3월 14일\n\n1. CNN이 MLP보다 나은 이유는?\n')).toEqual([1, 2, 5]);
  });

  it("of an answer copied from a Zhihu question page is the thread's question, the note's title and no question of it: the question's stats and the answerer's name and headline are chrome", () => {
    const answer =
      '机器学习面试中有哪些常见问题？\n关注者\n1,284\n被浏览\n392,551\n张三\n算法工程师\n关注\n1,024 人赞同了该回答\n整理了一些：\n\n1. 什么是过拟合？\n模型在训练集上表现好、测试集上差。\n\n2. 为什么 LR 用交叉熵？\n梯度更好。\n';
    expect(parsePlainText(answer).title).toEqual({ text: '机器学习面试中有哪些常见问题？', line: 1 });
    expect(chromeLines(answer)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const { summary, questions } = readNote(answer, 'zhihu.txt');
    expect(summary.title).toBe('机器学习面试中有哪些常见问题？');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['什么是过拟合？', '模型在训练集上表现好、测试集上差。'],
      ['为什么 LR 用交叉熵？', '梯度更好。'],
    ]);
    // With no button or vote under them, the lines under the stats are the answer's; with one stat only, the first line asks.
    expect(chromeLines('机器学习面试中有哪些常见问题？\n关注者\n1,284\n被浏览\n392,551\n过拟合和欠拟合\n\n1. 什么是过拟合？\n模型记住了噪声。\n')).toEqual([2, 3, 4, 5]);
    expect(parsePlainText('什么是关注者？\n关注者\n1,284\n\n1. 什么是过拟合？\n模型记住了噪声。\n').title).toBeUndefined();
  });

  it("leaves out a byline with no date, which tells no title: right over the questions it is never their topic, the post's category is", () => {
    const tistory = (byline: string) =>
      `데이터 사이언티스트 통계 면접 질문 모음\n\n통계학\n2026. 1. 22. 23:41\nㆍ\nData Science/Statistics\n${byline}\n\n1. p-value란 무엇인가요?\n귀무가설이 참일 때 관측값 이상이 나올 확률입니다.\n\n2. 1종 오류와 2종 오류의 차이는?\n1종은 참인 귀무가설을 기각하는 것.\n`;
    for (const byline of ['글쓴이 : 데분러', 'by 데분러', '작성자: 데분러']) {
      const { summary, questions, vfile } = readNote(tistory(byline), 'tistory.txt');
      expect(summary.title).toBe('데이터 사이언티스트 통계 면접 질문 모음');
      expect(questions.map((question) => question.topic)).toEqual(['Data Science/Statistics', 'Data Science/Statistics']);
      expect(chromeLines(tistory(byline))).toEqual([4, 7]);
      expect(messagesOf(vfile)).toContain('7:site-chrome');
    }
    for (const byline of ['Posted by Jane Doe', 'Posted by admin', 'By Priya Sharma', 'by jiwoo_dev']) {
      expect(chromeLines(`Transformer Interview Questions\n${byline}\n\nWhat is attention?\nA weighted sum of values.\n`), byline).toEqual([2]);
    }
    expect(chromeLines('Transformer Interview Questions\nAuthor: jiwoo_dev\n\nWhat is attention?\nA weighted sum of values.\n')).toEqual([2]);
  });

  it('reads no dateless byline in a lower-case word or one capitalised word after `by`, under a question, or in Medium\'s `Written by`', () => {
    // `By the way` opens a sentence, `By Topic` heads the sections under it; under a question, `by Kingma and Ba`
    // answers it; `Written by` opens Medium's card.
    expect(chromeLines('ML notes\nBy the way\n\nWhat is Adam?\nAn optimizer.\n')).toEqual([]);
    expect(chromeLines('Interview Questions\nBy Topic\n\nStatistics\n1. What is a p-value?\nThe chance of data as extreme under the null.\n')).toEqual([]);
    expect(chromeLines('ML notes\n\nWho wrote the Adam paper?\nby Kingma and Ba\n')).toEqual([]);
    expect(chromeLines('Attention paper\nWritten by Noam Shazeer\n\nWhat is attention?\nA weighted sum of values.\n')).toEqual([]);
  });

  it('reads no dateless byline in `작성자` / `글쓴이` opening a title or a sentence: with no colon, only over one word alone', () => {
    // Review s68: a title (`작성자 권한 관리`), a topic (`작성자별 게시글 수 집계`) and an answer's line were left out.
    expect(AUTHOR_LINE.test('작성자 데분러')).toBe(true);
    expect(['작성자 권한 관리', '작성자별 게시글 수 집계', '작성자 본인과 관리자만 수정 가능'].filter((line) => AUTHOR_LINE.test(line))).toEqual([]);
    const { summary } = readNote('작성자 권한 관리\n\nQ. 게시글 수정 권한은 어디서 검사하나요?\nA. 서비스 계층에서 작성자 id를 비교한다.\n', 'auth.txt');
    expect(summary.title).toBe('작성자 권한 관리');
    expect(readNote('SQL 코딩테스트 대비\n\n작성자별 게시글 수 집계\n\nQ. 작성자별 게시글 수를 구하는 쿼리는?\nA. GROUP BY author_id.\n', 'sql.txt').questions.map((question) => question.topic)).toEqual(['작성자별 게시글 수 집계']);
  });

  it("reads no dateless byline under a line that asks with no question mark: it is the answer's (a numbered task, a Korean request, a bare question)", () => {
    // Review s68: a git log's `Author:` line, a schema's `author:` field, `Posted by …` and `By Skip Connections` were left out of answers.
    const answers = (text: string) => readNote(text, 'notes.txt').questions.map((question) => question.answer?.text);
    expect(answers('게시판 설계 면접 정리\n\n1. 게시글 수정 권한을 어떻게 설계할지 설명해보세요\n작성자 본인과 관리자만 수정 가능\n\n2. 삭제는 어떻게 처리하나요?\n소프트 삭제를 쓴다.\n')[0]).toBe('작성자 본인과 관리자만 수정 가능');
    expect(answers('Git 면접 정리\n\n1. git log 출력 형식을 설명해보세요\ncommit <해시>\nAuthor: <이름> <이메일>\n\n2. merge와 rebase의 차이는?\nmerge는 병합 커밋을 만든다.\n')[0]).toContain('Author: <이름> <이메일>');
    expect(chromeLines('도서 대출 시스템 설계\n\n1. 테이블을 설계해보세요\nBook\n  author: varchar\n')).toEqual([]);
    expect(chromeLines('Reddit clone\n\n1. Design the data model for posts and comments\nThe page header shows\nPosted by u_author\n')).toEqual([]);
    expect(answers("CNN quick answers\n\nHow does ResNet avoid vanishing gradients\nBy Skip Connections\n\nWhat does batch norm normalise?\nEach channel's activations.\n")[0]).toBe('By Skip Connections');
  });

  it("reads no dateless byline in `By` over capitalised words on the note's first line: it is the title, a byline stands under one", () => {
    // Review s68: `By Bayes' Theorem` and `By The Numbers` were left out, the formula or nothing titling the note.
    expect(readNote("By Bayes' Theorem\n\nP(A|B) = P(B|A) P(A) / P(B)\n\n1. What is the prior here?\nThe 1% prevalence.\n", 'bayes.txt').summary.title).toBe("By Bayes' Theorem");
    expect(readNote('By The Numbers\n\nWhat is the mode?\n3.\n', 'stats.txt').summary.title).toBe('By The Numbers');
    // Under a title, or in another script on the first line, it is still a byline.
    expect(chromeLines('Transformer Interview Questions\nBy Priya Sharma\n\nWhat is attention?\nA weighted sum of values.\n')).toEqual([2]);
    expect(chromeLines('by 데분러\n\n1. p-value란 무엇인가요?\n확률입니다.\n')).toEqual([1]);
  });

  it('matches a byline in linear time', () => {
    expect(backtracking(BYLINE)).toBeUndefined();
  });

  it('matches a byline with no date in linear time', () => {
    expect(backtracking(AUTHOR_LINE)).toBeUndefined();
  });
});
