/**
 * What a table's column names say its columns hold: the question, the answer, a multiple-choice
 * table's options and key, an explanation, a topic; and a spreadsheet's or flashcard export's
 * front and back. Matched against a header cell's words in lower case (`joinedWords`). The table
 * of questions reads them (extract/recognizers/question-table.ts), and so does the parse stage, to
 * tell a flashcard export's header from a card (parse/card-export.ts) and to read a YAML list's keys
 * (parse/yaml-questions.ts: `- question: …` / `  answer: …`).
 */
export const QUESTION_HEADER = /^(?:q|(?:interview\s+)?questions?(?:\s+(?:title|text))?|질문|문제|문항|问题|問題|题目|題目|cues?(?:\s*\((?:questions?|질문)\))?)$/;
export const ANSWER_HEADER =
  /^(?:a|answers?|answers?\s+(?:links?|urls?|text|key)|links? to (?:the )?answers?|(?:ideal|correct|expected|model|sample|suggested|reference|best)\s+answers?|답변|답|정답|해설|풀이|모범\s*(?:답안|답변|답)|答案|参考答案)(?:\s*\([^()]{2,20}\))?$/;
/**
 * An answer column as a learner names their own (`Short answer`, `My answer`, `내 답변`): the answer where no column
 * is named as ANSWER_HEADER names one (`Question,My answer,Model answer` is answered by the model answer).
 */
export const OWN_ANSWER_HEADER =
  /^(?:(?:short|brief|quick|full|long|detailed|key|final|my|your|our)\s+answers?|(?:내|나의|핵심|짧은|간단한|예시)\s*(?:답안|답변|답))(?:\s*\([^()]{2,20}\))?$/;
/** A multiple-choice table's option columns, each named with its option's label: `answerA`, `Option B`, `choice 3`. */
export const OPTION_HEADER = /^(?:options?|choices?|answers?)\s*([a-e1-5])$/;
/** A multiple-choice table's key: the column that names the right option (`correctAnswer`, `Answer key`). */
export const KEY_HEADER = /^(?:correct\s*(?:answers?|options?|choices?)?|answers?\s*key|key|정답)$/;
/**
 * A column that explains, or holds the learner's notes (a Cornell sheet's `Cue | Notes`), where none answers: the
 * answer of a table that has no answer column.
 */
export const EXPLANATION_HEADER = /^(?:explanations?|설명|解释|解析|(?:my\s+)?notes?|메모|노트|笔记|筆記|备注|メモ|ノート)$/;
/**
 * A spreadsheet's columns may be named as a flashcard's fields too (`Front,Back`, `Term,Definition`). Not a
 * note's table: `| Term | Definition |` there is a glossary, part of an answer. But for a card's own sides
 * (`| Front | Back |`), which name nothing but a flashcard's.
 */
export const CARD_QUESTION_HEADER = /^(?:front|terms?|prompts?|단어)$/;
export const CARD_ANSWER_HEADER = /^(?:back|definitions?|solutions?|responses?|뜻)$/;
export const CARD_SIDE_HEADERS = { question: /^(?:front|앞면)$/, answer: /^(?:back|뒷면)$/ };

/**
 * The title column of a Notion database exported as CSV (`Name`, `이름`), which holds each page's name: the
 * question column of a sheet whose title cells ask and that has an answer column.
 */
export const TITLE_HEADER = /^(?:name|title|page|이름|제목|名称|名稱|标题|標題)$/;

/**
 * A column that names each row's topic (`Topic`, `주제`, and the `구분` or `분야` a Korean table groups its rows by):
 * the question's topic, as a section heading over it would name it. Not `Section` or `Chapter`, whose cells number
 * more often than they name (`7.1`), nor `분류`, a category, read as tags (answer-head.ts).
 */
export const TOPIC_HEADER = /^(?:topics?|subjects?|주제|구분|분야|主题|主題)$/;

/**
 * A column that rates each row, how hard or how important its question is (`Difficulty`, `Level`, `난이도`,
 * `중요도`): the question's tag, as a `[Hard]` label beside a wording is (wording/rating-labels.ts).
 */
export const RATING_HEADER = /^(?:difficulty|difficulty level|level|rating|priority|importance|난이도|중요도|레벨|등급|难度|難度|难易度|難易度|重要度|等级|等級)$/;

/** Whether a column's name says it answers: as a question bank names it, or as a learner names their own answers. */
export function namesAnswerColumn(name: string): boolean {
  return ANSWER_HEADER.test(name) || OWN_ANSWER_HEADER.test(name);
}

/** Whether a column's name is that of a flashcard export's front or back, or of a table of questions' question or answer. */
export function namesCardColumn(name: string): boolean {
  const words = joinedWords(name).toLowerCase();
  return namesAnswerColumn(words) || [QUESTION_HEADER, CARD_QUESTION_HEADER, CARD_ANSWER_HEADER].some((pattern) => pattern.test(words));
}

/** `ideal_answer`, `question-text`: a spreadsheet's or a program's column names join their words. */
export function joinedWords(name: string): string {
  return name.replace(/[\s_]+/g, ' ').trim();
}
