/**
 * Titles that name a glossary: `Glossary`, `Glossary of Key Terms` (NotebookLM's study guide), `Key Terms`, `Terms and
 * Definitions`, `용어 정리`, `용어집`, `用語集`, `术语表`, `名词解释`. A colon may close one (`Key Terms:`).
 */
const GLOSSARY_TITLE =
  /^(?:glossary(?:\s+of\s+(?:key\s+|important\s+|common\s+)?terms)?|(?:key\s+|important\s+|core\s+|common\s+)?(?:terms|terminology|vocabulary)(?:\s+(?:and|&)\s+definitions)?|definitions\s+of\s+(?:key\s+)?terms|(?:주요\s*|핵심\s*)?용어\s*(?:정리|집|설명|사전)?|用語集|用語(?:の)?(?:解説|説明)|(?:关键)?术语(?:表|解释)?|(?:關鍵)?術語(?:表|解釋)?|名词解释|名詞解釋|词汇表|詞彙表)\s*[:：]?$/i;

/** Whether a line names a glossary, the title over its terms. */
export function namesGlossary(text: string): boolean {
  return GLOSSARY_TITLE.test(text.trim());
}

/** Whether a note may hold a title that names a glossary (one of their words anywhere): most notes hold none, and are not searched for one. */
export function mayNameGlossary(text: string): boolean {
  return GLOSSARY_WORD.test(text);
}

const GLOSSARY_WORD = /glossary|terms|terminology|vocabulary|definitions|용어|用語|术语|術語|名词解释|名詞解釋|词汇表|詞彙表/i;
