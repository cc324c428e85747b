/**
 * An exercise notebook writes each task as a Markdown cell of one sentence, often without a question mark, and
 * solves it in the code cell under it: where the notebook reads as a set of such tasks (most of them worded as
 * tasks, and titled as exercises or asking with question marks), each is a question and its code cell the answer.
 * A tutorial's steps, written the same way, are not.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { cellsOf, notebook } from '../helpers/notebook.js';

const exercises = notebook(
  cellsOf(
    '# 100 numpy exercises',
    'Import the numpy package under the name `np`',
    { code: 'import numpy as np' },
    'Create a null vector of size 10',
    { code: 'Z = np.zeros(10)' },
    'Reverse a vector (first element becomes last)',
    { code: 'Z = Z[::-1]' },
    'Find indices of non-zero elements from \\[1,2,0,0,4,0\\]',
    { code: 'nz = np.nonzero([1,2,0,0,4,0])' },
    'Considering a 10x3 matrix, extract rows with unequal values',
    { code: '' },
    'See [stackoverflow](https://stackoverflow.com/q/1) for explanations.',
    { code: 'U = Z[Z.max(axis=1) != Z.min(axis=1),:]' },
  ),
);

describe("an exercise notebook's task cells", () => {
  it('are questions, each answered by the code cell under it, at the line its cell is written', () => {
    const { questions } = readNote(exercises, 'numpy.ipynb');
    const lines = exercises.split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(JSON.stringify(text))) + 1;
    expect(questions.map((question) => [question.question, question.kind, question.answer?.text ?? null, question.occurrences[0]!.line])).toEqual([
      ['Import the numpy package under the name np', 'coding', 'import numpy as np', lineOf('Import the numpy package under the name `np`')],
      ['Create a null vector of size 10', 'coding', 'Z = np.zeros(10)', lineOf('Create a null vector of size 10')],
      ['Reverse a vector (first element becomes last)', 'coding', 'Z = Z[::-1]', lineOf('Reverse a vector (first element becomes last)')],
      ['Find indices of non-zero elements from [1,2,0,0,4,0]', 'coding', 'nz = np.nonzero([1,2,0,0,4,0])', lineOf('Find indices of non-zero elements from \\[1,2,0,0,4,0\\]')],
      // Its code cell is empty: a coding task, still to solve; the note that points elsewhere, and the code under
      // it, answer it (as what follows a question does, up to the next).
      ['Considering a 10x3 matrix, extract rows with unequal values', 'concept', 'See stackoverflow for explanations.\nU = Z[Z.max(axis=1) != Z.min(axis=1),:]', lineOf('Considering a 10x3 matrix, extract rows with unequal values')],
    ]);
  });

  it('are no questions in a tutorial, whose steps are written so too', () => {
    const tutorial = notebook(cellsOf('# Training a classifier', 'Load the data', { code: 'df = load()' }, 'Split the data into a train and a test set', { code: 'train, test = split(df)' }, 'Train the model', { code: 'model.fit(train)' }));
    const { questions } = readNote(tutorial, 'tutorial.ipynb');
    expect(questions).toEqual([]);
  });

  it('are questions where a quarter of them ask with a question mark, whatever the title', () => {
    const text = notebook(cellsOf('Reverse a vector', { code: 'z[::-1]' }, 'Sort an array', { code: 'np.sort(z)' }, 'Normalize a 5x5 random matrix', { code: '(z - z.min()) / np.ptp(z)' }, 'How to find common values between two arrays?', { code: 'np.intersect1d(a, b)' }));
    expect(readNote(text, 'drills.ipynb').questions.map((question) => question.question)).toEqual([
      'Reverse a vector',
      'Sort an array',
      'Normalize a 5x5 random matrix',
      'How to find common values between two arrays?',
    ]);
  });

  it('are numbered by their authors however worded, the number in bold or not', () => {
    const text = notebook(
      cellsOf(
        '## Cleaning data',
        "**41.** Delete the **From_To** column from `df` and attach the DataFrame 'temp'.",
        { code: "df = df.drop('From_To', axis=1).join(temp)" },
        '**42**. In the **Airline** column, you can see some extra punctuation. Pull out just the airline name.',
        { code: "df['Airline'] = df['Airline'].str.extract('([a-zA-Z\\\\s]+)')" },
        '**43**. Expand the Series of lists in **RecentDelays** into a new DataFrame.',
        { code: "delays = df['RecentDelays'].apply(pd.Series)" },
        '**44**. Suppose that `sum()` did not accept a `level` argument. How else could you do it?',
        { code: 's.unstack().sum(axis=0)' },
      ),
    );
    const { questions } = readNote(text, 'puzzles.ipynb');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ["Delete the From_To column from df and attach the DataFrame 'temp'.", "df = df.drop('From_To', axis=1).join(temp)"],
      ['In the Airline column, you can see some extra punctuation. Pull out just the airline name.', "df['Airline'] = df['Airline'].str.extract('([a-zA-Z\\\\s]+)')"],
      ['Expand the Series of lists in RecentDelays into a new DataFrame.', "delays = df['RecentDelays'].apply(pd.Series)"],
      ['Suppose that sum() did not accept a level argument. How else could you do it?', 's.unstack().sum(axis=0)'],
    ]);
  });
});

describe('a paragraph numbered in bold, its point outside (`**42**.`)', () => {
  it('numbers a question as `**42.**` does, in a Markdown note too', () => {
    const note = '**1**. Delete the column from the frame.\n\n```python\ndf.drop("c", axis=1)\n```\n\n**2**) Count the rows of the frame.\n\n```python\nlen(df)\n```\n';
    expect(readNote(note).questions.map((question) => [question.question, question.kind])).toEqual([
      ['Delete the column from the frame.', 'coding'],
      ['Count the rows of the frame.', 'coding'],
    ]);
  });
});

describe('a notebook whose cells open with their questions', () => {
  const questionsNotebook = notebook(
    cellsOf(
      '# Data Science Interview Questions',
      '## Explanation Questions:',
      'What are the assumptions of linear regressions?\n- Linear relationship\n- Independence',
      'How to test for collinearity?\n- Pearson correlation\n- Variance inflation factor',
      'Eigen Vector vs Eigen Value',
      'What is A/B testing:\n- 1 tail\n- 2 tail',
      'When do you use median over mean?\n- Outliers',
    ),
  );

  it('asks each of them, answered by the rest of its cell, whatever construct the rest of the notebook uses', () => {
    const { questions } = readNote(questionsNotebook, 'questions.ipynb');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null, question.topic])).toEqual([
      ['What are the assumptions of linear regressions?', '- Linear relationship\n- Independence', 'Explanation Questions'],
      ['How to test for collinearity?', '- Pearson correlation\n- Variance inflation factor', 'Explanation Questions'],
      // A cell that names two things to compare is a question of its own, not the title of those after it.
      ['Eigen Vector vs Eigen Value', null, 'Explanation Questions'],
      ['What is A/B testing', '- 1 tail\n- 2 tail', 'Explanation Questions'],
      ['When do you use median over mean?', '- Outliers', 'Explanation Questions'],
    ]);
  });

  it('does not make one cell that opens with a question one, in a notebook of no others', () => {
    const tutorial = notebook(cellsOf('# Training a classifier', 'Why scale the features?\n- Distances\n- Gradients', { code: 'X = scale(X)' }, 'Gradient descent vs Adam', 'We fit the model.', { code: 'model.fit(X)' }));
    const { questions } = readNote(tutorial, 'tutorial.ipynb');
    expect(questions.map((question) => question.question)).not.toContain('Gradient descent vs Adam');
  });
});
