/**
 * Titles that name a glossary: `Glossary`, `Glossary of Key Terms` (NotebookLM's study guide), `Key Terms`, `Terms and
 * Definitions`, `Definitions`, `용어 정리`, `용어집`, `用語集`, `术语表`, `名词解释`; in English with up to three words of
 * what it is of before (`NLP Glossary`, `Deep Learning Glossary`, `Key ML Terms`, `ML Terminology`) or after
 * (`Glossary of ML Terms`, `Glossary for interviews`), but for the words that make a phrase of it (`In Simple Terms`, `In Other Terms`). A colon
 * may close one (`Key Terms:`).
 */
const GLOSSARY_TITLE = new RegExp(
  String.raw`^(?:(?:${'QUALIFIER'}\s+){0,3}glossary(?:\s+of\s+(?:${'QUALIFIER'}\s+){0,3}terms|\s+for\s+(?:the\s+)?(?:${'QUALIFIER'}\s+){0,2}${'QUALIFIER'})?|(?:${'QUALIFIER'}\s+){0,3}(?:terms|terminology|vocabulary)(?:\s+(?:and|&)\s+definitions)?|definitions(?:\s+of\s+(?:key\s+)?terms)?|(?:주요\s*|핵심\s*)?용어\s*(?:정리|집|설명|사전)?|用語集|用語(?:の)?(?:解説|説明)|(?:关键)?术语(?:表|解释)?|(?:關鍵)?術語(?:表|解釋)?|名词解释|名詞解釋|词汇表|詞彙表)\s*[:：]?$`.replaceAll(
    'QUALIFIER',
    // A word of what the glossary is of (`NLP`, `Deep`, `Learning`, `Key`), not one that makes a phrase (`in`, `simple`, `other`).
    String.raw`(?!(?:in|on|at|by|for|with|of|the|a|an|these|those|such|other|simple|plain|general|layman'?s?|no|uncertain|certain|relative|absolute|real|practical)\b)[\p{L}\p{N}][\p{L}\p{N}&+/.'’-]*`,
  ),
  'iu',
);

/**
 * Whether a line names a glossary, the title over its terms. Only a line with one of their words is tried: the title's
 * pattern is costly to compile and to run (about 10 ms the first time), and most lines and topics hold none.
 */
export function namesGlossary(text: string): boolean {
  return GLOSSARY_WORD.test(text) && GLOSSARY_TITLE.test(text.trim());
}

/** Whether a note may hold a title that names a glossary (one of their words anywhere): most notes hold none, and are not searched for one. */
export function mayNameGlossary(text: string): boolean {
  return GLOSSARY_WORD.test(text);
}

/** Every title GLOSSARY_TITLE takes holds one of these words, matched as it matches them (`u`: its case folding). */
const GLOSSARY_WORD = /glossary|terms|terminology|vocabulary|definitions|용어|用語|术语|術語|名词解释|名詞解釋|词汇表|詞彙表/iu;
