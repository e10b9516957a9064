import { z } from 'astro/zod';

/**
 * Whether the public record shows that a paper belongs to the event or its edition.
 * Defaults to not-confirmed: a paper on the symposium's question that appeared in the
 * journal is not, by that alone, a paper of the symposium.
 */
export const confirmationSchema = z.enum(['confirmed', 'not-confirmed']).default('not-confirmed');
