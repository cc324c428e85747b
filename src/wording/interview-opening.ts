/**
 * The interviewer's request that opens an interview, for the candidate's introduction (`간단히 자기소개 부탁드립니다.`,
 * `Tell me about yourself.`, `请先做个自我介绍`): a formality, and the introduction no answer to study
 * (extract/walk/blocks.ts leaves both out). It asks, though most often with no question mark: a transcript's reader
 * counts it among the interviewer's questions (parse/speaker-labels.ts).
 */
export const OPENING_REQUEST =
  /^(?:(?:먼저|간단히|간단하게|우선)\s*)*자기\s?소개(?:를|부터)?\s*(?:부탁(?:드립니다|드려요|합니다|해요)|해\s*(?:주세요|주시겠어요|주실래요|주시겠습니까|보세요|볼까요))|^(?:(?:so|okay|ok|first|first of all|to start),?\s+)*(?:(?:can|could) you\s+|please\s+)?(?:tell (?:me|us) (?:a (?:little |bit )?(?:bit )?)?about yourself|introduce yourself)|^请?(?:先|简单)*(?:做(?:个|一下)?)?自我介绍(?:一下)?/iu;

export function opensInterview(said: string): boolean {
  return OPENING_REQUEST.test(said);
}
