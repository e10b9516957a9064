import { reference } from 'astro:content';

/** The symposium a paper, key message, session or commentary piece belongs to. */
export const symposiumField = reference('symposia').describe('The symposium it belongs to: a symposia file name, e.g. hsmc-2006.');
