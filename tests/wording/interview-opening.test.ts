import { describe, expect, it } from 'vitest';
import { OPENING_REQUEST, opensInterview } from '../../src/wording/interview-opening.js';
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
