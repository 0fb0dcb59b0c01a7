/** jsonld ships no types; the one call the tests make. */
declare module 'jsonld' {
  const jsonld: {
    expand(input: unknown, options?: { documentLoader?: unknown }): Promise<Record<string, unknown[]>[]>;
  };
  export default jsonld;
}
