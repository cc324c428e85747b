/**
 * The one note type qbank writes: fields Question, Answer, Topic, Sources and one card.
 *
 * Anki matches note types on import by id, and adds a second note type whenever the field or
 * template names of a known id change. So the name, and with it the id, never changes, and the
 * field and template names are part of that contract. Only templates and CSS may evolve (the
 * note type's `mod` then grows, see build-state.ts, and Anki updates it in place).
 */
import { CARD_CSS } from './card-style.js';
import { stableId } from './ids.js';

export const NOTE_TYPE_NAME = 'qbank question';
export const NOTE_TYPE_ID = stableId('note type', NOTE_TYPE_NAME);

export const FIELD_NAMES = ['Question', 'Answer', 'Topic', 'Sources'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const CARD_NAME = 'Recall';

const FRONT = `<div class="qbank">
{{#Topic}}<div class="topic">{{Topic}}</div>{{/Topic}}
<div class="question">{{Question}}</div>
</div>`;

const BACK = `{{FrontSide}}
<hr id="answer">
<div class="qbank answer">
{{#Answer}}{{Answer}}{{/Answer}}{{^Answer}}<p class="no-answer">No answer yet.</p>{{/Answer}}
{{#Sources}}<div class="sources">{{Sources}}</div>{{/Sources}}
</div>`;

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** The `col.models` JSON object (schema 11) holding this note type, with every required key. */
export function noteTypeJson(mod: number, deckId: number): Record<string, unknown> {
  return {
    [String(NOTE_TYPE_ID)]: {
      id: NOTE_TYPE_ID,
      name: NOTE_TYPE_NAME,
      type: 0,
      mod,
      usn: -1,
      sortf: 0,
      did: deckId,
      tmpls: [
        {
          name: CARD_NAME,
          ord: 0,
          qfmt: FRONT,
          afmt: BACK,
          bqfmt: '',
          bafmt: '',
          did: null,
          bfont: '',
          bsize: 0,
        },
      ],
      flds: FIELD_NAMES.map((name, ord) => ({
        name,
        ord,
        sticky: false,
        rtl: false,
        font: 'Arial',
        size: 20,
        description: '',
        media: [],
      })),
      css: CARD_CSS,
      latexPre: LATEX_PRE,
      latexPost: '\\end{document}',
      latexsvg: false,
      // Legacy Anki (< 2.1.28) decides which cards a note has from `req`: card 0 needs field 0.
      req: [[0, 'any', [0]]],
      tags: [],
      vers: [],
    },
  };
}
