/** The static server for built sites that the bench also uses (scripts/lib/server.ts). */
export * from '../../scripts/lib/server.ts';
