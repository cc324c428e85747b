/**
 * A Stack Exchange (Stack Overflow, Cross Validated) page copied whole brings each post's widgets,
 * signatures, user cards and vote counts; a Glassdoor interview page, each question's buttons and
 * counts. In such a copy they are site chrome, left out and noted line by line; the same words or a
 * number alone in any other note are the author's.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readFixture, readNote } from '../helpers/read-note.js';

describe('a Stack Exchange page in copied text', () => {
  it('leaves out its widgets, signatures, user names and reputations, and vote counts, noting each line', () => {
    const { questions, vfile } = readFixture('stack-exchange-copy.txt');
    const answers = questions.map((question) => question.answer?.text ?? '').join('\n');
    for (const chrome of ['Share', 'Cite', 'Follow', 'Improve this', 'Add a comment', 'answered', 'edited', 'Jane Smith', '23.4k', 'bronze badges', 'Sorted by', 'Highest score', '3 Answers', 'Viewed', '57', '12', 'machine-learning']) {
      expect(answers).not.toContain(chrome);
    }
    expect(answers).toContain('Bagging trains models in parallel on bootstrap samples and averages them.');
    const leftOut = vfile.messages.filter((message) => message.ruleId === 'site-chrome').map((message) => message.line);
    // Line 9: the question's tags, over its first widget.
    expect(leftOut).toEqual([2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 28, 29, 30, 31, 32, 33, 34, 35, 36, 41, 42, 43, 44, 45, 46, 47, 48]);
    expect(vfile.messages.find((message) => message.line === 33)!.reason).toBe('Left out site chrome: "Jane Smith"');
  });

  it("keeps the last line of an answer over the answer's own widgets: only the question's tags are left out so", () => {
    const { questions } = readNote('How do I fix "No module named sklearn"?\n\nInstall the package under its distribution name, not its import name:\n\npip install scikit-learn\nShare\nImprove this answer\nFollow\nanswered Mar 3, 2019 at 10:02\nJane Smith\n23.4k 3 45 67\nAdd a comment\n', 'note.txt');
    expect(questions[0]!.answer?.text).toContain('pip install scikit-learn');
  });

  it('keeps a number alone on a line of an answer, where no widget stands above it', () => {
    const answers = readFixture('stack-exchange-copy.txt').questions.map((question) => question.answer?.text ?? '');
    expect(answers.at(-1)).toMatch(/It uses 42 rounds by default in this library:\n42$/);
  });

  it('leaves every line of a note that is no such copy as written: `Share`, `Follow`, a number alone', () => {
    const { questions, vfile } = readNote('Title\n\nWhat is the answer to everything?\n42\nShare\nFollow\nAdd a comment\nAdd a comment\n', 'note.txt');
    expect(questions.map((question) => question.answer?.text)).toEqual(['42\nShare\nFollow\nAdd a comment\nAdd a comment']);
    expect(messagesOf(vfile)).toEqual([]);
  });
});

describe('a Glassdoor interview page in copied text', () => {
  const page = [
    'Interview questions [2]',
    'Question 1',
    'How would you measure the impact of a new widget on revenue?',
    'Answer question',
    'Question 2',
    'Explain the difference between bagging and boosting.',
    '1 Answer',
    'Bagging averages independent models; boosting fits each model to the errors of the ones before.',
    'Helpful',
    'Share',
    'Report',
    'Add Interviews',
    'Was this interview helpful?',
  ];

  it("leaves out its buttons and counts, noting each line: a question nobody answered has no answer, not the page's `Answer question`", () => {
    const { questions, vfile } = readNote(`Coupang Data Scientist Interview Questions\n\n${page.join('\n')}\n`, 'glassdoor.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['How would you measure the impact of a new widget on revenue?', undefined],
      ['Explain the difference between bagging and boosting.', 'Bagging averages independent models; boosting fits each model to the errors of the ones before.'],
    ]);
    expect(messagesOf(vfile).filter((message) => message.endsWith(':site-chrome'))).toEqual([3, 6, 9, 11, 12, 13, 14, 15].map((line) => `${line}:site-chrome`));
  });

  it('keeps its words in a note that is no such copy: `Helpful`, `Report` may answer', () => {
    const answers = (text: string) => readNote(text, 'note.txt').questions.map((question) => question.answer?.text);
    expect(answers('Title\n\nWhich button flags an abusive review?\nReport\n')).toEqual(['Report']);
    expect(answers('Title\n\nWhat does the green tick mean?\nHelpful\nShare\n')).toEqual(['Helpful\nShare']);
    // One of its marks alone makes no copy.
    expect(answers('Title\n\nWhat does the green tick mean?\n1 Answer\nHelpful\n')).toEqual(['1 Answer\nHelpful']);
  });
});

describe('a GitHub thread in copied text', () => {
  const thread = [
    'jisoo-kim opened this issue on Mar 11, 2024 · 2 comments',
    '@jisoo-kim',
    'jisoo-kim commented on Mar 11, 2024',
    'What does a 1x1 convolution do?',
    '👍 3',
    '@minho-lee',
    'minho-lee commented on Mar 12, 2024 • edited',
    'It mixes channels at each pixel, cheaply.',
    '❤️ 2 🚀 1',
    '@jisoo-kim',
    'Author',
    'jisoo-kim commented on Mar 13, 2024',
    'Closing next week.',
    '@jisoo-kim jisoo-kim added the week-7 label on Mar 13, 2024',
    'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment',
    'Assignees',
    'No one assigned',
    'Labels',
    'week-7',
    'Footer',
    'Footer navigation',
    'Security',
    'Status',
  ];

  it("leaves out who commented when, each comment's avatar, role and reactions, and the page's sidebar and footer, noting each line", () => {
    const { questions, vfile } = readNote(`[Week 7] Questions on CNNs #41\n\n${thread.join('\n')}\n`, 'issue.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([['What does a 1x1 convolution do?', 'It mixes channels at each pixel, cheaply.\nClosing next week.']]);
    const kept = [6, 10, 15];
    expect(messagesOf(vfile).filter((message) => message.endsWith(':site-chrome'))).toEqual(thread.map((_, at) => at + 3).filter((line) => !kept.includes(line)).map((line) => `${line}:site-chrome`));
  });

  it("leaves out a discussion's lines: who asked in which category, the answer's marks, each comment's name over its date, its role and replies, and the sidebar from its Category", () => {
    const discussion = [
      'Why can validation loss rise with accuracy? #1423',
      'Answered by ptrblck',
      'jiwoo-kim asked this question in Q&A',
      'jiwoo-kim',
      'on Mar 3, 2024',
      'How can validation loss and accuracy both go up at once?',
      '',
      'Answered by ptrblck',
      'View full answer',
      'Replies: 2 comments · 1 reply',
      '',
      'ptrblck',
      'on Mar 3, 2024',
      'Maintainer',
      'A few over-confident mistakes dominate the mean loss.',
      '',
      'Marked as answer by jiwoo-kim',
      '👍 12',
      '1 reply',
      'Answer selected by jiwoo-kim',
      'Category',
      '🙏',
      'Q&A',
      'Labels',
      'None yet',
      '2 participants',
    ];
    const { questions, vfile } = readNote(`${discussion.join('\n')}\n`, 'discussion.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([['Why can validation loss rise with accuracy?', 'A few over-confident mistakes dominate the mean loss.']]);
    const kept = [1, 6, 7, 11, 15, 16];
    expect(messagesOf(vfile).filter((message) => message.endsWith(':site-chrome'))).toEqual(discussion.map((_, at) => at + 1).filter((line) => !kept.includes(line)).map((line) => `${line}:site-chrome`));
  });

  it("keeps the avatars', roles' and sidebar's words in a note that is no such copy", () => {
    const { questions } = readNote('Title\n\nWho reviews a pull request first?\nAuthor\n@minho-lee\n\nWhat organises issues?\nLabels\nMilestone\n', 'note.txt');
    expect(questions.map((question) => question.answer?.text)).toEqual(['Author\n@minho-lee', 'Labels\nMilestone']);
    // One thread line quoted in an answer makes no copy either: what follows it stays.
    const quoted = readNote('Title\n\nWhat does GitHub show when you comment?\nA line such as\nminho-lee commented on Mar 12, 2024\n\nWhat organises issues?\nLabels\nMilestone\n', 'note.txt');
    expect(quoted.questions.map((question) => question.answer?.text)[1]).toBe('Labels\nMilestone');
    // Nor does one discussion line: a name over a date, a maintainer and a category stay.
    expect(answerTextsOf('Who answered it first?\nAnswered by hinton\n\nWho signed the release?\nptrblck\non Mar 3, 2024\nMaintainer\n\nWhat is its Category?\nCategory\n', 'note.txt').map(([, answer]) => answer)).toEqual([
      'Answered by hinton',
      'ptrblck\non Mar 3, 2024\nMaintainer',
      'Category',
    ]);
  });
});
