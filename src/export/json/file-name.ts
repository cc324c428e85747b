/** The bank's file in the output folder: its own module, so that a build can find the last one without loading the exporter. */
export const QUESTIONS_FILE_NAME = 'questions.json';
/** The published JSON Schema beside it. */
export const SCHEMA_FILE_NAME = 'questions.schema.json';
