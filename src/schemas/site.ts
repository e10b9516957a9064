import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { webAddressSchema } from './identifiers';
import { timeZoneSchema } from './time-zone';

/** A repository's address on GitHub, as site.yaml or the deploy workflow (SITE_REPOSITORY) gives it. */
export const REPOSITORY_ADDRESS = /^https:\/\/github\.com\/[\w-]+\/[\w.-]+$/;

/** An email address, or the https address of a form: how readers reach the editors. */
const CONTACT = /^(?:[^\s@/:]+@[^\s@/]+\.[^\s@/]+|https:\/\/\S+)$/;

/**
 * Who deposits the DOIs the site's publisher registers with Crossref (npm run crossref):
 * a site whose editions' DOIs are all registered by their journals leaves it out.
 */
const crossrefSchema = z
	.strictObject({
		depositor: z
			.strictObject({
				name: z
					.string()
					.min(1)
					.describe('The person or team that sends the deposits, as Crossref should address them.')
					.meta({ examples: ['Fixture Press production'] }),
				email: z
					.string()
					.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'Write an email address, e.g. deposits@fixture.example.' })
					.describe("Where Crossref sends each deposit's report.")
					.meta({ examples: ['deposits@fixture.example'] }),
			})
			.describe('Who sends the deposits to Crossref.'),
		registrant: z
			.string()
			.min(1)
			.describe('The organisation that owns the DOIs, as its Crossref membership names it.')
			.meta({ examples: ['Fixture Press'] }),
		prefix: z
			.string()
			.regex(/^10\.\d{4,9}$/, { error: 'Write the DOI prefix alone, e.g. 10.5555: "10.", then four to nine digits, with no slash.' })
			.describe(
				'The DOI prefix Crossref gave the registrant, in quotes so that YAML keeps it as text, e.g. "10.5555". Only DOIs that start with it are deposited: a DOI a journal registered itself never is.',
			)
			.meta({ examples: ['10.5555'] }),
	})
	.optional()
	.describe(
		"For a publisher that registers its own editions' DOIs with Crossref: who deposits them and under which prefix. npm run crossref -- <edition> then writes a deposit. Leave out when the journals register every DOI.",
	);

/** The site as a whole: its name, its clock, its repository and how to reach its editors. One file, content/site.yaml. */
export const siteSchema = z
	.strictObject({
		title: z
			.string()
			.min(1)
			.max(40)
			.describe("The site's name, for its header and browser tabs: short, as it holds a series of symposia.")
			.meta({ examples: ['Fixture symposia'] }),
		timeZone: timeZoneSchema.describe('The clock embargoes (publishAt) are written on, e.g. Europe/London.'),
		repository: z
			.string()
			.regex(REPOSITORY_ADDRESS, {
				error: "Write the repository's address on GitHub, e.g. https://github.com/fixture-editors/fixture-symposium, with no final slash.",
			})
			.optional()
			.describe(
				'The GitHub repository the site is built from, e.g. https://github.com/fixture-editors/fixture-symposium. With it, every entry page links to a new issue there, filled in for a reader to report a correction; without it, there is no such link. Leave it out when the deploy workflow builds the site: GitHub gives the workflow its repository, and the workflow passes it to the build (SITE_REPOSITORY).',
			),
		contact: z
			.string()
			.regex(CONTACT, { error: 'Write an email address, e.g. editors@fixture.example, or the https:// address of a contact form.' })
			.optional()
			.describe(
				"How readers reach the editors: an email address, or the address of a contact form. The About page and its accessibility statement show it. Without it, readers are sent to the repository's issues.",
			)
			.meta({ examples: ['editors@fixture.example'] }),
		crossref: crossrefSchema,
		oldAddresses: z
			.strictObject({
				programme: reference('symposia').optional().describe('The symposium whose programme /programme/ showed: that address now leads to it.'),
				specialEdition: reference('editions').optional().describe('The edition /special-edition/ showed: that address now leads to it.'),
			})
			.default({})
			.describe(
				'For a site that published one symposium before it held a series: what its first addresses showed, so that links to them still arrive. A new site leaves this out.',
			),
		editor: z
			.strictObject({
				signIn: webAddressSchema
					.describe(
						'The address of the sign-in service that lets editors sign in with GitHub (the README\'s "Editing in the browser" says how to set one up for free), e.g. https://symposium-sign-in.fixture.workers.dev.',
					)
					.meta({ examples: ['https://symposium-sign-in.fixture.workers.dev'] }),
				branch: z
					.string()
					.min(1)
					.default('main')
					.describe('The branch the site is published from, which pull requests from the editor go into: main unless yours is named otherwise.'),
			})
			.optional()
			.describe(
				'The web editor at /admin/ on the published site, where editors sign in with GitHub and each change becomes a pull request. Leave it out and the published site has no /admin/; npm run dev always has it, editing the files on your computer.',
			),
	})
	.describe('The site as a whole: one file for the whole series.');
