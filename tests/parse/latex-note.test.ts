/** LaTeX notes (`.tex`): read as the Markdown they stand for, line for line. */
import { describe, expect, it } from 'vitest';
import { latexToMarkdown } from '../../src/parse/latex-note.js';
import { messagesOf, readFixture, readNote } from '../helpers/read-note.js';

const asked = (text: string, file = 'notes.tex') =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

const document = (body: string) => `\\documentclass{article}\n\\begin{document}\n${body}\n\\end{document}\n`;

describe('a LaTeX note', () => {
  it("asks with an exam's questions and parts and answers with their solutions, each at its own line of the file", () => {
    const { questions, summary, vfile } = readFixture('exam-review.tex');
    expect(summary.format).toBe('latex');
    expect(summary.title).toBe('ML Midterm Review');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown ?? null])).toEqual([
      [
        'What is the difference between parametric and non-parametric models?',
        12,
        'Foundations',
        'Parametric models have a fixed number of parameters (e.g. linear regression); non-parametric ones grow with the data (e.g. $k$-NN).',
      ],
      [
        // A task the grader sets (`Derive …`) asks as a question does; its points are no part of it.
        'Derive the gradient of the squared loss \\(L(w) = \\frac{1}{2}\\|Xw - y\\|^2\\).',
        17,
        'Foundations',
        // An `align*` is MathJax's `aligned` between `$$`; a reference prints a number the note does not hold.
        '$$\n\\begin{aligned} \\nabla_w L &= X^\\top (Xw - y) \\\\\n&= X^\\top X w - X^\\top y \\end{aligned}\n$$\n\nSetting it to zero gives the normal equations (see Section).',
      ],
      // Each part asks under its question's setting.
      ['Consider a classifier trained on 100 points. What is its training error if it memorises them?', 28, 'Foundations', 'Zero: it has seen every point.'],
      ['Consider a classifier trained on 100 points. Which of the following reduces overfitting?', 32, 'Foundations', 'Dropout'],
      [
        'What does model.eval() do in PyTorch?',
        43,
        'Practice',
        "It switches layers such as dropout and batch norm to **inference** behaviour:\n\n- dropout keeps every unit;\n- batch norm uses its running statistics (not the batch's).\n\n```python\nmodel.eval()\nwith torch.no_grad():\n    out = model(x)\n```",
      ],
      ['How do L1 and L2 regularisation differ?', 57, 'Practice', '| Norm | Effect         |\n| ---- | -------------- |\n| L1   | sparse weights |\n| L2   | small weights  |'],
      ['What is the VC dimension of a linear classifier in \\(\\mathbb{R}^2\\)?', 67, 'Practice', null],
    ]);
    // `\choice` and `\CorrectChoice` are the options, the right one known.
    expect(questions[3]!.choices.map((choice) => [choice.text, choice.correct])).toEqual([
      ['Adding features', false],
      ['Dropout', true],
      ['Training longer', false],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:latex-note']);
  });

  it('gives each question as the file writes it', () => {
    const { questions } = readNote(document('\\begin{questions}\n\\question[5] What is dropout?\n\\begin{solution}\nZeroing units.\n\\end{solution}\n\\end{questions}'), 'exam.tex');
    expect(questions.map((question) => question.occurrences[0]!.question)).toEqual(['\\question[5] What is dropout?']);
  });

  it('asks with its section headings, a Beamer frame\'s title too, and leaves out the preamble and what follows the document', () => {
    const note =
      '\\documentclass{article}\n\\title{Notes}\n\\newcommand{\\R}{\\mathbb{R}}\n\\begin{document}\n\\section*{Optimisation}\n\\subsection*{Why does Adam work?}\nMomentum and per-parameter steps.\n\\begin{frame}{What is warm-up?}\nA small rate at first.\n\\end{frame}\n\\end{document}\nWhat is left over?\n';
    expect(asked(note)).toEqual([
      ['Why does Adam work?', 6, 'Momentum and per-parameter steps.'],
      ['What is warm-up?', 8, 'A small rate at first.'],
    ]);
  });

  it("reads a Beamer deck's frames as questions, whatever options come before a frame's title, without its overlays, notes and layout", () => {
    const deck =
      '\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}{Agenda}\n  \\tableofcontents\n\\end{frame}\n\\section{VAE}\n\\begin{frame}<1->[fragile]{Q2. What are the two terms of the ELBO?}\n  Reconstruction \\pause and a \\alert{KL} term.\n  \\note{mention the prior}\n\\end{frame}\n\\begin{frame}{GAN or diffusion?}\n  \\begin{columns}\n    \\column{0.5\\textwidth} \\only<2>{GAN: fast sampling}\n  \\end{columns}\n\\end{frame}\n\\begin{frame}{Questions?}\n  \\centering Thank you!\n\\end{frame}\n\\end{document}\n';
    const { questions, vfile } = readNote(deck, 'deck.tex');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['What are the two terms of the ELBO?', 'Reconstruction and a **KL** term.', 7],
      ['GAN or diffusion?', 'GAN: fast sampling', 11],
    ]);
    // The closing slide names no question: noted, as a post's closing section is.
    expect(messagesOf(vfile)).toContain('16:post-section');
  });

  it('reads its markup in text as Markdown writes it, and leaves formulas and code as written', () => {
    const note = document(
      "\\section{What is Adam?}\n\\textbf{Adaptive} \\emph{moment} estimation --- ``momentum'' for 1\\% of the cost, see \\texttt{torch.optim\\_adam}, \\href{https://arxiv.org/abs/1412.6980}{the paper} and \\cite{kingma2014}.\\footnote{Kingma \\& Ba.} A $\\beta_1 * \\beta_2$ in a formula, a 3*4 and <b> in text. % my comment\n\\begin{verbatim}\n*not bold* \\textbf{not bold}\n\\end{verbatim}",
    );
    expect(asked(note)).toEqual([
      [
        'What is Adam?',
        3,
        '**Adaptive** *moment* estimation — “momentum” for 1% of the cost, see `torch.optim_adam`, [the paper](https://arxiv.org/abs/1412.6980) and (kingma2014). (Kingma & Ba.) A $\\beta_1 * \\beta_2$ in a formula, a 3\\*4 and \\<b> in text.\n\n```\n*not bold* \\textbf{not bold}\n```',
      ],
    ]);
  });

  it('reads lists, description lists, quotes and display formulas as Markdown writes them, and no line of text as a list', () => {
    const note = document(
      '\\section{How do L1 and L2 differ?}\n\\begin{description}\n\\item[L1] drives weights to zero\n\\item[L2] shrinks them\n\\end{description}\n\\begin{quote}\nBoth are priors.\n\\end{quote}\n\\[\n  \\|w\\|_1 \\quad \\|w\\|_2^2\n\\]\n- 1 is not an item here',
    );
    expect(asked(note)).toEqual([['How do L1 and L2 differ?', 3, '- L1: drives weights to zero\n- L2: shrinks them\n\n> Both are priors.\n\n$$\n\\|w\\|_1 \\quad \\|w\\|_2^2\n$$\n\n\\- 1 is not an item here']]);
  });

  it('keeps a `%` where it is typed as a character (in verb, url and href), and a line opening with a number as text', () => {
    const note = document(
      '\\section{How do you format a percentage in Python?}\nUse \\verb|{x:.1%}|, see \\url{https://example.com/a%20b} % my comment\nor \\href{https://example.com/?q=50%25}{this page}.\n1. This line is text, not an item.',
    );
    expect(asked(note)).toEqual([
      [
        'How do you format a percentage in Python?',
        3,
        'Use `{x:.1%}`, see <https://example.com/a%20b>\nor [this page](https://example.com/?q=50%25).\n1\\. This line is text, not an item.',
      ],
    ]);
  });

  it("reads the items of the note's own list environment as a list, and a description item whose term asks as a question over its answer", () => {
    const custom = '\\documentclass{article}\n\\newenvironment{qa}{\\begin{itemize}}{\\end{itemize}}\n\\begin{document}\n\\section*{Statistics}\n\\begin{qa}\n\\item What is a p-value?\n\n  The probability of a result at least as extreme.\n\\item What is statistical power?\n\n  The probability of rejecting a false null.\n\\end{qa}\n\\end{document}\n';
    expect(asked(custom)).toEqual([
      ['What is a p-value?', 6, 'The probability of a result at least as extreme.'],
      ['What is statistical power?', 9, 'The probability of rejecting a false null.'],
    ]);
    const terms = document('\\begin{description}\n\\item[What is dropout?] Randomly zeroing activations.\n\\item[What is early stopping?] Stopping when validation loss rises.\n\\end{description}');
    expect(asked(terms)).toEqual([
      ['What is dropout?', 4, 'Randomly zeroing activations.'],
      ['What is early stopping?', 5, 'Stopping when validation loss rises.'],
    ]);
  });

  it('reads a question in bold wrapped over two lines, as an editor wraps it, as one question over its answer, as on one line', () => {
    const note = document(
      '\\section{Machine learning}\n\n\\textbf{What is the bias-variance\n  tradeoff?}\nThe error splits into bias, variance and noise.\n\n\\textbf{What is overfitting?}\nFitting the noise of the training data.',
    );
    expect(asked(note)).toEqual([
      ['What is the bias-variance tradeoff?', 5, 'The error splits into bias, variance and noise.'],
      ['What is overfitting?', 9, 'Fitting the noise of the training data.'],
    ]);
    // Each line of the Markdown stands at its line of the file; a wrapped line that would open a list is text.
    const wrapped = latexToMarkdown(document('\\begin{itemize}\n\\item \\emph{Explain dropout\n- briefly.} Then stop.\n\\end{itemize}'));
    expect(wrapped.markdown.split('\n').slice(3, 5)).toEqual(['- *Explain dropout', '  \\- briefly.* Then stop.']);
    // Where the reading would not keep its lines apart (a picture's file name), or a blank line comes before the argument closes, each line is read alone.
    const picture = document('See \\includegraphics{loss\ncurve.png} here.');
    expect(latexToMarkdown(picture).markdown.split('\n').slice(2, 4)).toEqual(['See \\includegraphics{loss', 'curve.png} here.']);
    const unclosed = document('\\textbf{What is dropout?\n\nZeroing units.}');
    expect(latexToMarkdown(unclosed).markdown.split('\n').slice(2, 5)).toEqual(['\\textbf{What is dropout?', '', 'Zeroing units.}']);
  });

  it('is told by its name: a Markdown note that quotes LaTeX is read as Markdown', () => {
    const note = '## What does \\section do?\n\n```latex\n\\section{Intro}\n```\n';
    expect(readNote(note, 'latex-tips.md').summary.format).toBe('markdown');
    expect(readNote(document('\\section{What is a kernel?}\nA similarity.'), 'kernels.TEX').summary.format).toBe('latex');
  });

  it('keeps the Markdown line for line with the file, whatever a block spans', () => {
    const text = document('\\begin{questions}\n\\question What is $x$?\n\\begin{solution}\n\\begin{equation}\nx = 1\n\\end{equation}\n\\end{solution}\n\\end{questions}');
    expect(latexToMarkdown(text).markdown.split('\n')).toHaveLength(text.split('\n').length);
  });
});
