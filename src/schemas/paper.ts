import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { symposiumField } from './belongs-to';
import { confirmationSchema } from './confirmation';
import { discussionSchema } from './discussion';
import { doiSchema, webAddressSchema } from './identifiers';
import { materialsField } from './material';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/** Where a paper sits in a journal. Each part may be absent until it is seen in the record. */
const journalPlacementSchema = z.strictObject({
	title: z.string().min(1).describe('Journal title, e.g. "Health and Social Care in the Community".'),
	volume: z.string().min(1).optional().describe('Volume, e.g. "14".'),
	issue: z.string().min(1).optional().describe('Issue, e.g. "5".'),
	pages: z
		.string()
		.regex(/^\d+(?:[-–]\d+)?$/, { error: 'Write pages as first-last, e.g. 375-383, or a single page number.' })
		.optional()
		.describe('Page range, e.g. 375-383.'),
});

/** A paper on the symposium's question: a full text in MDX, or a bibliographic record pointing to the publisher. */
export const paperSchema = z
	.strictObject({
		title: z
			.string()
			.min(1)
			.describe('Title as published, in sentence case.')
			.meta({ examples: ['Shared care records across health and social care: lessons from a fixture pilot'] }),
		symposium: symposiumField,
		authors: z
			.union([z.array(reference('people')).min(1), z.literal('not-known')])
			.describe('People file names in author order, or not-known when the record does not show them.'),
		abstract: z
			.string()
			.min(1)
			.optional()
			.describe("The authors' abstract, only when it can be reproduced.")
			.meta({ examples: ['We studied one shared record used by nurses, social workers and GPs in a pilot area.'] }),
		plainSummary: z
			.string()
			.min(1)
			.describe(
				"What the paper is about, in plain language for people who use services and their carers, written by the site's editors: short sentences, everyday words (the check asks for a Flesch reading ease of 60 or more).",
			)
			.meta({ examples: ['Staff in one area shared a single record. This is what helped, and what got in the way.'] }),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'Write the language as a code: en for English, fr for French, en-GB for British English.' })
			.optional()
			.describe('The language the paper is written in, as a code, e.g. en. Leave out when the record does not show it.'),
		themes: z.array(z.string().min(1)).default([]).describe('Topics, lower case, e.g. "evaluation", "older people".'),
		session: reference('sessions').optional().describe('The programme session where it was presented: a sessions file name.'),
		status: z.enum(['presented', 'accepted', 'published']).describe('presented (at the symposium only), accepted (by the journal) or published.'),
		edition: reference('editions')
			.optional()
			.describe('The edition (special issue or proceedings volume) the paper is part of, or is expected in: an editions file name.'),
		inEdition: confirmationSchema.describe('confirmed only when the record shows the paper is part of that edition; otherwise leave out (not-confirmed).'),
		presentedAtSymposium: confirmationSchema.describe(
			'confirmed only when the record shows the paper was given at the symposium; otherwise leave out (not-confirmed).',
		),
		doi: doiSchema.optional().describe('DOI without prefix, e.g. 10.1111/j.1365-2524.2006.00655.x.'),
		pmid: z
			.string()
			.regex(/^\d{1,9}$/, { error: 'A PubMed ID is digits only, e.g. 16918830.' })
			.optional()
			.describe('PubMed ID, digits only.')
			.meta({ examples: ['12345678'] }),
		journal: journalPlacementSchema.optional().describe('Where it was published, as far as the record shows.'),
		dates: z
			.strictObject({
				presented: partialDateSchema.optional().describe('When it was presented at the symposium.'),
				accepted: partialDateSchema.optional().describe('When the journal accepted it.'),
				published: partialDateSchema.optional().describe('When it was published: 2006-09 for September 2006.'),
			})
			.default({})
			.describe('Dates as precisely as the record shows them.'),
		licence: z.string().min(1).optional().describe('Licence of the text, e.g. "CC BY 4.0". Leave out when not known.'),
		url: webAddressSchema.optional().describe("The publisher's page for the paper."),
		discussion: discussionSchema,
		materials: materialsField,
		publisherLink: z.literal('not-known').optional().describe("not-known for a published paper when the record shows neither its DOI nor a publisher's page."),
		history: z
			.array(
				z.strictObject({
					date: partialDateSchema.describe('When the change was made, as YYYY-MM-DD.').meta({ examples: ['2031-05-02'] }),
					change: z
						.string()
						.min(1)
						.describe('What changed, in one sentence.')
						.meta({ examples: ['Added the page range now that the issue is out.'] }),
				}),
			)
			.default([])
			.describe('Changes to this page after it was first published, oldest first: shown as its version history.'),
		...publicationFields,
	})
	// A paper said to be given at the symposium must be confirmed as such by the record.
	.refine((paper) => paper.presentedAtSymposium === 'confirmed' || (paper.status !== 'presented' && !paper.session), {
		path: ['presentedAtSymposium'],
		error:
			'This paper has status: presented or a session, which says it was given at the symposium, but presentedAtSymposium is not confirmed. Add presentedAtSymposium: confirmed if the record shows it; otherwise remove the session and choose another status.',
	})
	.refine((paper) => paper.inEdition === 'not-confirmed' || paper.edition, {
		path: ['inEdition'],
		error: 'inEdition: confirmed says the paper is part of an edition, but names none. Add edition: <editions file name>, or remove inEdition.',
	})
	// A published paper's page sends readers to the journal's copy: it needs a way there,
	// or an editor's word that the record gives none.
	.refine((paper) => paper.status !== 'published' || paper.doi || paper.url || paper.publisherLink, {
		path: ['status'],
		error:
			"A published paper needs a doi or a url, so readers can reach the journal's copy. Add one; if the record shows neither, write publisherLink: not-known.",
	})
	.describe("A paper on the symposium's question: its full text below the fields, or, with no text, a record that sends readers to the journal.");
