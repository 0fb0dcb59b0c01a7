/** Driving the built search from a page, as the bench also does (scripts/lib/site-search.ts). */
export * from '../../scripts/lib/site-search.ts';
