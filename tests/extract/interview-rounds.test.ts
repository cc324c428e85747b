/**
 * Interview logs (面经): under a heading naming a round of an interview (`### 一面`), every line or item is
 * what was asked there, worded as a topic or a task or not; what the author nests or quotes under an item
 * is their answer. In a note titled as such a log, a section named only by the company is read so too.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { namesInterviewLog, namesInterviewRound } from '../../src/extract/interview-rounds.js';

const asked = (text: string) => readNote(text).questions.map((question) => [question.topic, question.question, question.answer?.markdown ?? null]);

describe('the name of an interview round', () => {
  it('is a round counted or named (`一面`, `HR 面`, `第二轮`, `笔试`, `Round 2`, `2차 면접`), with a note after it', () => {
    for (const title of ['一面', '二面（广告）', '四面（非加面）', 'HR 面', '技术面：', '第二轮面试', '笔试', 'Round 2', 'Final round', 'Round 1: ML design', '2차 면접']) {
      expect(namesInterviewRound(title), title).toBe(true);
    }
  });

  it('is not a topic that holds the word (`面试技巧`, `Round-trip time`, `Interview questions`)', () => {
    for (const title of ['面试技巧', '面试', '一面之词很重要吗', 'Round-trip time', 'Interview questions', '기술 면접']) {
      expect(namesInterviewRound(title), title).toBe(false);
    }
  });

  it('of the whole note: a log of interviews (`暑期实习笔面经`, `Interview experiences`)', () => {
    expect(namesInterviewLog('暑期实习笔面经')).toBe(true);
    expect(namesInterviewLog('My interview experiences')).toBe(true);
    expect(namesInterviewLog('深度学习面试题')).toBe(false);
  });
});

describe('the lines of a round', () => {
  it('are each a question, worded as a question or not, and none is the answer of the one above', () => {
    const note = '### 腾讯 TEG\n\n#### 一面\n\nPython 怎么处理参数\n\nPython 并发处理\n\ntwoSum O(n)\n\n#### 二面\n\nLR loss 与 SVM loss 有什么区别\n决策树分类划分标准，回归划分标准\n';
    expect(asked(note)).toEqual([
      ['一面', 'Python 怎么处理参数', null],
      ['一面', 'Python 并发处理', null],
      ['一面', 'twoSum O(n)', null],
      ['二面', 'LR loss 与 SVM loss 有什么区别', null],
      ['二面', '决策树分类划分标准，回归划分标准', null],
    ]);
  });

  it('end at the next heading of the round’s depth: a section after it is read as any other', () => {
    const note = '### 一面\n\n处理过拟合\n\n### 总结\n\n准备得还不够。\n';
    expect(asked(note)).toEqual([['一面', '处理过拟合', null]]);
  });
});

describe('the items of a round', () => {
  it('are questions answered by what is nested or quoted under them; a formality is left out, said so', () => {
    const note =
      '## 字节跳动\n\n### 三面\n- 自我介绍\n- 为什么会出现梯度消失和梯度爆炸\n  - 分别说了下前馈网络和 RNN 的情况\n- 【算法】找数组中前 k 大的数字\n  > 我说了两个思路：最小堆和快排。\n\n### 一面\n1. 二分查找；\n1. 判断链表是否有环；\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.topic, question.question, question.answer?.markdown ?? null])).toEqual([
      ['三面', '为什么会出现梯度消失和梯度爆炸', '- 分别说了下前馈网络和 RNN 的情况'],
      ['三面', '【算法】找数组中前 k 大的数字', '> 我说了两个思路：最小堆和快排。'],
      ['一面', '二分查找', null],
      ['一面', '判断链表是否有环', null],
    ]);
    expect(messagesOf(vfile)).toContain('4:interview-formality');
  });

  it('are filed under the bold label over them, which is no question', () => {
    const note = '### 二面（广告）\n**论文/项目相关**\n- 意图识别数据怎么标注\n\n**深度学习相关**\n- BiLSTM 相比 LSTM 有哪些提升\n';
    expect(asked(note)).toEqual([
      ['论文/项目相关', '意图识别数据怎么标注', null],
      ['深度学习相关', 'BiLSTM 相比 LSTM 有哪些提升', null],
    ]);
  });

  it('that name a group of questions (`RL + Seq2seq相关问题`) file the questions nested under them', () => {
    const note = '### 二面\n- RL + Seq2seq相关问题\n  - Seq2seq怎样和RL结合\n  - 具体训练流程是怎样的\n- Attention 是如何加的\n';
    expect(asked(note)).toEqual([
      ['RL + Seq2seq相关问题', 'Seq2seq怎样和RL结合', null],
      ['RL + Seq2seq相关问题', '具体训练流程是怎样的', null],
      ['二面', 'Attention 是如何加的', null],
    ]);
  });

  it('that only link to another page are left out as links', () => {
    const { questions, vfile } = readNote('## 笔试\n- [字节跳动 180812](./笔试-字节跳动-180812.md)\n- 手写 K-Means\n');
    expect(questions.map((question) => question.question)).toEqual(['手写 K-Means']);
    expect(messagesOf(vfile)).toContain('2:references');
  });

  it('keep a long remark that asks nothing with the question above it', () => {
    const remark = 'The interviewer then moved on to my internship project and we talked about it for a while.';
    const note = `### Round 1\n\n- Two Sum\n- ${remark}\n- Explain dropout.\n`;
    expect(asked(note)).toEqual([
      ['Round 1', 'Two Sum', `- ${remark}`],
      ['Round 1', 'Explain dropout.', null],
    ]);
  });
});

describe('a round written otherwise', () => {
  it('keeps its own reading: `Q:` over `A:`, and a transcript, are questions with their answers', () => {
    const note = '### 一面\n\nQ: 什么是过拟合？\nA: 训练好，测试差。\n\nInterviewer: What is dropout?\nMe: Zeroing units at random.\nInterviewer: Why does it help?\nMe: It stops co-adaptation.\n';
    expect(asked(note)).toEqual([
      ['一面', '什么是过拟合？', '训练好，测试差。'],
      ['一面', 'What is dropout?', 'Zeroing units at random.'],
      ['一面', 'Why does it help?', 'It stops co-adaptation.'],
    ]);
  });

  it('in bold questions over what the author answered is read as any such section: its plain lines are answers, no bold line a label (`Follow-up:` left out of the wording, as anywhere)', () => {
    const note =
      '## The questions\n\n### Round 1: coding\n\n**Given an array of integers, return the indices of the two numbers that add up to a target.**\n\nClassic two-sum. I used a hash map, O(n) time and space.\n\n' +
      '**Follow-up: what if the array is sorted?**\n\nTwo pointers, O(1) extra space.\n\n### Round 2\n\n**How does a decision tree decide where to split?**\n\nIt picks the split that maximizes the impurity reduction.\n';
    expect(asked(note)).toEqual([
      ['Round 1: coding', 'Given an array of integers, return the indices of the two numbers that add up to a target.', 'Classic two-sum. I used a hash map, O(n) time and space.'],
      ['Round 1: coding', 'what if the array is sorted?', 'Two pointers, O(1) extra space.'],
      ['Round 2', 'How does a decision tree decide where to split?', 'It picks the split that maximizes the impurity reduction.'],
    ]);
  });

  it('keeps the list reading of a round that lists its questions, a bold remark after them no question of the kind', () => {
    const note = '# 字节跳动 算法岗 面经\n\n### 一面\n1. 介绍项目\n2. Transformer 的复杂度是多少\n3. 手撕 LRU\n\n**面试官人很好，感觉能过吗？**\n应该可以。\n';
    const questions = asked(note).map(([, question]) => question);
    // `介绍项目` is a formality of the round, left out; every other item is what was asked.
    expect(questions).not.toContain('介绍项目');
    expect(questions.slice(0, 2)).toEqual(['Transformer 的复杂度是多少', '手撕 LRU']);
  });
});

describe('a line naming a round where the note is no log, or where its questions are set apart from their answers', () => {
  it('opens no round: a study note of bold questions under `1차 면접` keeps its questions and their answers', () => {
    const note = '# 면접 스터디\n\n1차 면접\n\n**CNN과 RNN의 차이는?**\nCNN은 지역적 패턴을 다룬다.\n\n**Overfitting을 막는 방법은?**\n데이터 증강, 드롭아웃.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['CNN과 RNN의 차이는?', 'CNN은 지역적 패턴을 다룬다.'],
      ['Overfitting을 막는 방법은?', '데이터 증강, 드롭아웃.'],
    ]);
    const log = '# 面经\n\n一面\n\n**L1 和 L2 正则化的区别？**\nL1 产生稀疏解。\n';
    expect(readNote(log).questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([['L1 和 L2 正则化的区别？', 'L1 产生稀疏解。']]);
  });

  it('opens rounds in a log named by its rounds only (`字节跳动 算法实习 一二面` over `一面（1h）` and `二面`), and leaves out the verdicts on them', () => {
    const note = '字节跳动 算法实习 一二面 已OC\n\n一面（1h）\n1. 自我介绍\n2. 讲一下 Transformer 的结构\n\n二面（45min）\n1. 项目深挖，为什么用 LightGBM\n2. 反问\n\n体验：面试官很 nice\n';
    const { questions, vfile } = readNote(note, 'log.txt');
    expect(questions.map((question) => question.question)).toEqual(['讲一下 Transformer 的结构', '项目深挖，为什么用 LightGBM']);
    expect(messagesOf(vfile).filter((message) => message.endsWith('interview-formality'))).toEqual(['4:interview-formality', '9:interview-formality', '11:interview-formality']);
    // `Summary:` over a task is the task: `Summary: 总结一下你项目里的模型迭代过程`.
    expect(readNote('# 面经\n\n## 二面\n\n- Summary: 总结一下你项目里的模型迭代过程\n- Overall: friendly interviewer\n').questions.map((question) => question.question)).toEqual(['Summary: 总结一下你项目里的模型迭代过程']);
  });

  it('keeps as questions a formality named with the question after it (`项目，为什么用 LightGBM`) and an evaluation question (`评价：…`)', () => {
    const note = '# 面经\n\n## 一面\n\n- 自我介绍\n- 项目，为什么用 LightGBM 不用 XGBoost\n- 评价：离线 AUC 涨了线上不涨，可能的原因\n';
    expect(readNote(note).questions.map((question) => question.question)).toEqual(['项目，为什么用 LightGBM 不用 XGBoost', '评价：离线 AUC 涨了线上不涨，可能的原因']);
  });
});

describe('a round whose questions are labelled (`**Q: …**`, `**Q. …**`) over their answers', () => {
  it('is read as any section so written: each labelled line a question, the lines under it its answer', () => {
    for (const label of ['**Q: ', '**Q. ']) {
      const note = `# Interview notes\n\n## Round 1 (phone screen)\n\n${label}What is dropout?**\nRandomly zeroes units.\n\n${label}What is momentum?**\n\nA running average.\n\n## Round 2\n\n${label}What is batch norm?**\nNormalises activations.\n`;
      expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null]), label).toEqual([
        ['What is dropout?', 'Randomly zeroes units.'],
        ['What is momentum?', 'A running average.'],
        ['What is batch norm?', 'Normalises activations.'],
      ]);
    }
  });
});

describe('a note titled as a log of interviews', () => {
  it('reads the lines of a section named only by the company as a round’s, and a round named on a line of its own labels them', () => {
    const note = '---\ntitle: 暑期实习笔面经\n---\n\n### 网易雷火\n\ndropout 求导\n\nSVM 对偶\n\n### 华为\n\n技术面\n\nTensorFlow 的动态图和静态图的应用场景分别是什么？\n';
    expect(asked(note)).toEqual([
      ['网易雷火', 'dropout 求导', null],
      ['网易雷火', 'SVM 对偶', null],
      ['技术面', 'TensorFlow 的动态图和静态图的应用场景分别是什么？', null],
    ]);
  });

  it('reads its own opening and closing sections (`## 들어가며`, `## 마무리`) as no round: their lines are not questions', () => {
    const note = '# DS 기술 면접 후기\n\n## 들어가며\n\n생각보다 기초 질문이 많았다. 왜 이렇게 기초를 물어볼까? 아마 기본기를 보려는 것 같다.\n\n## Q1) p-value가 무엇인가요?\n\n귀무가설이 참일 때 극단적인 결과가 나올 확률.\n\n## 마무리\n\n다음엔 더 잘 보자 💪\n';
    expect(asked(note)).toEqual([[null, 'p-value가 무엇인가요?', '귀무가설이 참일 때 극단적인 결과가 나올 확률.']]);
  });

  it('reads the section on the questions the candidate asked (`## 역질문`, `## 역질문 & 소감`) as no round: its narrative is no question, noted', () => {
    for (const heading of ['역질문', '역질문 & 소감', '소감 및 역질문']) {
      const note = `# 카카오 1차 기술면접 후기\n\n## 기본기 질문\n\n- Positional encoding이 필요한 이유는?\n  - self-attention은 순서를 모르기 때문입니다.\n\n## ${heading}\n\n마지막으로 역질문 시간에 팀의 서빙 스택을 여쭤봤습니다. 결과는 다음 주에 나온다고 하네요.\n`;
      const read = readNote(note);
      expect(read.questions.map((question) => question.question)).toEqual(['Positional encoding이 필요한 이유는?']);
      expect(messagesOf(read.vfile)).toEqual(['10:section-text']);
    }
  });

  it('leaves out the Korean formalities of a round (`자기소개`, `역질문`), noted', () => {
    const { questions, vfile } = readNote('# 네이버 면접 후기\n\n## 1차 면접\n\n- 자기소개\n- Dropout은 왜 쓰나요?\n- 역질문\n');
    expect(questions.map((question) => question.question)).toEqual(['Dropout은 왜 쓰나요?']);
    expect(messagesOf(vfile)).toEqual(['5:interview-formality', '7:interview-formality']);
  });

  it('reads a company’s section of bold questions over their answers as any such section', () => {
    const note = '# My interview experiences\n\n## Google\n\n**What is dropout?**\n\nZeroing units at random.\n\n**Why does it help?**\n\nIt stops co-adaptation.\n';
    expect(asked(note)).toEqual([
      ['Google', 'What is dropout?', 'Zeroing units at random.'],
      ['Google', 'Why does it help?', 'It stops co-adaptation.'],
    ]);
  });

  it('leaves the lists of a section that is not a round to the usual reading (a written test’s problem and its notes)', () => {
    const note = '# 笔试面经\n\n## 拼多多 笔试\n\n### 1. 数组中的最长山谷\n- 原题是找山脉，这里改成了山谷\n- **思路**：暴力枚举\n';
    expect(asked(note)).toEqual([['拼多多 笔试', '数组中的最长山谷', '- 原题是找山脉，这里改成了山谷\n- **思路**：暴力枚举']]);
  });
});

describe('a round named on a line of text, no heading over it (a 面经 copied off a forum)', () => {
  const copied =
    '字节跳动 算法工程师 一面二面面经\n牛客网\n\n一面（1h）\n1. 自我介绍\n2. 聊项目，问得很细\n3. 讲一下 DeepFM 的结构\n4. 手撕：最长递增子序列\n\n二面（50min）\n1. Transformer 的 self-attention 计算过程\n2. 反问\n\n总结：面试官人都很好，会引导。\n';

  it('reads the lines under the name as what was asked, round by round, each round its own topic', () => {
    const { questions } = readNote(copied, 'mianjing.txt');
    expect(questions.map((question) => [question.topic, question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['一面（1h）', '讲一下 DeepFM 的结构', null, 7],
      ['一面（1h）', '手撕：最长递增子序列', null, 8],
      // The next round's first line was the answer of the last question of the round before.
      ['二面（50min）', 'Transformer 的 self-attention 计算过程', null, 11],
    ]);
  });

  it("leaves out the rounds' formalities, a remark after one too (`聊项目，问得很细`), and reads the author's verdict as no question", () => {
    const { vfile } = readNote(copied, 'mianjing.txt');
    expect(messagesOf(vfile)).toEqual(expect.arrayContaining(['5:interview-formality', '6:interview-formality', '12:interview-formality', '14:interview-formality']));
    // A formality with a remark that asks is a question: `聊项目，用了什么模型？`.
    expect(readNote('面经\n\n一面\n1. 聊项目，用了什么模型？\n2. 自我介绍\n', 'log.txt').questions.map((question) => question.question)).toEqual(['聊项目，用了什么模型？']);
  });
});

describe('a round whose questions the author omitted', () => {
  it('asks nothing (`## 2차 면접 (인성)` over `생략`, `(생략)`, `skip`): noted, not a question with no answer', () => {
    for (const omitted of ['생략', '(생략)', 'skip']) {
      const { questions, vfile } = readNote(`# 네이버 인턴 면접 후기\n\n## 1차 면접 (기술)\n\n- Dropout은 왜 쓰나요?\n\n## 2차 면접 (인성)\n\n${omitted}\n`);
      expect(questions.map((question) => [question.topic, question.question]), omitted).toEqual([['1차 면접 (기술)', 'Dropout은 왜 쓰나요?']]);
      expect(messagesOf(vfile), omitted).toEqual(['9:interview-formality']);
      expect(vfile.messages[0]!.reason).toContain('the author omitted what stood under "2차 면접 (인성)"');
    }
  });

  it('is no part of the answer above where an item among the round\'s questions says so (`- 생략`): noted', () => {
    const { questions, vfile } = readNote('# 삼성 리서치 면접 후기\n\n## 1차 면접 (기술)\n\n- CNN에서 pooling의 역할은?\n  - 위치 불변성과 연산량 감소.\n- 생략\n- Softmax와 Sigmoid의 차이는?\n  - 다중 클래스 vs 이진.\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['CNN에서 pooling의 역할은?', '- 위치 불변성과 연산량 감소.'],
      ['Softmax와 Sigmoid의 차이는?', '- 다중 클래스 vs 이진.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:interview-formality']);
    expect(vfile.messages[0]!.reason).toBe('Left out "생략" (line 7): the author omitted what stood under "1차 면접 (기술)"');
  });
});

describe("an interview round's opening formality", () => {
  it("names the candidate's introduction, with the talk about projects that goes with it (`- 자기소개 및 프로젝트 설명`)", () => {
    const { questions, vfile } = readNote('# 네이버 면접 후기\n\n## 1차 면접\n\n- 자기소개 및 프로젝트 설명\n- Dropout은 왜 쓰나요?\n');
    expect(questions.map((question) => question.question)).toEqual(['Dropout은 왜 쓰나요?']);
    expect(messagesOf(vfile)).toEqual(['5:interview-formality']);
  });

  it('is read as any line outside a round: a learner practises their introduction (`## 1분 자기소개` over their script)', () => {
    const { questions } = readNote('# 면접 준비\n\n## 1분 자기소개\n\n안녕하세요, 3년차 ML 엔지니어입니다.\n\n## 가장 자신 있는 프로젝트는?\n\n추천 시스템 개선 프로젝트입니다.\n');
    expect(questions.map((question) => question.question)).toEqual(['1분 자기소개', '가장 자신 있는 프로젝트는?']);
  });
});

describe('a note that is no log', () => {
  it('reads the lines under an ordinary heading as before: only the line that asks is a question', () => {
    expect(asked('## 过拟合\n\n处理过拟合的方法有哪些？\n\n正则化\n\n数据增强\n')).toEqual([['过拟合', '处理过拟合的方法有哪些？', '正则化\n\n数据增强']]);
  });
});
