import { describe, expect, it } from 'vitest';
import { INTRODUCTION_NAME, namesIntroduction, OPENING_REQUEST, opensInterview } from '../../src/wording/interview-opening.js';
import { backtracking } from '../helpers/backtracking.js';

describe("an interview's opening request", () => {
  it('asks for the candidate\'s introduction, in Korean, English or Chinese, with or without a question mark', () => {
    for (const said of ['간단히 자기소개 부탁드립니다.', '먼저 자기소개 해주세요', 'Tell me about yourself.', 'So, could you introduce yourself?', '请先做个自我介绍']) expect(opensInterview(said), said).toBe(true);
  });

  it('is no question about introductions, nor a question that goes on after one', () => {
    for (const said of ['자기소개서에 쓴 프로젝트를 설명해 주세요.', 'What did you write about yourself in the cover letter?', 'Why is self-introduction hard?']) expect(opensInterview(said), said).toBe(false);
  });

  it('is matched in time linear in the line', () => {
    expect(backtracking(OPENING_REQUEST)).toBeUndefined();
  });
});

describe("the name of the candidate's introduction", () => {
  it('is the introduction alone, or with the talk about their projects that goes with it, as a write-up lists what was asked', () => {
    for (const title of ['자기소개', '1분 자기소개', '간단한 자기소개', '자기소개 및 프로젝트 설명', '자기소개와 경력 소개', '프로젝트 소개 + 자기소개', 'Self-introduction', '自我介绍']) {
      expect(namesIntroduction(title), title).toBe(true);
    }
  });

  it('is no question about introductions, nor the talk about projects alone', () => {
    for (const title of ['자기소개서 작성 팁', '자기소개에서 강조할 점은?', '프로젝트 설명', '자기소개 및 프로젝트에서 왜 XGBoost를 썼나요?', 'Why is self-introduction hard?']) {
      expect(namesIntroduction(title), title).toBe(false);
    }
  });

  it('is matched in time linear in the line', () => {
    expect(backtracking(INTRODUCTION_NAME)).toBeUndefined();
  });
});
