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
    'Considering a 10x3 matrix, extract rows with unequal values\n\n(hint: np.any)',
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
    // A hint in a task's cell is its hint, no part of its words.
    expect(questions.at(-1)!.context?.text).toBe('(hint: np.any)');
    expect(questions.map((question) => [question.question, question.kind, question.answer?.text ?? null, question.occurrences[0]!.line])).toEqual([
      ['Import the numpy package under the name np', 'coding', 'import numpy as np', lineOf('Import the numpy package under the name `np`')],
      ['Create a null vector of size 10', 'coding', 'Z = np.zeros(10)', lineOf('Create a null vector of size 10')],
      ['Reverse a vector (first element becomes last)', 'coding', 'Z = Z[::-1]', lineOf('Reverse a vector (first element becomes last)')],
      ['Find indices of non-zero elements from [1,2,0,0,4,0]', 'coding', 'nz = np.nonzero([1,2,0,0,4,0])', lineOf('Find indices of non-zero elements from \\[1,2,0,0,4,0\\]')],
      // Its code cell is empty: a coding task, still to solve; the note that points elsewhere, and the code under
      // it, answer it (as what follows a question does, up to the next).
      ['Considering a 10x3 matrix, extract rows with unequal values', 'coding', 'See stackoverflow for explanations.\nU = Z[Z.max(axis=1) != Z.min(axis=1),:]', lineOf('Considering a 10x3 matrix, extract rows with unequal values\n')],
    ]);
  });

  it('are no questions in a tutorial, whose steps are written so too, whatever its title says of problems', () => {
    for (const title of ['# Training a classifier', '# Common problems when training a classifier']) {
      const tutorial = notebook(cellsOf(title, 'Load the data', { code: 'df = load()' }, 'Split the data into a train and a test set', { code: 'train, test = split(df)' }, 'Train the model', { code: 'model.fit(train)' }));
      expect(readNote(tutorial, 'tutorial.ipynb').questions, title).toEqual([]);
    }
  });

  it('are questions where many are worded as tasks and nearly all its cells over code are, whatever its title', () => {
    const tasks = ['Create a vector of zeros', 'Create a vector of ones', 'Reverse a vector', 'Sort a vector', 'Find the maximum of a vector', 'Find the minimum of a vector', 'Compute the mean of a vector', 'Compute the median of a vector', 'Stack two vectors', 'Split a vector in two'];
    const text = notebook(cellsOf('# Array creation routines', ...tasks.flatMap((task) => [task, { code: 'np.zeros(3)' }])));
    expect(readNote(text, 'routines.ipynb').questions.map((question) => question.question)).toEqual(tasks);
  });

  it('are asked by all the paragraphs of a numbered cell, showing its code, and a cell that leads into code is no task', () => {
    const text = notebook(
      cellsOf(
        '# 100 pandas puzzles 中文版',
        '**1.** Import pandas under the alias `pd`.',
        { code: 'import pandas as pd' },
        '**2.** Print the version of pandas.',
        { code: 'pd.__version__' },
        '**3.** Count the number of each type of animal in `df`.',
        { code: "df['animal'].value_counts()" },
        '**4.** Consider the DataFrame `df` constructed below.\n\nFor each group, find the sum of the three greatest values.',
        { code: "df.groupby('grps')['vals'].nlargest(3).sum(level=0)" },
        'And another approach using a groupby operation:',
        { code: "df.groupby('grps').sum()" },
        '**5.** Select the rows where the age is missing.',
        { code: "df[df['age'].isnull()]" },
        '**6.** Given random data\n```python\ndf = pd.DataFrame(np.random.random((5, 3)))\n```\nHow do you subtract the mean of each row from each element?',
        { code: 'df.sub(df.mean(axis=1), axis=0)' },
        'The next puzzles are slightly harder.\n\n**7.** In the cell below, `df` has 10 columns. For each row, find the column of its third NaN.',
        { code: 'df.isnull().cumsum(axis=1).eq(3).idxmax(axis=1)' },
      ),
    );
    const { questions } = readNote(text, 'puzzles.ipynb');
    // The task starts at its number; a remark that opens its cell before it is shown with it, and answers nothing.
    expect([questions[5]!.answer?.text, questions[6]!.question, questions[6]!.context?.text, questions[6]!.answer?.text]).toEqual([
      'df.sub(df.mean(axis=1), axis=0)',
      'In the cell below, df has 10 columns. For each row, find the column of its third NaN.',
      'The next puzzles are slightly harder.',
      'df.isnull().cumsum(axis=1).eq(3).idxmax(axis=1)',
    ]);
    // A cell of words, code and words is one question of both sentences, showing its code.
    expect([questions[5]!.question, questions[5]!.context?.text]).toEqual([
      'Given random data How do you subtract the mean of each row from each element?',
      'df = pd.DataFrame(np.random.random((5, 3)))',
    ]);
    expect(questions.slice(0, 5).map((question) => [question.question, question.kind, question.answer?.text])).toEqual([
      ['Import pandas under the alias pd.', 'coding', 'import pandas as pd'],
      ['Print the version of pandas.', 'coding', 'pd.__version__'],
      ['Count the number of each type of animal in df.', 'coding', "df['animal'].value_counts()"],
      ['Consider the DataFrame df constructed below. For each group, find the sum of the three greatest values.', 'coding', "df.groupby('grps')['vals'].nlargest(3).sum(level=0)\nAnd another approach using a groupby operation:\ndf.groupby('grps').sum()"],
      ['Select the rows where the age is missing.', 'coding', "df[df['age'].isnull()]"],
    ]);
  });

  it('leave the questions a notebook labels (`**Question:** …`) to the reading of `Q:` lines, the section heading over them a section', () => {
    const text = notebook(
      cellsOf(
        '# Pandas Q&A video series',
        '## 10. Your pandas questions answered!',
        '**Question:** How do I read in only a subset of the columns?',
        { code: "pd.read_csv('u', usecols=['City'])" },
        '**Question:** How do I read in only a subset of the rows?',
        { code: "pd.read_csv('u', nrows=3)" },
        '**Question:** Could you explain how to read the pandas documentation?\n\n[pandas API reference](http://pandas.pydata.org/pandas-docs/stable/api.html)',
        '**Question:** What is the difference between isnull and notnull?',
        { code: 'ufo.isnull().head()' },
      ),
    );
    const { questions } = readNote(text, 'qa.ipynb');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['How do I read in only a subset of the columns?', 'Your pandas questions answered!'],
      ['How do I read in only a subset of the rows?', 'Your pandas questions answered!'],
      ['Could you explain how to read the pandas documentation?', 'Your pandas questions answered!'],
      ['What is the difference between isnull and notnull?', 'Your pandas questions answered!'],
    ]);
  });

  it("are a code cell's numbered comment where a notebook sets three or more so, the rest of the cell its answer", () => {
    const text = notebook(
      cellsOf(
        { code: '#1. WRITE A PYTHON FUNCTION TO CALCULATE THE MEAN OF A LIST\ndef mean(xs):\n    return sum(xs) / len(xs)' },
        'SQL QUESTIONS',
        { code: '# 2. Write a query to find the second-highest salary\n# in an employee table\nquery = "SELECT MAX(salary) FROM t"' },
        { code: '#3. REVERSE A LINKED LIST' },
      ),
    );
    const lines = text.split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.includes(start)) + 1;
    const { questions } = readNote(text, 'coding.ipynb');
    expect(questions.map((question) => [question.question, question.kind, question.answer?.text ?? null, question.occurrences[0]!.line, question.occurrences[0]!.question])).toEqual([
      ['WRITE A PYTHON FUNCTION TO CALCULATE THE MEAN OF A LIST', 'coding', 'def mean(xs):\n    return sum(xs) / len(xs)\nSQL QUESTIONS', lineOf('"#1. WRITE'), '#1. WRITE A PYTHON FUNCTION TO CALCULATE THE MEAN OF A LIST'],
      ['Write a query to find the second-highest salary in an employee table', 'coding', 'query = "SELECT MAX(salary) FROM t"', lineOf('"# 2. Write'), '# 2. Write a query to find the second-highest salary\n# in an employee table'],
      // Nothing under it: code still to write.
      ['REVERSE A LINKED LIST', 'coding', null, lineOf('"#3. REVERSE'), '#3. REVERSE A LINKED LIST'],
    ]);
  });

  it("are no code cell's numbered comments where they are a tutorial's steps, a task's solutions or an answer's parts", () => {
    const read = (...cells: Parameters<typeof cellsOf>) => readNote(notebook(cellsOf(...cells)), 'nb.ipynb').questions.map((question) => [question.question, question.answer?.text ?? null]);
    // A tutorial's steps: they set no task.
    expect(read({ code: '# 1. Load the data\ndf = load()' }, { code: '# 2. Clean the data\ndf = df.dropna()' }, { code: '# 3. Train the model\nmodel.fit(df)' })).toEqual([]);
    // The solutions of tasks its Markdown cells set: their answers.
    expect(
      read(
        '# String exercises',
        '**1.** Write a function that reverses a string.',
        { code: '# 1. Solution using slicing\ndef rev(s): return s[::-1]' },
        '**2.** Write a function that sums a list.',
        { code: '# 2. Solution with a loop\ndef total(xs): return sum(xs)' },
        '**3.** Write a function that squares a number.',
        { code: '# 3. Solution\ndef sq(x): return x * x' },
      ),
    ).toEqual([
      ['Write a function that reverses a string.', '# 1. Solution using slicing\ndef rev(s): return s[::-1]'],
      ['Write a function that sums a list.', '# 2. Solution with a loop\ndef total(xs): return sum(xs)'],
      ['Write a function that squares a number.', '# 3. Solution\ndef sq(x): return x * x'],
    ]);
    // Parts of the answer to a heading that asks.
    expect(read('## How do you reverse a list in Python?', { code: '# 1. Using slicing\nxs[::-1]' }, { code: '# 2. Using reversed\nlist(reversed(xs))' }, { code: '# 3. Using reverse\nxs.reverse()' })).toEqual([
      ['How do you reverse a list in Python?', '# 1. Using slicing\nxs[::-1]\n# 2. Using reversed\nlist(reversed(xs))\n# 3. Using reverse\nxs.reverse()'],
    ]);
  });

  it('show the code under a numbered comment that asks about it (`What is the output …?`), and stop at the place of the solution', () => {
    const text = notebook(
      cellsOf(
        { code: '# 1. What is the output of the following code?\nx = [1, 2, 3]\nprint(x[::-1])' },
        { code: '# 2. Write a function that reverses a string\n# Your code here' },
        { code: '# 3. Which line raises an error?\na = 1\nb = a + "x"' },
      ),
    );
    expect(readNote(text, 'quiz.ipynb').questions.map((question) => [question.question, question.kind, question.context?.text ?? null, question.answer])).toEqual([
      ['What is the output of the following code?', 'concept', 'x = [1, 2, 3]\nprint(x[::-1])', null],
      ['Write a function that reverses a string', 'coding', null, null],
      ['Which line raises an error?', 'concept', 'a = 1\nb = a + "x"', null],
    ]);
  });

  it('are the answer of a heading that asks, in its section', () => {
    const text = notebook(
      cellsOf(
        '# Python interview questions',
        ...['How do you reverse a list?', 'How do you sort a list?', 'How do you copy a list?'].flatMap((asked) => [`## ${asked}`, 'Slice the list with a step of your choice', { code: 'xs[::-1]' }]),
      ),
    );
    expect(readNote(text, 'python.ipynb').questions.map((question) => [question.question, question.answer?.markdown])).toEqual(
      ['How do you reverse a list?', 'How do you sort a list?', 'How do you copy a list?'].map((asked) => [asked, 'Slice the list with a step of your choice\n\n```python\nxs[::-1]\n```']),
    );
  });

  it('leave a task whose code cell only holds its place (`# Solution goes here`) unanswered, a coding one, and say so; a stub answers', () => {
    const text = notebook(cellsOf('# Chapter 2 exercises', 'Reverse a vector', { code: '# Solution goes here' }, 'Sort a vector', { code: 'def solve():\n    pass' }, 'Stack two vectors', { code: 'np.hstack([a, b])' }));
    const { questions, vfile } = readNote(text, 'chapter.ipynb');
    expect(questions.map((question) => [question.question, question.kind, question.answer?.text ?? null])).toEqual([
      ['Reverse a vector', 'coding', null],
      ['Sort a vector', 'coding', 'def solve():\n    pass'],
      ['Stack two vectors', 'coding', 'np.hstack([a, b])'],
    ]);
    expect(vfile.messages.filter((message) => message.ruleId === 'code-to-write').map((message) => message.reason)).toEqual([
      'Left out of the answer to "Reverse a vector" a code block that only holds the place of its solution: "# Solution goes here"',
    ]);
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

  it('are numbered by their authors however worded, the point inside the bold or after it', () => {
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

  it("does not read a tutorial's few rhetorical questions so", () => {
    // Its own questions are `Q:` lines; a cell of its prose now and then asks.
    const prose = Array.from({ length: 8 }, (_, k) => `We look at step ${k} of the model.`);
    const tutorial = notebook(
      cellsOf(
        '# Not so obvious Python stuff',
        'Have you ever seen colons inside the parentheses of a function definition?',
        { code: 'def f(x: int): pass' },
        'And what about the fancy arrow here?',
        { code: 'def g() -> str: pass' },
        'Q: Is this valid Python syntax?  \nA: Yes!',
        ...prose,
      ),
    );
    expect(readNote(tutorial, 'tutorial.ipynb').questions.map((question) => question.question)).toEqual(['Is this valid Python syntax?']);
  });
});

describe('a question of a set of tasks answered in words in its own cell', () => {
  /** Three coded tasks, and `second` between the first two. */
  const pandas = (...second: Array<string | { code: string }>) =>
    notebook(
      cellsOf(
        '**1. How do you find missing values in a DataFrame?**',
        { code: 'df.isna().sum()' },
        ...second,
        '**3. How do you group by a column and compute the mean?**',
        { code: "df.groupby('city')['price'].mean()" },
        '**4. How would you merge two DataFrames on a key?**',
        { code: "pd.merge(a, b, on='id')" },
      ),
    );

  it('is a question among the coded ones, the rest of its cell its answer', () => {
    const { questions } = readNote(pandas('**2. What is the difference between `loc` and `iloc`?**\n\n`loc` is label-based, `iloc` is position-based.'), 'pandas.ipynb');
    expect(questions.map((question) => [question.question, question.kind, question.answer?.markdown ?? null])).toEqual([
      ['How do you find missing values in a DataFrame?', 'coding', '```python\ndf.isna().sum()\n```'],
      ['What is the difference between loc and iloc?', 'concept', '`loc` is label-based, `iloc` is position-based.'],
      ['How do you group by a column and compute the mean?', 'coding', "```python\ndf.groupby('city')['price'].mean()\n```"],
      ['How would you merge two DataFrames on a key?', 'coding', "```python\npd.merge(a, b, on='id')\n```"],
    ]);
  });

  it("reads a tutorial's narration over code between two tasks (`Let's also check …`) as part of the answer above it, not as a task", () => {
    const remark = "Let's also check the dtypes. Why does this matter? Because object columns are slow.";
    const { questions } = readNote(pandas('**2. How do you count the rows of each city?**', { code: 'df.city.value_counts()' }, remark, { code: 'df.dtypes' }), 'pandas.ipynb');
    expect(questions.map((question) => question.question)).toEqual([
      'How do you find missing values in a DataFrame?',
      'How do you count the rows of each city?',
      'How do you group by a column and compute the mean?',
      'How would you merge two DataFrames on a key?',
    ]);
    expect(questions[1]!.answer!.markdown).toBe(`\`\`\`python\ndf.city.value_counts()\n\`\`\`\n\n${remark}\n\n\`\`\`python\ndf.dtypes\n\`\`\``);
  });

  it('reads a cell of remarks between two tasks as prose between questions: with the answer above it, not lost', () => {
    const { questions } = readNote(pandas('**Note.** Pandas has two indexers.\n\nThey differ in how they look rows up.'), 'pandas.ipynb');
    expect(questions[0]!.answer!.markdown).toBe('```python\ndf.isna().sum()\n```\n\n**Note.** Pandas has two indexers.\n\nThey differ in how they look rows up.');
  });
});
