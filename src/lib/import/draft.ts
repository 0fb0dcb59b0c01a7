/** The draft builder (draft/index.ts), under the path other modules import it from. */
export * from './draft/index.ts';
