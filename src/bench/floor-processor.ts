/** The floor's parser: unified + remark-parse + remark-gfm, nothing else, warmed up. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

export function floorProcessor() {
  const processor = unified().use(remarkParse).use(remarkGfm).freeze();
  processor.parse('warm up the parser: *a* [b](c)\n\n- d\n');
  return processor;
}
