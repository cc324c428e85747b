/** A request that cannot be carried out as given (the CLI exits with 2): its own module, so that collect.ts throws it too. */
export class UsageError extends Error {}
