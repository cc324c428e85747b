import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { questionId } from '../../src/normalise/question-id.js';
import { answerProse, languageOf, questionLanguage } from '../../src/normalise/language.js';
import { splitBilingual } from '../../src/normalise/bilingual.js';
import { cleanPrompt, withoutSectionNumber } from '../../src/wording/prompt-text.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { answerMarkdown, answerMarkdowns } from '../../src/normalise/answer-markdown.js';
import { answerHtml, needsHtmlParser } from '../../src/normalise/answer-html.js';
import { answerText } from '../../src/normalise/answer-text.js';

describe('question text', () => {
  it('drops numbering, Q: prefixes, emphasis and difficulty emoji with joiners', () => {
    expect(cleanPrompt('12) What is bias?')).toBe('What is bias?');
    expect(cleanPrompt('Q3. What is variance?')).toBe('What is variance?');
    expect(cleanPrompt('# 2. Implement cross-entropy loss')).toBe('Implement cross-entropy loss');
    expect(cleanPrompt('How do we check normality? \u200d⭐️')).toBe('How do we check normality?');
    expect(cleanPrompt('**What is X?**')).toBe('What is X?');
  });

  it("drops how an interviewer leads to a question (`First question:`, `Next:`), as a transcript says it, only before words that ask, and starts the question with a capital", () => {
    expect(cleanPrompt('First question: what is the difference between bagging and boosting?')).toBe('What is the difference between bagging and boosting?');
    expect(cleanPrompt('Next: how do you handle missing values in a tree model?')).toBe('How do you handle missing values in a tree model?');
    expect(cleanPrompt('Last one: why does k-NN scale badly?')).toBe('Why does k-NN scale badly?');
    // A name keeps its case.
    expect(cleanPrompt('Next: k-NN이 느린 이유는?')).toBe('k-NN이 느린 이유는?');
    // A section named next is no question led to.
    expect(cleanPrompt('Next: Transformers')).toBe('Next: Transformers');
  });

  it("drops the question's turn named as a speaker says it, after the fillers of speech and closed by a full stop or a comma too (`Okay um so question one.`, `Last one.`, `다음 질문.`)", () => {
    expect(cleanPrompt('Okay um so question one. What is the bias variance tradeoff?')).toBe('What is the bias variance tradeoff?');
    expect(cleanPrompt('Okay, and, um, last one. What\'s gradient boosting?')).toBe("What's gradient boosting?");
    expect(cleanPrompt('question number 2, how does a random forest reduce variance?')).toBe('How does a random forest reduce variance?');
    expect(cleanPrompt('다음 질문. 오버피팅은 어떻게 막나요?')).toBe('오버피팅은 어떻게 막나요?');
    // After a few words of the speaker's and a comma too; a question that mentions a turn keeps its words.
    expect(cleanPrompt('Alright, moving on, next question. How does bagging reduce variance?')).toBe('How does bagging reduce variance?');
    expect(cleanPrompt('What did you do in the last question, and why?')).toBe('What did you do in the last question, and why?');
    expect(cleanPrompt('In the first question, what is X?')).toBe('In the first question, what is X?');
    // Words before a turn that is no question's name, or closed by a comma, are the question's own.
    for (const own of [
      'Between TCP and UDP, the first one, why is it reliable?',
      'Of LSTM and GRU, the last one: how many gates does it have?',
      'Compared to ResNet, the next one, DenseNet, how does it reuse features?',
      'In a min heap, one more, why is insertion O(log n)?',
      'For this quiz, the next question, what is X?',
    ]) {
      expect(cleanPrompt(own)).toBe(own);
    }
    // A bare `first` or `next` leads only with a colon: `First, is the model overfitting?` asks with it.
    expect(cleanPrompt('First, is the model overfitting?')).toBe('First, is the model overfitting?');
  });

  it("drops a turn named without a mark, as auto-generated captions say it (`so the first question is what …?`, `next one why …?`), and the last answer's acknowledgement before the next question (`Great. How …?`), only before a question word", () => {
    expect(cleanPrompt('so the first question is what is gradient clipping?')).toBe('What is gradient clipping?');
    expect(cleanPrompt('next one why do we use warmup?')).toBe('Why do we use warmup?');
    expect(cleanPrompt('Great. How would you reduce variance without more data?')).toBe('How would you reduce variance without more data?');
    expect(cleanPrompt('Okay, great. Why does boosting overfit less?')).toBe('Why does boosting overfit less?');
    // Before words that are no question word, the words are the question's own; and a word that is no sentence of its own asks with the question.
    expect(cleanPrompt('The next one is harder?')).toBe('The next one is harder?');
    expect(cleanPrompt('Right, what is stacking?')).toBe('Right, what is stacking?');
  });

  it('drops a number after the number sign (`#1.`, `#12)`), as READMEs number their questions, but not a `#` of a term or a tag', () => {
    expect(cleanPrompt('#1. 딥러닝과 머신러닝의 차이는 무엇인가요?')).toBe('딥러닝과 머신러닝의 차이는 무엇인가요?');
    expect(cleanPrompt('#12) What is dropout?')).toBe('What is dropout?');
    const folds = readNote('## Deep Learning\n\n<details>\n<summary><b>#1. 딥러닝과 머신러닝의 차이는 무엇인가요?</b></summary>\n<br>\n\n딥러닝은 머신러닝의 한 분야입니다.\n\n</details>\n');
    expect(folds.questions.map((question) => question.question)).toEqual(['딥러닝과 머신러닝의 차이는 무엇인가요?']);
    // A tag has a letter, and `#define`, `C#` are words of the question.
    expect(cleanPrompt('#1a What is dropout?')).toBe('#1a What is dropout?');
    expect(cleanPrompt('#define 매크로와 inline 함수의 차이는?')).toBe('#define 매크로와 inline 함수의 차이는?');
    expect(cleanPrompt('C#에서 async는 어떻게 동작하나요?')).toBe('C#에서 async는 어떻게 동작하나요?');
    // With no mark after the number, only a number of two digits before a question word or a task's verb, or Korean:
    // a rank is worded (`#1 Priority`), and so is an issue's number (`#124`).
    expect(cleanPrompt('#3 Why does #pragma once matter?')).toBe('Why does #pragma once matter?');
    expect(cleanPrompt('#2 과적합이란?')).toBe('과적합이란?');
    expect(cleanPrompt('#1 Priority for Q3?')).toBe('#1 Priority for Q3?');
    expect(cleanPrompt('#1 priority when a model overfits?')).toBe('#1 priority when a model overfits?');
    expect(cleanPrompt('#124 What changed in the API?')).toBe('#124 What changed in the API?');
  });

  it('drops a number written in keycap emoji (1️⃣, 1️⃣0️⃣), as posts number their points, as it drops `1.`', () => {
    expect(cleanPrompt('1️⃣ Why is the validation loss lower than the training loss?')).toBe('Why is the validation loss lower than the training loss?');
    expect(cleanPrompt('1️⃣0️⃣ What is dropout?')).toBe('What is dropout?');
    // The keycap without its presentation selector (U+FE0F), as some sites copy it.
    expect(cleanPrompt('3\u20e3 Why would you not use SMOTE?')).toBe('Why would you not use SMOTE?');
    // Among the words it is the author's.
    expect(cleanPrompt('Why does 1️⃣ stand before the question?')).toBe('Why does 1️⃣ stand before the question?');
  });

  it('drops a Japanese exam\'s number (`問1　`, `問 1 `, `第1問 `) before the question, as it drops `Q1 `', () => {
    expect(cleanPrompt('問1　過学習の説明として，適切なものはどれか。')).toBe('過学習の説明として，適切なものはどれか。');
    expect(cleanPrompt('問 12 教師なし学習に分類される手法はどれか。')).toBe('教師なし学習に分類される手法はどれか。');
    expect(cleanPrompt('第3問 ReLU の式を答えよ。')).toBe('ReLU の式を答えよ。');
    expect(cleanPrompt('問題１　活性化関数を答えよ。')).toBe('活性化関数を答えよ。');
  });

  it('drops a zero-padded number and a space (`01 `), as WeChat, Brunch and Medium posts number their sections', () => {
    expect(cleanPrompt('01 LoRA 的核心思想是什么？')).toBe('LoRA 的核心思想是什么？');
    expect(cleanPrompt('07 Why does LoRA initialise B to zero?')).toBe('Why does LoRA initialise B to zero?');
    // A number that is not zero-padded is the wording's, and so is the 0-1 knapsack.
    expect(cleanPrompt('3 ways to regularise a CNN?')).toBe('3 ways to regularise a CNN?');
    expect(cleanPrompt('01 背包问题怎么用一维数组优化？')).toBe('01 背包问题怎么用一维数组优化？');
  });

  it('drops follow-up labels and those of Korean, Chinese and Japanese notes, full-width colon and all', () => {
    expect(cleanPrompt('질문 2: 배치 정규화란?')).toBe('배치 정규화란?');
    expect(cleanPrompt('질문：배치 정규화란?')).toBe('배치 정규화란?');
    // 追问, "a follow-up question", labels the follow-ups under an interview question.
    expect(cleanPrompt('追问：FlashAttention 改变了这个缩放因子吗？')).toBe('FlashAttention 改变了这个缩放因子吗？');
    expect(cleanPrompt('追问 1: RAG 系统中如何处理多轮对话的上下文？')).toBe('RAG 系统中如何处理多轮对话的上下文？');
    expect(cleanPrompt('問題 3. 過学習とは何ですか？')).toBe('過学習とは何ですか？');
    // 考点, "a point examined", labels a cheatsheet's questions.
    expect(cleanPrompt('考点 2: How do you diagnose overfitting?')).toBe('How do you diagnose overfitting?');
    expect(cleanPrompt('Follow-up: Why not divide by d_k?')).toBe('Why not divide by d_k?');
    expect(cleanPrompt('꼬리 질문: 왜 d_k로 나누지 않나요?')).toBe('왜 d_k로 나누지 않나요?');
    // Only as a label: a question that starts with the word keeps it.
    expect(cleanPrompt('问题在哪里？')).toBe('问题在哪里？');
    // A dash labels only before a space: `Q-learning` and `Q-values` are words.
    expect(cleanPrompt('Q - What is Q-learning?')).toBe('What is Q-learning?');
    expect(cleanPrompt('Q19- How does SARSA differ?')).toBe('How does SARSA differ?');
    expect(cleanPrompt('Q5: Q-values 和 V-values 有什么关系？')).toBe('Q-values 和 V-values 有什么关系？');
    expect(cleanPrompt('Q-learning vs SARSA')).toBe('Q-learning vs SARSA');
    // A book's chapter and question number (a PDF copied to text), whole, with a space or a point after it.
    expect(cleanPrompt('Q 3.4 What is the effect of L2 regularization?')).toBe('What is the effect of L2 regularization?');
    expect(cleanPrompt('Question 3.4.1: Why does dropout reduce overfitting?')).toBe('Why does dropout reduce overfitting?');
    expect(cleanPrompt('Q1. 0.5 or 0.9 momentum?')).toBe('0.5 or 0.9 momentum?');
    // Who asked it, and when, as scraped question banks add.
    expect(cleanPrompt('Design a RAG system for a knowledge base. (GitHub/Microsoft, 2025)')).toBe('Design a RAG system for a knowledge base.');
    expect(cleanPrompt('How do you create tensors? - Google, Amazon interview question')).toBe('How do you create tensors?');
    expect(cleanPrompt('What is beam search? (asked at Naver, 2023)')).toBe('What is beam search?');
    expect(cleanPrompt('What changed in transformers (since 2017)?')).toBe('What changed in transformers (since 2017)?');
    // A number glued to the words it numbers.
    expect(cleanPrompt('1.为什么 relu 激活函数会有失活现象？')).toBe('为什么 relu 激活函数会有失活现象？');
    expect(cleanPrompt('12.What is dropout?')).toBe('What is dropout?');
    expect(cleanPrompt('3.5mm or 2.5mm jacks?')).toBe('3.5mm or 2.5mm jacks?');
    // Glued by a colon: before Chinese, Japanese or Korean only, as `1:1` is a ratio.
    expect(cleanPrompt('2:为什么考虑从上家离职？')).toBe('为什么考虑从上家离职？');
    expect(cleanPrompt('1:1 mapping or 1:n?')).toBe('1:1 mapping or 1:n?');
    // A question quoted whole reads without the marks; one that quotes inside keeps them.
    expect(cleanPrompt('Q1: "Why is Transformer better than RNN?"')).toBe('Why is Transformer better than RNN?');
    expect(cleanPrompt('「过拟合是什么？」')).toBe('过拟合是什么？');
    expect(cleanPrompt('"Attention" vs "memory": what differs?')).toBe('"Attention" vs "memory": what differs?');
    expect(cleanPrompt('"What to expect when facing Gandhi"')).toBe('"What to expect when facing Gandhi"');
  });

  it('leaves out `1、`, a number and the ideographic comma, as Chinese notes number their questions', () => {
    expect(cleanPrompt('1、Redis 为什么这么快？')).toBe('Redis 为什么这么快？');
    expect(cleanPrompt('12 、缓存穿透、缓存击穿、缓存雪崩的区别？')).toBe('缓存穿透、缓存击穿、缓存雪崩的区别？');
    // The comma inside the wording stays: only a number at the head is its numbering.
    expect(cleanPrompt('RDB、AOF 有什么区别？')).toBe('RDB、AOF 有什么区别？');
  });

  it('drops a section number from a final wording, a heading\'s of one point too, but not a decimal a line starts with', () => {
    expect(withoutSectionNumber('3.4.1 为什么需要非线性激活函数？', false)).toBe('为什么需要非线性激活函数？');
    expect(withoutSectionNumber('1.1 Bias - Variance Tradeoff', true)).toBe('Bias - Variance Tradeoff');
    expect(withoutSectionNumber('0.5 dropout: too much?', false)).toBe('0.5 dropout: too much?');
  });

  it('drops a citation link with its own brackets, and keeps every other bracket as written, in code too', () => {
    const questions = (note: string) => readNote(note).questions.map((question) => question.question);
    expect(questions('## What is bias? [[src](https://example.org)]\n\nA.\n\n## Why is variance high? ([ref](https://example.org))\n\nB.\n')).toEqual([
      'What is bias?',
      'Why is variance high?',
    ]);
    expect(
      questions('## What is the output of `print([] == [])`?\n\nTrue.\n\n## Why call optimizer.zero_grad()?\n\nThey add up.\n\n## Explain `model.train()` vs `model.eval()`.\n\nModes.\n'),
    ).toEqual(['What is the output of print([] == [])?', 'Why call optimizer.zero_grad()?', 'Explain model.train() vs model.eval().']);
  });

  it('leaves out all that a script or a style written in a heading holds, as the answers do', () => {
    const [question] = readNote('## <script>alert(7)</script> Security\n\n### What is <style>p{}</style>XSS<script>alert(2)</script>?\n\nInjected scripts.\n').questions;
    expect([question!.question, question!.topic]).toEqual(['What is XSS?', 'Security']);
    // A tag nothing closes is words about one: the words after it stay, as do those after an `<embed>`, which holds
    // nothing, and a button's label, which a browser shows.
    expect(readNote('## Why put JS <script>s just before </body>?\n\nIt renders first.\n').questions[0]!.question).toMatch(/^Why put JS s just before\b/);
    expect(readNote('## What happens when you click <button>Submit</button> twice?\n\nTwo requests.\n').questions[0]!.question).toBe('What happens when you click Submit twice?');
    expect(readNote('## What does <embed src="x.swf"> embed do?\n\nIt embeds.\n').questions[0]!.question).toBe('What does embed do?');
  });

  it('reads every run of whitespace (tabs, line breaks, no-break spaces) as one space', () => {
    expect(cleanPrompt('What\tis\n\n a  tensor\u00a0rank?')).toBe('What is a tensor rank?');
    expect(cleanPrompt('\u3000텐서란\u00a0무엇인가? ⭐')).toBe('텐서란 무엇인가?');
  });
});

