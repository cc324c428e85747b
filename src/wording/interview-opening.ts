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

/**
 * The name of the candidate's introduction, as a write-up lists it among what was asked (`자기소개`, `1분 자기소개`,
 * `Self-introduction`, `自我介绍`): the formality OPENING_REQUEST asks for.
 */
export const SELF_INTRODUCTION = String.raw`(?:(?:간단한|간단히|짧은|\d{1,2}\s*분)\s*)?자기\s?소개|自我介绍|自己紹介|self[- ]?introduction`;

/** The talk about the candidate's own projects or career that goes with their introduction (`프로젝트 설명`, `경력 소개`). */
const OWN_WORK_TALK = String.raw`(?:프로젝트|경력|이력서?|경험)\s*(?:설명|소개)`;

/** What joins the two in one title (`자기소개 및 프로젝트 설명`, `자기소개와 경력 소개`, `프로젝트 소개 + 자기소개`). */
const JOINED = String.raw`\s*(?:[&/+,·]|및|와|과|\band\b)\s*`;

export const INTRODUCTION_NAME = new RegExp(String.raw`^(?:${SELF_INTRODUCTION})(?:${JOINED}(?:${OWN_WORK_TALK}))?$|^(?:${OWN_WORK_TALK})${JOINED}(?:${SELF_INTRODUCTION})$`, 'iu');

/**
 * Whether a title only names the candidate's introduction, perhaps with the talk about their projects that goes with it
 * (`- 자기소개 및 프로젝트 설명` in a round of a write-up, interview-rounds.ts): the interview's opening formality. Outside
 * a round the same words may title a learner's practice (`## 1분 자기소개` over their script), and are read as any title.
 */
export function namesIntroduction(title: string): boolean {
  return INTRODUCTION_NAME.test(title.trim());
}