describe('question ids', () => {
  it('depend on the wording only, not on case, spacing or punctuation', () => {
    expect(questionId('What is dropout?')).toBe(questionId('  what is   DROPOUT ? '));
    expect(questionId('What is dropout?')).not.toBe(questionId('What is batch normalization?'));
    expect(questionId('What is dropout?')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tell apart names that differ by the symbols ending a word (C++, C#, A*)', () => {
    const ids = ['What is C?', 'What is C++?', 'What is C#?', 'What is A* search?', 'What is A search?'].map((question) => questionId(question));
    expect(new Set(ids).size).toBe(5);
    expect(questionId('What is C++?')).toBe(questionId('what is  c++ ?'));
    // Symbols inside a formula or between words are punctuation, as before.
    expect(questionId('Why is L1 + L2 called elastic net?')).toBe(questionId('Why is L1 L2 called elastic net?'));
    expect(questionId('What is 2*3?')).toBe(questionId('What is 2 3?'));
    expect(questionId('Is a++b the same as b++a?')).toBe(questionId('Is a b the same as b a?'));
    expect(questionId('What does x+*y mean?')).toBe(questionId('What does x y mean?'));
  });

  it('stay the same when the question moves to another line or file', () => {
    const a = readNote('# What is an epoch?\n\nOne pass.\n', 'a.md').questions[0]!;
    const b = readNote('Intro\n\n## Basics\n\n### What is an epoch?\n\nA full pass over the data.\n', 'b.md').questions[0]!;
    expect(a.id).toBe(b.id);
  });
});

describe('tags', () => {
  it("are the front matter's tags and categories, a list or one string split at its commas or else its spaces, each in lower case, words joined by '-'", () => {
    const tagsOf = (frontMatter: string) => readNote(`---\n${frontMatter}\n---\n\n# Notes\n\nQ: What is dropout?\nA: Turning units off.\n`).questions[0]!.tags;
    expect(tagsOf('tags: ML, deep learning')).toEqual(['deep-learning', 'ml']);
    expect(tagsOf('tags: ml deep-learning\ncategories: [Interview Prep]')).toEqual(['deep-learning', 'interview-prep', 'ml']);
    expect(tagsOf('tags:\n  - Computer Vision\n  - CNN')).toEqual(['cnn', 'computer-vision']);
  });

  it("are a Zenn article's topics, which is how Zenn's front matter tags it", () => {
    const note = readNote('---\ntitle: "Goの面接"\nemoji: "🐹"\ntype: "tech"\ntopics: ["go", "interview"]\npublished: true\n---\n\n## goroutineとOSスレッドの違いは？\n\n軽量スレッド。\n');
    expect(note.questions.map((question) => question.tags)).toEqual([['go', 'interview']]);
  });
});

describe('language', () => {
  it('counts words, so a Korean sentence naming an English term is Korean', () => {
    expect(languageOf('경사 하강법(Gradient Descent)이란?')).toBe('ko');
    expect(languageOf('What is gradient descent?')).toBe('en');
    expect(languageOf('What is dropout? 드롭아웃이란 무엇인가?')).toBe('mixed');
  });

  it('reads a Korean sentence naming an English term of several words as Korean, but not English words that make a phrase', () => {
    expect(languageOf('Batch Normalization이란?')).toBe('ko');
    expect(languageOf('Gradient Vanishing 문제란?')).toBe('ko');
    expect(languageOf('ROC AUC란?')).toBe('ko');
    expect(languageOf('Association Rule의 Support, Confidence, Lift에 대해 설명해주세요.')).toBe('ko');
    // A phrase (`What is`), or a run of English too long for a term, is English said, and counts.
    expect(languageOf('What is 경사하강법?')).toBe('mixed');
    expect(languageOf('Dropout randomly zeroes many activations 드롭아웃')).toBe('mixed');
  });

  it('reads terms compared in a Korean sentence (`Macro vs micro average 차이`) as terms it names, each on its own', () => {
    expect(languageOf('Macro vs micro average 차이')).toBe('ko');
    expect(languageOf('Bagging vs. Boosting의 차이점은?')).toBe('ko');
    // A phrase still counts, compared or not.
    expect(languageOf('What is bagging vs boosting 차이')).toBe('mixed');
  });

  it('counts terms compared at the end of a Korean question, with no Korean word after them, as English, as it counts the same terms joined by "and"', () => {
    const answer = 'A: 일반화가 중요하면 SGD, 빠른 수렴이 필요하면 Adam.';
    const note = readNote(['Q: 옵티마이저 선택, Adam vs SGD?', 'Q: 옵티마이저 선택, Adam and SGD?', 'Q: Adam vs SGD 중 무엇을 쓰나요?'].map((question) => `${question}\n${answer}\n`).join('\n'));
    expect(note.questions.map((question) => [question.question, question.lang])).toEqual([
      ['옵티마이저 선택, Adam vs SGD?', 'mixed'],
      ['옵티마이저 선택, Adam and SGD?', 'mixed'],
      // Before a Korean word, the terms compared are terms the Korean sentence names.
      ['Adam vs SGD 중 무엇을 쓰나요?', 'ko'],
    ]);
  });

  it('reads an answer by what it says in words: its code blocks and display math are in no language', () => {
    expect(answerProse('```python\nnn.Dropout(p=0.5)\n```')).not.toMatch(/Dropout/);
    expect(answerProse('뉴런을 끈다.\n\n$$\n\\hat x = \\frac{x-\\mu}{\\sigma}\n$$\n\n[논문](https://arxiv.org/abs/1207.0580) <sup>1</sup>')).toMatch(/^뉴런을 끈다\.\s+\[논문\]\s+1\s*$/);
    const [coded] = readNote('## Dropout이란?\n\n```python\nnn.Dropout(p=0.5)\n```\n').questions;
    expect(coded!.lang).toBe('ko');
    // Code beside English prose still answers in English.
    const [explained] = readNote('## Dropout이란?\n\nIt zeroes random units during training.\n\n```python\nnn.Dropout(p=0.5)\n```\n').questions;
    expect(explained!.lang).toBe('mixed');
  });

  it('counts no word of math, code or a gloss in parentheses, with or without Korean in the text', () => {
    expect(languageOf('(Gradient Descent) $x_i$ `np.mean` \\(\\theta\\)')).toBeUndefined();
    expect(languageOf('1 + 1 = 2')).toBeUndefined();
    expect(languageOf('(Gradient Descent) is')).toBe('en');
    expect(languageOf('경사 하강법 (Gradient Descent) $x$ `code`')).toBe('ko');
  });

  it('counts what parentheses after a term say when they say more than it: the answer, not a gloss', () => {
    expect(languageOf('Weight decay (가중치 감쇠: 손실에 가중치 제곱합을 더해 큰 가중치를 줄인다)')).toBe('ko');
    expect(questionLanguage('드롭아웃이란?', { markdown: 'Dropout (학습 중 뉴런을 무작위로 끄는 방법. 과적합을 막는다)' })).toBe('ko');
    // A gloss of no more words than its term, and one after a sentence, still do not count.
    expect(languageOf('Overfitting (과적합)')).toBe('en');
    expect(languageOf('다단계 큐 (MQ, Multi-level Queue)')).toBe('ko');
    expect(languageOf('Reverse a vector (first element becomes last')).toBe('en');
    expect(languageOf('가중치 감쇠(weight decay)라고도 하며, 손실에 가중치 제곱합을 더한다 (the penalty shrinks large weights toward zero).')).toBe('ko');
  });

  it('reads Chinese and Japanese by characters, so the English terms they name do not outweigh them; Hanja stay Korean', () => {
    expect(languageOf('Softmax 函数如何应用于多分类？')).toBe('zh');
    expect(languageOf('MSE做Loss的LogisticRegression是Convex Problem吗？')).toBe('zh');
    expect(languageOf('過学習とは何ですか？')).toBe('ja');
    expect(languageOf('深度學習(Deep Learning)이란 무엇인가?')).toBe('ko');
    expect(languageOf('What is 过拟合 in deep learning models?')).toBe('mixed');
    // A Chinese question answered in English is mixed, as a Korean one is.
    expect(questionLanguage('什么是过拟合？', { markdown: 'Fitting the noise of the training data.' })).toBe('mixed');
    expect(questionLanguage('什么是过拟合？', { markdown: '模型把训练数据中的噪声也学了进去。' })).toBe('zh');
    // A placeholder answer says nothing of the language the answer will be written in.
    expect(questionLanguage('什么是过拟合？', { markdown: 'TODO' }, ['placeholder-answer'])).toBe('zh');
    expect(questionLanguage('什么是过拟合？', { markdown: 'TODO' })).toBe('mixed');
  });

  it('keeps a Chinese wording beside an English one as written: translations are English and Korean', () => {
    expect(splitBilingual('什么是过拟合？ What is overfitting?')).toEqual({ question: '什么是过拟合？ What is overfitting?', translations: {} });
  });

  it('splits one question written in two languages into a question and its translation', () => {
    expect(splitBilingual('What is dropout? / 드롭아웃이란 무엇인가?')).toEqual({ question: 'What is dropout?', translations: { ko: '드롭아웃이란 무엇인가?' } });
    expect(splitBilingual('What is dropout? 드롭아웃이란 무엇인가?')).toEqual({ question: 'What is dropout?', translations: { ko: '드롭아웃이란 무엇인가?' } });
    expect(splitBilingual('경사 하강법(Gradient Descent)이란?')).toEqual({ question: '경사 하강법(Gradient Descent)이란?', translations: {} });
    expect(splitBilingual('Pre-training vs fine-tuning - what is the difference?').translations).toEqual({});
    // The question mark closes the whole line: what stands before the slash is what it asks about.
    expect(splitBilingual('*args / **kwargs 는 각각 무엇인가요?')).toEqual({ question: '*args / **kwargs 는 각각 무엇인가요?', translations: {} });
  });

  it('keeps a follow-up in the other language, which points back at the first question, as part of the question', () => {
    for (const text of ['Overfitting 이 뭔가요? How do you prevent it?', '과적합이란? What causes it?', 'What is overfitting? 그것을 어떻게 막나요?', 'What is overfitting? 이를 어떻게 방지하나요?']) {
      expect(splitBilingual(text)).toEqual({ question: text, translations: {} });
    }
    // A translation points back where the wording it translates does.
    expect(splitBilingual('What is dropout and why does it work? / 드롭아웃이란 무엇이며 왜 그것이 작동하나요?').translations).toEqual({ ko: '드롭아웃이란 무엇이며 왜 그것이 작동하나요?' });
    expect(splitBilingual('What is batch normalization? BatchNorm이란?').translations).toEqual({ ko: 'BatchNorm이란?' });
    expect(splitBilingual('드롭아웃이란? What is dropout?').translations).toEqual({ en: 'What is dropout?' });
    expect(splitBilingual('What is the difference between L1 and L2? L1과 L2의 차이를 설명하세요.').translations).toEqual({ ko: 'L1과 L2의 차이를 설명하세요.' });
  });
});

describe('answers', () => {
  it('come as Markdown, sanitised HTML and plain text', () => {
    const [question] = readNote('## What is ReLU?\n\n**ReLU** is `max(0, x)`:\n\n- fast\n- sparse\n\n```python\nnp.maximum(0, x)\n```\n').questions;
    expect(question!.answer).toEqual({
      markdown: '**ReLU** is `max(0, x)`:\n\n- fast\n- sparse\n\n```python\nnp.maximum(0, x)\n```',
      html: '<p><strong>ReLU</strong> is <code>max(0, x)</code>:</p>\n<ul>\n<li>fast</li>\n<li>sparse</li>\n</ul>\n<pre><code class="language-python">np.maximum(0, x)\n</code></pre>',
      text: 'ReLU is max(0, x):\n• fast\n• sparse\nnp.maximum(0, x)',
    });
  });

  it('keep a display formula that opens mid-line and goes on with a `+` line whole, after the sentence before it', () => {
    const [question] = readNote('## What is ridge regression?\n\nThe ridge objective is \\[ \\min_w \\|y - Xw\\|^2\n+ \\lambda \\|w\\|^2 \\]\n').questions;
    const formula = '\\min_w \\|y - Xw\\|^2\n+ \\lambda \\|w\\|^2';
    expect(question!.answer!.markdown).toBe(`The ridge objective is \\(${formula}\\)`);
    expect(question!.answer!.html).toBe(`<p>The ridge objective is <span class="math math-inline">\\(${formula}\\)</span></p>`);
    expect(question!.answer!.text).toBe(`The ridge objective is \\(${formula}\\)`);
  });

  it('keep the numbers of an ordered list in the plain text, from the number it starts at', () => {
    const [question] = readNote('## How does backpropagation work?\n\n3. Forward pass\n4. Loss\n   - per batch\n5. Backward pass\n').questions;
    expect(question!.answer!.text).toBe('3. Forward pass\n4. Loss\n  • per batch\n5. Backward pass');
  });

  it('keep the language of code fences whose names have +, # or . (c++, c#, objective-c.h)', () => {
    for (const language of ['c++', 'c#', 'objective-c.h']) {
      const [question] = readNote(`## Show it in ${language}?\n\n\`\`\`${language}\nint x;\n\`\`\`\n`).questions;
      expect(question!.answer!.html).toContain(`<code class="language-${language}">`);
    }
    const [odd] = readNote('## And this?\n\n```c"onclick=x\nint x;\n```\n').questions;
    expect(odd!.answer!.html).not.toContain('onclick');
  });

  it('never carry script, style, event handlers or javascript:/data: URLs into the HTML', () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">click</a>',
      '[link](javascript:alert(1))',
      '<iframe src="https://evil.example"></iframe>',
      '<style>body{display:none}</style>',
      '<svg onload=alert(1)></svg>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
      '<div style="background:url(javascript:alert(1))">x</div>',
      '<body onload=alert(1)>',
    ];
    const note = `## What is XSS?\n\n${vectors.join('\n\n')}\n\nSafe text.\n`;
    const html = readNote(note).questions[0]!.answer!.html;
    expect(html).toContain('Safe text.');
    expect(html).not.toMatch(/<script|<style|<iframe|\son\w+=|javascript:|data:|style=|display:none/i);
  });

  it('are written the same when a note\'s answers go through the serialiser together', () => {
    const answers = [
      '- one\n- two',
      // A list right after a list would take the other bullet if the last answer's bullet were remembered.
      '- three\n- four',
      '1. first\n   - nested',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'Entropy \\(-\\sum_i p_i\\) and $x$.\n\n$$\ny = mx\n$$',
      '> quoted *text*  \n> with ~~deleted~~ words',
      '```python\nprint(1)\n```\n\n---\n\nA footnote[^1].\n\n[^1]: The note.',
      '<b onclick="x()">raw</b> [bad](javascript:alert(1)) www.example.org',
    ].map((note) => parseMarkdown(note).tree.children);
    expect(answerMarkdowns(answers)).toEqual(answers.map((blocks) => answerMarkdown(blocks)));
    expect(answerMarkdowns(answers)[1]).toBe('- three\n- four');
  });

  it('keep a pipe in a table cell\'s math escaped, so the table keeps its cells, and a formula in the delimiters written', () => {
    const note = '| 식 | 의미 |\n| --- | --- |\n| $P(A \\| B)$ and \\(x \\| y\\) | 조건부 확률 |\n\nA norm: $\\|w\\|^2$, and\n\n\\[\na = b \\\\\nc = d\n\\]';
    const markdown = answerMarkdown(parseMarkdown(note).tree.children);
    expect(markdown.split('\n')[2]).toBe('| $P(A \\| B)$ and \\(x \\| y\\) | 조건부 확률 |');
    expect(markdown).toMatch(/A norm: \$\\\|w\\\|\^2\$, and\n\n\\\[\na = b \\\\\nc = d\n\\\]$/);
    // Read again, it is the same table and formulas.
    expect(answerMarkdown(parseMarkdown(markdown).tree.children)).toBe(markdown);
  });

  it('never change the blocks they are written from', () => {
    const note = [
      '**Bold** with `code`, $x^2$ and [a link](https://example.org), [bad](javascript:alert(1)).',
      '<div onclick="x()">raw <b>HTML</b></div>',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '- [x] done\n- item',
      '```python\nprint(1)\n```',
      '$$\ny = mx + b\n$$',
      '### A heading\n\nSetext heading\n---',
      '> quoted *text*  \n> with a break and ~~deleted~~ words',
      '1. one\n   - nested <kbd>Ctrl</kbd>\n2. two',
      'See [the paper][ref], ![a figure](https://example.org/f.png), ![bad](javascript:x) and a note[^1].',
      '[ref]: https://example.org/paper "Title"',
      '[^1]: The footnote.',
      '<details><summary>More</summary>',
      '    indented code',
    ].join('\n\n');
    const { children } = parseMarkdown(note).tree;
    const before = structuredClone(children);
    const frozen = deepFreeze(structuredClone(children));
    // A write to a frozen node throws in strict-mode modules, so any change would fail here.
    expect(answerMarkdown(frozen)).toBe(answerMarkdown(children));
    expect(answerHtml(frozen)).toBe(answerHtml(children));
    expect(answerText(frozen)).toBe(answerText(children));
    expect(children).toEqual(before);
    expect(answerHtml(children)).not.toMatch(/onclick|javascript:/);
  });

  it('keep a pasted table cell\'s or row\'s text-align as the align attribute, and drop every style', () => {
    const html = answerHtml(
      parseMarkdown(
        '<table><tr><th style="text-align: right">LR</th><td style="color:red; text-align:center;">Adam</td><td align="left" style="text-align:right">SGD</td></tr><tr style="text-align:left; text-align: end"><td>1e-3</td></tr></table>\n',
      ).tree.children,
    );
    // As the sheet reads a style: the last text-align declared, CSS's start/end words too.
    expect(html).toContain('<tr align="right">');
    expect(html).toContain('<th align="right">LR</th>');
    expect(html).toContain('<td align="center">Adam</td>');
    expect(html).toContain('<td align="left">SGD</td>');
    expect(html).not.toContain('style');
  });

  it('come out the same whether or not they go through the raw-HTML parser, which runs only where an answer needs it', () => {
    const note = [
      '**Bold**, _emphasis_, ~~gone~~, `code` and $x^2$; a [link](https://example.org) and ![img](https://example.org/i.png).',
      '| a | b |\n| :- | -: |\n| 1 | <2> |',
      '- [ ] todo\n- [x] done\n  1. nested\n  2. list',
      '> A quote  \n> with a hard break.',
      '```c++\nint x = 1 < 2;\n```',
      '$$\n\\sum_i x_i\n$$',
      'A [reference][r], an ![image reference][r], www.example.org and me@example.org.',
      '### 제목 & heading\n\n***\n\n    indented code\n\n1) 경사 하강법 "quoted" \'single\' © &amp; &lt;tag&gt;',
      '[r]: https://example.org',
    ].join('\n\n');
    expect(needsHtmlParser(parseMarkdown(note).tree.children)).toBe(false);
    // A comment is raw HTML that the sanitiser drops: with it the answer takes the raw-HTML path.
    const withComment = note.replace('; a [link]', ';<!-- raw HTML --> a [link]');
    expect(needsHtmlParser(parseMarkdown(withComment).tree.children)).toBe(true);
    expect(answerHtml(parseMarkdown(withComment).tree.children)).toBe(answerHtml(parseMarkdown(note).tree.children));
  });

  it('write footnote markers as the HTML parser does, whether or not the answer holds raw HTML', () => {
    const html = answerHtml(parseMarkdown('A note[^n].\n\n[^n]: The note.').tree.children);
    expect(html).toContain('data-footnote-ref=""');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });

  it('link each footnote marker and back-link to an id that exists, each id prefixed once', () => {
    const html = answerHtml(parseMarkdown('A note[^n] and <span id="mine">mine</span>.\n\n[^n]: The note.').tree.children);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    const targets = [...html.matchAll(/ (?:href="#|aria-describedby=")([^"]+)"/g)].map((match) => match[1]!);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const target of targets) expect(ids).toContain(target);
    expect(ids.every((id) => /^user-content-(?!user-content-)/.test(id))).toBe(true);
    expect(ids).toContain('user-content-mine');
  });

  it('leave an in-page link as written when the answer has no id for it', () => {
    const html = answerHtml(parseMarkdown('See [the table](#results) above.').tree.children);
    expect(html).toContain('href="#results"');
  });

  it('are answers when they are a picture, which the text gives as its alt text', () => {
    const [diagram, described, raw] = readNote(
      '## What does a transformer block look like?\n\n![attention, then a feed-forward layer](img/block.png)\n\n' +
        '## What does dropout do?\n\nSee the figure:\n\n![units switched off at random](img/dropout.png)\n\n' +
        '## What is a residual connection?\n\n<p align="center"><img src="img/residual.png" alt="x plus f of x"><br>He et al.</p>\n',
    ).questions;
    expect(diagram!.answer!.text).toBe('[attention, then a feed-forward layer]');
    expect(diagram!.flags).toEqual([]);
    // "See the figure:" did not break off: the figure follows.
    expect(described!.answer!.text).toBe('See the figure:\n[units switched off at random]');
    expect(described!.flags).toEqual([]);
    expect(raw!.answer!.text).toBe('[x plus f of x]\nHe et al.');
    // A picture in a sentence of an HTML block stands in the sentence, as in Markdown.
    const [inline] = readNote('## What is a kernel?\n\n<p>See <img src="k.png" alt="a 3x3 grid"> here.</p>\n').questions;
    expect(inline!.answer!.text).toBe('See [a 3x3 grid] here.');
    // A picture of nothing, with nothing to say for it, is no answer.
    const [empty] = readNote('## What is this?\n\n![]()\n').questions;
    expect(empty!.answer).toBeNull();
    // Nor is it in any form of an answer that says something else: no empty `<img>`, no `![]()` to render as one.
    const [said] = readNote('## What is pooling?\n\nDownsampling. ![]() By the max.\n').questions;
    expect(said!.answer).toEqual({ markdown: 'Downsampling. By the max.', html: '<p>Downsampling. By the max.</p>', text: 'Downsampling. By the max.' });
    // Nor a picture whose address is refused and that has no alt text to show instead: it shows nothing either.
    const [refused] = readNote('## What is pooling?\n\nDownsampling. ![](javascript:alert(1)) By the max.\n').questions;
    expect(refused!.answer).toEqual({ markdown: 'Downsampling. By the max.', html: '<p>Downsampling. By the max.</p>', text: 'Downsampling. By the max.' });
  });

  it('give a picture whose address the sanitiser refused as its alt text, as the card shows it; one without alt text either as nothing', () => {
    const [described, bare] = readNote(
      '## What is drawn?\n\nBefore <img src="javascript:alert(1)" alt="a diagram"> after.\n\n## What else is drawn?\n\nText <img src="javascript:alert(2)"> only.\n',
    ).questions;
    expect(described!.answer!.text).toBe('Before [a diagram] after.');
    // As `![]()`: nothing to show in any form (no empty `<img>` in the Markdown either), no `[image]` to make an
    // answer of it, and no gap where it stood.
    expect(bare!.answer).toEqual({ markdown: 'Text only.', html: '<p>Text only.</p>', text: 'Text only.' });
    // At a line's end, or alone on its line: no space left before the line break, and no empty line in the paragraph.
    const [lineEnd, alone] = readNote('## What is A?\n\nline one <img src="javascript:alert(1)">\nline two\n\n## What is B?\n\nfirst line\n![](javascript:alert(2))\nlast line\n').questions;
    expect(lineEnd!.answer).toEqual({ markdown: 'line one\nline two', html: '<p>line one\nline two</p>', text: 'line one\nline two' });
    expect(alone!.answer).toEqual({ markdown: 'first line\nlast line', html: '<p>first line\nlast line</p>', text: 'first line\nlast line' });
  });

  it('give raw HTML as the text a browser shows: characters for references, nothing from scripts', () => {
    const [question] = readNote('## What is X?\n\n<div>Fish &amp; chips<script>alert(1)</script></div>\n').questions;
    expect(question!.answer!.text).toBe('Fish & chips');
  });

  it('give a line a `<br>` or a block written inside a line breaks as a line of the text, as a browser shows it', () => {
    const [broken, blocks] = readNote('## What is A?\n\nline one<br>line two &amp; more\n\n## What is B?\n\nFirst <div>a block</div> then *more*\n').questions;
    expect(broken!.answer!.text).toBe('line one\nline two & more');
    expect(blocks!.answer!.text).toBe('First\na block\nthen more');
    // So in emphasis and in a table's cell.
    const [cells] = readNote('## What is C?\n\n*first<br>second*\n\n| a | b |\n| - | - |\n| one<br>two | three |\n').questions;
    expect(cells!.answer!.text).toBe('first\nsecond\na | b\none\ntwo | three');
    // The paragraph the block closes leaves no empty one behind it.
    expect(blocks!.answer!.html).toBe('<p>First </p><div>a block</div> then <em>more</em>');
  });

  it('drop all that a script, style or textarea written inside a paragraph holds, in every form, as the HTML does', () => {
    const [question] = readNote(
      "## What is XSS?\n\nCross-site scripting: <script>alert('x')</script> runs code. A <textarea><b>draft</b></textarea> box. <style>p{}</style>Done.\n",
    ).questions;
    const { markdown, text, html } = question!.answer!;
    for (const form of [markdown, text, html]) expect(form).not.toMatch(/alert|draft|p\{\}|<\/?(script|textarea|style)/);
    // One space where the element stood between two, not two (HTML shows a run of spaces as one).
    for (const form of [markdown, text, html.replace(/ +/g, ' ')]) expect(form).toContain('Cross-site scripting: runs code. A box. Done.');
  });

  it('drop the rest of the paragraph after a script that nothing closes, and keep the next paragraph', () => {
    const [question] = readNote('## What is XSS?\n\nBefore <script>alert(1) *after*\n\nNext paragraph.\n').questions;
    const { markdown, text } = question!.answer!;
    expect(markdown).toBe('Before\n\nNext paragraph.');
    expect(text).toBe('Before\nNext paragraph.');
  });

  it('read a tag named in a comment, in a quoted attribute or in a script\'s own text as no element opened', () => {
    const notes = [
      'Text <!-- see the <script> tag --> more text.',
      'A <a title="<style>">link</a> and more text.',
      "A <script>var s = '<style>';</script> and more text.",
    ];
    for (const note of notes) {
      const [question] = readNote(`## What is this?\n\n${note}\n`).questions;
      expect(question!.answer!.text).toContain('more text.');
      expect(question!.answer!.markdown).toContain('more text.');
    }
  });

  it('keep what follows an <embed>, which holds nothing, inline or on a line of its own', () => {
    const [question] = readNote('## What is embed?\n\nIt was written as <embed src="x.swf"> in pages, retired later.\n\n<embed src="y.swf">\n\nAfter the block.\n').questions;
    const { markdown, text } = question!.answer!;
    for (const form of [markdown, text]) {
      expect(form).toContain('in pages, retired later.');
      expect(form).toContain('After the block.');
    }
    expect(markdown).not.toContain('<embed');
  });

  it('end a script that a block of raw HTML leaves open with that block, keeping the paragraphs after it', () => {
    const [question] = readNote('## What is this?\n\n<div><script>\nalert(1)\n\nSecond paragraph.\n\n- an item\n').questions;
    expect(question!.answer).not.toBeNull();
    expect(question!.answer!.text).toContain('Second paragraph.');
    expect(question!.answer!.markdown).not.toMatch(/alert|<script/);
  });

  it('take the text inside a script written inline as text, whatever it spells', () => {
    const [question] = readNote('## What is this?\n\nA <script>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</script> B.\n').questions;
    const { markdown, html } = question!.answer!;
    expect(markdown).not.toContain('<img');
    expect(html).not.toContain('<img');
    expect(markdown).toBe('A B.');
  });

  it('drop closing tags of elements the sanitiser does not keep, and keep those it does', () => {
    const [question] = readNote('## What is MathML?\n\nA <math><mi>x</mi></math> formula and <b>bold</b>.\n').questions;
    expect(question!.answer!.markdown).toBe('A x formula and <b>bold</b>.');
  });

  it('tell the note, at the place in the source, what HTML and which URLs they leave out, and nothing about what they keep or about comments', () => {
    const note = readNote(
      '## What is XSS?\n\nSafe <b>bold</b> and <sup>2</sup>.<!-- more -->\n\nAn <iframe src="https://example.com"></iframe> embed.\n\n[click](javascript:alert(1)) and [docs](https://example.com).\n\n<!-- a hidden remark -->\n',
    );
    expect(messagesOf(note.vfile)).toEqual(['5:html-left-out', '7:html-left-out']);
    const [iframe, link] = note.vfile.messages;
    expect(iframe!.reason).toContain('"What is XSS?"');
    expect(iframe!.reason).toContain('"<iframe src="https://example.com">"');
    expect(link!.reason).toContain('the link to "javascript:alert(1)"');
    // A note (vfile `info`), not a warning: the build reports what it did, nothing failed.
    expect(iframe!.fatal).toBeUndefined();
  });

  it("tell once what an option's HTML leaves out, also when the answer is that option (`Answer: a`)", () => {
    const note = readNote('## Which of the following is a regulariser?\n\na) Dropout <span onclick="x()">here</span>\nb) Adam\n\nAnswer: a\n');
    expect(note.questions[0]!.answer!.markdown).toBe('a) Dropout <span>here</span>');
    expect(messagesOf(note.vfile)).toEqual(['3:html-left-out']);
  });

  it('keep web links and pictures whose scheme is written in capitals (HTTPS:// is https://), and say nothing of them', () => {
    const note = readNote('## What is a site?\n\nSee [docs](HTTPS://Example.org/a), <a href="Https://example.org/b">b</a> and ![p](HTTPS://example.org/p.png).\n');
    const { html, markdown } = note.questions[0]!.answer!;
    expect(html).toBe('<p>See <a href="https://Example.org/a">docs</a>, <a href="https://example.org/b">b</a> and <img src="https://example.org/p.png" alt="p">.</p>');
    expect(markdown).toBe('See [docs](HTTPS://Example.org/a), <a href="Https://example.org/b">b</a> and ![p](HTTPS://example.org/p.png).');
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('keep a <details> summary that titles the answer, and leave out one that only labels it', () => {
    const [titled, labelled] = readNote(
      '## What are the normalisation steps?\n\n<details><summary>수식: 정규화 단계</summary>\n\nSubtract the mean.\n\n</details>\n\n## What is dropout?\n\n<details><summary>Answer</summary>\n\nRandom zeroing.\n\n</details>\n',
    ).questions;
    expect(titled!.answer!.text).toBe('수식: 정규화 단계\nSubtract the mean.');
    expect(labelled!.answer!.text).toBe('Random zeroing.');
  });

  it('keep a <details> summary that asks inside an answer: it is not the answer\'s own question, which never stands in it', () => {
    const [question] = readNote('## What is dropout?\n\nRandom zeroing.\n\n<details><summary>Why does it work?</summary>\n\nIt averages thinned networks.\n\n</details>\n').questions;
    expect(question!.answer!.text).toBe('Random zeroing.\nWhy does it work?\nIt averages thinned networks.');
  });

  it('flag placeholder answers', () => {
    const [question] = readNote('## What is X?\n\nTBD\n').questions;
    expect(question!.flags).toEqual(['placeholder-answer']);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('the flag of an answer that breaks off', () => {
  const flagsOf = (answer: string) => readNote(`## What is dropout?\n\n${answer}\n`).questions[0]!.flags;

  it('is set when the answer ends on a comma or a dangling word after others', () => {
    expect(flagsOf('Typically,')).toEqual(['incomplete-answer']);
    expect(flagsOf('Dropout zeroes units at random and')).toEqual(['incomplete-answer']);
  });

  it('is not set for a letter that names an option, alone or after words', () => {
    expect(flagsOf('a')).toEqual([]);
    expect(flagsOf('The right option is A')).toEqual([]);
  });

  it('is not set for an answer whose code or SQL statement ends with its semicolon; code that ends on an opener breaks off', () => {
    expect(flagsOf('Clamp it:\n\n```c\nint clamped = x < 0 ? 0 : x;\n```')).toEqual([]);
    expect(flagsOf('Pair them:\n\n```python\nfor i, v in enumerate(xs):\n    if xs[i] == xs[i + 1]:\n```')).toEqual(['incomplete-answer']);
    expect(flagsOf('select department, count(*)\nfrom employee\ngroup by department;')).toEqual([]);
    expect(flagsOf('select distinct salary from employee order by salary desc limit 2, 1;')).toEqual([]);
    // A sentence that ends on a semicolon still breaks off.
    expect(flagsOf('Dropout zeroes units at random;')).toEqual(['incomplete-answer']);
  });

  it('is not set for a definition or a permission written as SQL (`DROP VIEW 뷰이름;`), as an exam answers `…SQL 명령어를 쓰시오`', () => {
    for (const statement of ['DROP VIEW 뷰이름;', 'ALTER TABLE 학생 ADD 학년 INT;', 'TRUNCATE TABLE 학생;', 'TRUNCATE 학생;', 'GRANT SELECT, INSERT ON 학생 TO kim;', 'REVOKE ALL PRIVILEGES ON 학생 FROM kim;', 'CREATE UNIQUE INDEX idx_name ON 학생(이름);', 'CREATE OR REPLACE VIEW v AS SELECT 1;']) {
      expect(flagsOf(statement), statement).toEqual([]);
    }
    // Their verbs in prose, without an object SQL names or a privilege, break off on a semicolon still.
    expect(flagsOf('Then we drop the learning rate;')).toEqual(['incomplete-answer']);
    expect(flagsOf('The lab may grant money to students;')).toEqual(['incomplete-answer']);
  });
});
