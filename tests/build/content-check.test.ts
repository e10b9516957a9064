import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import { MATERIAL_MAX_BYTES } from '../../src/schemas/material';
import { PROSE_COMPONENTS } from '../../src/schemas/prose-components';
import { checkContent } from '../../src/tooling/content-check/check';
import { formatProblem } from '../../src/lib/content/problems';
import { siteSettings } from '../content';
import { root, SITES } from '../sites';

/**
 * What an editor sees from `npm run check` (and from the build, which runs it first)
 * when a commit has a mistake. Each test makes one defect in a copy of the fixture
 * content, checks it, and compares the whole report with what an editor should read:
 * file and line, field, what was found, what was expected, and the fix.
 */

const work = join(root, 'tests/.output/content-check');
const contentDir = join(work, 'content');
const changed = new Map<string, string | undefined>();

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
});

afterEach(() => {
	for (const [path, text] of changed) {
		if (text === undefined) rmSync(path);
		else writeFileSync(path, text);
	}
	changed.clear();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture series' files that the defects below are made in: a symposium, its special issue, and the site's own. */
const SYMPOSIUM = 'symposia/fixture-2031.yaml';
const EDITION = 'editions/fixture-journal-31-2.yaml';
const SITE = 'site.yaml';

/** Replaces the first match in a fixture file (a line, mostly), failing if nothing matched. */
function edit(file: string, pattern: RegExp | string, replacement: string) {
	const path = join(contentDir, file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(pattern, replacement);
	expect(after, `the test's edit to ${file} changed nothing`).not.toBe(before);
	if (!changed.has(path)) changed.set(path, before);
	writeFileSync(path, after);
}

function add(file: string, text: string) {
	const path = join(contentDir, file);
	changed.set(path, undefined);
	writeFileSync(path, text);
}

/** The report as the editor reads it, with paths as they would be from the project folder. */
async function report(): Promise<string> {
	const { problems } = await checkContent({ root, contentDir, collections });
	return problems.map(formatProblem).join('\n').replaceAll('tests/.output/content-check/', '');
}

describe('good content', () => {
	it('the fixture content has no problems', async () => {
		expect(await report()).toBe('');
	});

	it('the real content has no problems, and warns of no contact only while site.yaml gives none (the deploy workflow gives the repository)', async () => {
		const { entries, problems } = await checkContent({ root, contentDir: join(root, SITES.real.contentDir), collections });
		const { contact, repository } = siteSettings('real');
		const noContact = problems.filter((problem) => problem.file === 'content/site.yaml' && problem.field === 'contact' && problem.warning);
		expect(noContact).toHaveLength(contact || repository ? 0 : 1);
		expect(problems.filter((problem) => !noContact.includes(problem)).map(formatProblem)).toEqual([]);
		expect(entries).toBeGreaterThan(0);
	});
});

describe('fields', () => {
	it('a misspelled field, with the field meant', async () => {
		edit('papers/shared-care-records.mdx', /^themes:/m, 'themse:');
		expect(await report()).toMatchInlineSnapshot(`"content/papers/shared-care-records.mdx:10  themse: unknown field (did you mean "themes"?)"`);
	});

	it('a misspelled required field: the unknown one and the missing one', async () => {
		edit('papers/shared-care-records.mdx', /^title:/m, 'titel:');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx  title: missing. Title as published, in sentence case.
			content/papers/shared-care-records.mdx:3  titel: unknown field (did you mean "title"?)"
		`);
	});

	it('a field the schema does not have, with the fields it does', async () => {
		edit('sessions/opening-plenary.yaml', /^room:/m, 'colour: blue\nroom:');
		expect(await report()).toMatchInlineSnapshot(
			`"content/sessions/opening-plenary.yaml:5  colour: unknown field: the fields here are symposium, title, order, start, end, room, chair, materials"`,
		);
	});

	it('an unknown field inside a group of fields', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^ {2}volume:/m, '  volumne:');
		expect(await report()).toMatchInlineSnapshot(`"content/papers/pooled-budgets-record-only.mdx:19  journal.volumne: unknown field (did you mean "volume"?)"`);
	});

	it('a missing required field', async () => {
		edit('messages/one-team-one-front-door.mdx', /^summary: >-\n.*\n.*\n/m, '');
		expect(await report()).toMatchInlineSnapshot(`"content/messages/one-team-one-front-door.mdx  summary: missing. The message in one plain sentence."`);
	});

	it('a plain-language summary that is hard to read, with its score', async () => {
		edit(
			'messages/share-the-record.mdx',
			/^plainSummary: >-\n(?: {2}.*\n)+/m,
			'plainSummary: Interprofessional documentation accessibility substantially diminished duplicative domiciliary visitation.\n',
		);
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/share-the-record.mdx:12  plainSummary: scores -213.7 for reading ease (Flesch); a plain-language summary needs 60 or more: write shorter sentences and shorter, everyday words"`,
		);
	});

	it('an empty required field', async () => {
		edit('people/amara-okonjo.yaml', /^name: .*$/m, 'name: ""');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/amara-okonjo.yaml:1  name: empty. Full name as the person writes it, e.g. "Helen Dickinson"."`,
		);
	});

	it('a value that is not one of the allowed ones', async () => {
		edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented (at the symposium only), accepted (by the journal) or published."`,
		);
	});

	it('a misspelled allowed value, with the value meant', async () => {
		edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: presentd');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:14  status: found "presentd", expected one of "presented", "accepted", "published" (did you mean "presented"?). presented (at the symposium only), accepted (by the journal) or published."`,
		);
	});

	it('text where a number belongs', async () => {
		edit('messages/one-team-one-front-door.mdx', /^order: .*$/m, 'order: two');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/one-team-one-front-door.mdx:3  order: found "two", expected a number. Where it comes among its symposium's key messages: 1 for the first. The site numbers the published ones 1, 2, 3 in this order, so one held back leaves no gap."`,
		);
	});

	it('a fraction where a whole number belongs', async () => {
		edit('sessions/opening-plenary.yaml', /^order: .*$/m, 'order: 1.5');
		expect(await report()).toMatchInlineSnapshot(
			`"content/sessions/opening-plenary.yaml:2  order: found 1.5, expected a whole number. Position in its symposium's programme: 1 for the first session."`,
		);
	});

	it('a field left empty', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^doi: .*$/m, 'doi:');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:16  doi: empty: fill it in, or remove the line. DOI without prefix, e.g. 10.1111/j.1365-2524.2006.00655.x."`,
		);
	});

	it('an empty list where at least one is needed', async () => {
		edit('commentary/fixture-weekly-report.mdx', /^authors:\n {2}- margaret-fenwick$/m, 'authors: []');
		expect(await report()).toMatchInlineSnapshot(
			`"content/commentary/fixture-weekly-report.mdx:4  authors: an empty list, expected at least one item. People file names of the piece's authors."`,
		);
	});

	it('a short title that is too long', async () => {
		edit(SYMPOSIUM, /^shortTitle: .*$/m, 'shortTitle: The fixture symposium on integrated care, 2031');
		expect(await report()).toMatchInlineSnapshot(
			`"content/symposia/fixture-2031.yaml:4  shortTitle: found 46 characters, expected at most 40. A short name, unique in the series, for lists and browser tabs."`,
		);
	});

	it("an author's name written where the people file name belongs", async () => {
		edit('papers/shared-care-records.mdx', /^ {2}- jess-whitfield$/m, '  - name: Jess Whitfield');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:6  authors[1]: found "name: Jess Whitfield", expected text. People file names in author order, or not-known when the record does not show them."`,
		);
	});

	it('one author written as text instead of a list', async () => {
		edit('papers/shared-care-records.mdx', /^authors:\n {2}- ([\w-]+)\n {2}- [\w-]+$/m, 'authors: $1');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:4  authors: found "margaret-fenwick", expected a list or "not-known". People file names in author order, or not-known when the record does not show them."`,
		);
	});
});

describe('formats', () => {
	// YAML reads an unquoted full date itself (and rolls 2031-02-30 over to 2 March),
	// so only month-precision and quoted dates reach our own check.
	it('an impossible month', async () => {
		edit('messages/one-team-one-front-door.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2031-13');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/one-team-one-front-door.mdx:18  lastReviewed: "2031-13" has no month 13. Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006, 2006-09 or 2006-06-15)."`,
		);
	});

	it('an impossible quoted day', async () => {
		edit('messages/one-team-one-front-door.mdx', /^lastReviewed: .*$/m, 'lastReviewed: "2031-02-30"');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/one-team-one-front-door.mdx:18  lastReviewed: "2031-02-30" has no day 30 in that month. Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006, 2006-09 or 2006-06-15)."`,
		);
	});

	it('a time that is not a date and time', async () => {
		edit('sessions/opening-plenary.yaml', /^start: .*$/m, 'start: half past nine');
		expect(await report()).toMatchInlineSnapshot(
			`"content/sessions/opening-plenary.yaml:3  start: found "half past nine", expected a date. Start, as 2031-03-14T09:30:00+00:00. Leave out when not known."`,
		);
	});

	it('a DOI written as a web address', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^doi: (.*)$/m, 'doi: https://doi.org/$1');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:16  doi: found "https://doi.org/10.5555/fixture.0003". A DOI starts with "10." and a slash, like 10.1111/j.1365-2524.2006.00655.x. Remove any "doi:" or "https://doi.org/" in front of it."`,
		);
	});

	it('an ORCID iD with a mistyped digit', async () => {
		edit('people/margaret-fenwick.yaml', /^orcid: .*$/m, 'orcid: 0000-0002-1825-0079');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/margaret-fenwick.yaml:9  orcid: found "0000-0002-1825-0079". This ORCID iD fails its checksum: a digit is probably mistyped. Copy it again from the person's orcid.org page."`,
		);
	});

	it('an ISSN with a mistyped digit', async () => {
		edit(EDITION, /^ {2}issn: .*$/m, '  issn: "1234-5678"');
		expect(await report()).toMatchInlineSnapshot(
			`"content/editions/fixture-journal-31-2.yaml:6  journal.issn: found "1234-5678". This ISSN fails its checksum: a digit is probably mistyped. Copy it again from the journal's pages."`,
		);
	});

	it('a web address without https://', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^url: https:\/\/(.*)$/m, 'url: $1');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:25  url: found "example.org/fixture-press/fjic/31/2/101". Write a full web address starting with https://, e.g. https://www.example.org/page."`,
		);
	});

	it('a PubMed ID with letters', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^doi: .*$/m, '$&\npmid: PMC1234567');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:17  pmid: found "PMC1234567". A PubMed ID is digits only, e.g. 16918830."`,
		);
	});

	it('a repository that is not an address on GitHub', async () => {
		edit(SITE, /^repository: .*$/m, 'repository: github.com/fixture-editors/fixture-symposium/');
		expect(await report()).toMatchInlineSnapshot(
			`"content/site.yaml:3  repository: found "github.com/fixture-editors/fixture-symposium/". Write the repository's address on GitHub, e.g. https://github.com/fixture-editors/fixture-symposium, with no final slash."`,
		);
	});

	it('a name in a script other than Latin, without its language', async () => {
		edit('people/li-ming.yaml', /^nameLanguage: .*\n/m, '');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/li-ming.yaml  nameLanguage: This name is written in a script other than Latin, so screen readers need its language. Add nameLanguage: its language tag, e.g. zh for Chinese, ar for Arabic, el for Greek."`,
		);
	});

	it('pages written in words', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^ {2}pages: .*$/m, '  pages: 101 to 112');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:21  journal.pages: found "101 to 112". Write pages as first-last, e.g. 375-383, or a single page number."`,
		);
	});

	it('a published paper with neither a DOI nor a web address', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^doi: .*\n/m, '');
		edit('papers/pooled-budgets-record-only.mdx', /^url: .*\n/m, '');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/pooled-budgets-record-only.mdx:12  status: A published paper needs a doi or a url, so readers can reach the journal's copy. Add one; if the record shows neither, write publisherLink: not-known."`,
		);
	});
});

describe('references between entries', () => {
	it('an author with no people file', async () => {
		edit('papers/shared-care-records.mdx', /^ {2}- jess-whitfield$/m, '  - jess-whitfeld');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:6  authors[1]: no person "jess-whitfeld" (did you mean "jess-whitfield"?)"`,
		);
	});

	it('a session that does not exist', async () => {
		edit('papers/shared-care-records.mdx', /^session: .*$/m, 'session: integration-in-practise');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:13  session: no session "integration-in-practise" (did you mean "integration-in-practice"?)"`,
		);
	});

	it('evidence naming a paper that does not exist, with nothing close', async () => {
		edit('messages/one-team-one-front-door.mdx', /^( {2}- (?:paper: )?)pooled-budgets-record-only$/m, '$1hospital-at-home-trial');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/one-team-one-front-door.mdx:16  evidence[2].paper: no paper "hospital-at-home-trial": correct the name, or create content/papers/hospital-at-home-trial.mdx"`,
		);
	});

	it('a chair and a guest editor who do not exist', async () => {
		edit('sessions/opening-plenary.yaml', /^chair: .*$/m, 'chair: margret-fenwick');
		edit(EDITION, /^ {2}- priya-raman$/m, '  - priya-ramen');
		expect(await report()).toMatchInlineSnapshot(`
			"content/editions/fixture-journal-31-2.yaml:12  guestEditors[0]: no person "priya-ramen" (did you mean "priya-raman"?)
			content/sessions/opening-plenary.yaml:6  chair: no person "margret-fenwick" (did you mean "margaret-fenwick"?)"
		`);
	});

	it('a record said to show a fact the entry does not give, and one a commentary piece cannot have', async () => {
		edit('papers/pooled-budgets-record-only.mdx', /^ {2}pages: .*\n/m, '');
		edit(SYMPOSIUM, 'facts: [doi, address]', 'facts: [doi, pages, address]');
		edit(SYMPOSIUM, 'facts: [title, date, address]', 'facts: [title, date, pmid]');
		expect(await report()).toMatchInlineSnapshot(`
			"content/symposia/fixture-2031.yaml:34  checkedAgainst[0].showed[1].facts[1]: says Fixture Index showed the pages of papers/pooled-budgets-record-only, but that paper does not give its journal.pages: remove "pages" from facts, or add journal.pages to the paper if the record shows it
			content/symposia/fixture-2031.yaml:39  checkedAgainst[1].showed[0].facts[2]: "pmid": a commentary piece has no pmid, so Fixture Weekly's archive cannot have shown one; remove it from facts"
		`);
	});

	it('a .md file beside the .mdx file of the same name', async () => {
		add('papers/shared-care-records.md', readFileSync(join(contentDir, 'papers/shared-care-records.mdx'), 'utf8'));
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx  file name: has the same name as content/papers/shared-care-records.md once made into an address ("shared-care-records"): keep one of the two files"`,
		);
	});

	it('two entry files whose names make one address', async () => {
		add('papers/Shared Care Records.mdx', readFileSync(join(contentDir, 'papers/shared-care-records.mdx'), 'utf8'));
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx  file name: has the same name as content/papers/Shared Care Records.mdx once made into an address ("shared-care-records"): keep one of the two files"`,
		);
	});

	it('an entry file named with a number, which would take the address of a page of its listing', async () => {
		add('people/2.yaml', readFileSync(join(contentDir, 'people/li-ming.yaml'), 'utf8'));
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/2.yaml  file name: is a number, and /people/2/ is a page of the list of people: name the file for its entry, in words"`,
		);
	});

	it('a paper saved with an extension the site does not read', async () => {
		add('papers/telecare-in-two-districts.markdown', '---\ntitle: Telecare\n---\n');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/telecare-in-two-districts.markdown  file name: not read: papers are .mdx or .md files, so this one is not on the site; rename it to telecare-in-two-districts.mdx"`,
		);
	});
});

describe('the series: symposia, their editions and the site', () => {
	it('a key message naming a symposium that does not exist', async () => {
		edit('messages/share-the-record.mdx', /^symposium: .*$/m, 'symposium: fixture-231');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/share-the-record.mdx:15  symposium: no symposium "fixture-231" (did you mean "fixture-2031"?)"`,
		);
	});

	it('two symposia with one short name, told apart by nothing in lists and tabs', async () => {
		edit('symposia/fixture-2033.yaml', /^shortTitle: .*$/m, 'shortTitle: fixture Symposium');
		expect(await report()).toMatchInlineSnapshot(
			`"content/symposia/fixture-2033.yaml:5  shortTitle: "fixture Symposium" is already the short name of content/symposia/fixture-2031.yaml: give each symposium its own, e.g. with its year"`,
		);
	});

	it("a paper given in a session of another symposium's programme", async () => {
		edit('papers/lunch-clubs-first-contact.mdx', /^session: .*$/m, 'session: opening-plenary');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/lunch-clubs-first-contact.mdx:13  session: the session "opening-plenary" (content/sessions/opening-plenary.yaml) is in the programme of fixture-2031, but this paper is of fixture-2029: name a session of fixture-2029, or correct the paper's symposium"`,
		);
	});

	it("a paper in an edition that gathers other symposia's papers", async () => {
		edit('papers/neighbourhood-teams-and-volunteers.mdx', /^edition: .*$/m, 'edition: fixture-journal-31-2');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/neighbourhood-teams-and-volunteers.mdx:26  edition: the edition "fixture-journal-31-2" (content/editions/fixture-journal-31-2.yaml) gathers the papers of fixture-2031, not of fixture-2029: add fixture-2029 to its symposia, or name another edition"`,
		);
	});

	it('old addresses leading to a symposium and an edition that do not exist', async () => {
		edit(SITE, /^ {2}programme: .*$/m, '  programme: fixture-2013');
		edit(SITE, /^ {2}specialEdition: .*$/m, '  specialEdition: fixture-journal-31');
		expect(await report()).toMatchInlineSnapshot(`
			"content/site.yaml:5  oldAddresses.programme: no symposium "fixture-2013" (did you mean "fixture-2033"?)
			content/site.yaml:6  oldAddresses.specialEdition: no edition "fixture-journal-31" (did you mean "fixture-journal-31-2"?)"
		`);
	});
});

describe('corrections', () => {
	const correction = 'corrections/discharge-to-assess-table-correction.mdx';

	it('a correction to a paper that does not exist, with the paper meant', async () => {
		edit(correction, /^paper: .*$/m, 'paper: discharge-to-assess-evalution');
		expect(await report()).toMatchInlineSnapshot(
			`"content/corrections/discharge-to-assess-table-correction.mdx:4  paper: no paper "discharge-to-assess-evalution" (did you mean "discharge-to-assess-evaluation"?)"`,
		);
	});

	it('a kind the site does not show, and a missing date', async () => {
		edit(correction, /^kind: .*$/m, 'kind: retraction');
		edit(correction, /^date: .*\n/m, '');
		expect(await report()).toMatchInlineSnapshot(`
			"content/corrections/discharge-to-assess-table-correction.mdx  date: missing. When the correction was published, as YYYY-MM-DD where known.
			content/corrections/discharge-to-assess-table-correction.mdx:5  kind: found "retraction", expected one of "correction", "erratum". correction when the paper itself was wrong (the authors' text, figures or data); erratum when the mistake was made in publishing it (typesetting, a dropped line)."
		`);
	});

	it('a published correction to a draft paper: a warning that it waits for its paper', async () => {
		edit(correction, /^paper: .*$/m, 'paper: telecare-pilot-draft');
		expect(await report()).toMatchInlineSnapshot(
			`"content/corrections/discharge-to-assess-table-correction.mdx:4  warning: paper: the paper "telecare-pilot-draft" (content/papers/telecare-pilot-draft.mdx) is a draft, so this entry waits for it: the built site leaves both out until it is published (its draft: true is removed)"`,
		);
	});
});

describe('plain Markdown entries', () => {
	it('a .md paper is checked as an .mdx one is: its fields and its links', async () => {
		add(
			'papers/telecare-in-two-districts.md',
			'---\ntitle: Telecare in two districts\nauthors:\n  - jess-whitfeld\nstatus: accepted\nplainSummary: Two towns tried out care by phone.\nsymposium: fixture-2031\n---\n\n## Method\n\nAs [above](#methd), and <b>unlike</b> MDX, a { is only a brace.\n',
		);
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/telecare-in-two-districts.md:4  authors[0]: no person "jess-whitfeld" (did you mean "jess-whitfield"?)
			content/papers/telecare-in-two-districts.md:12  body: link to "#methd": this page has no heading or anchor "methd" (did you mean "#method"?)"
		`);
	});

	it('an image in a .md body', async () => {
		add(
			'papers/telecare-in-two-districts.md',
			'---\ntitle: Telecare in two districts\nauthors: not-known\nstatus: accepted\nplainSummary: Two towns tried out care by phone.\nsymposium: fixture-2031\n---\n\n![A map of the two districts](../people/margaret-fenwick.png)\n',
		);
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/telecare-in-two-districts.md:9  body: image "../people/margaret-fenwick.png" in a .md file: images are shown in the sizes and formats readers' screens need only from .mdx files; rename this one to telecare-in-two-districts.mdx"
		`);
	});
});

describe('drafts and embargoes', () => {
	it('a published key message citing a draft paper: a warning, naming both files', async () => {
		edit('messages/share-the-record.mdx', /^ {2}- paper: shared-care-records$/m, '$&\n  - paper: telecare-pilot-draft');
		expect(await report()).toMatchInlineSnapshot(
			`"content/messages/share-the-record.mdx:9  warning: evidence[1].paper: the paper "telecare-pilot-draft" (content/papers/telecare-pilot-draft.mdx) is a draft, so the built site leaves this link out until it is published (its draft: true is removed), and the next build after that adds it"`,
		);
	});

	it('a published commentary piece naming a paper under embargo: a warning, saying when', async () => {
		edit('commentary/fixture-editors-reflections.mdx', /^relatedPapers:$/m, '$&\n  - reablement-costs-embargoed');
		expect(await report()).toMatchInlineSnapshot(
			`"content/commentary/fixture-editors-reflections.mdx:19  warning: relatedPapers[0]: the paper "reablement-costs-embargoed" (content/papers/reablement-costs-embargoed.mdx) is embargoed until 1 January 2099 at 09:00 GMT, so the built site leaves this link out until then, and the next build after that adds it"`,
		);
	});

	it('an entry under embargo is warned of a reference to one whose embargo ends later, not of one that ends first', async () => {
		edit('papers/telecare-pilot-draft.mdx', /^draft: true$/m, 'publishAt: 2099-06-01');
		edit(
			'commentary/fixture-editors-reflections.mdx',
			/^relatedPapers:$/m,
			'publishAt: 2099-03-01\n$&\n  - reablement-costs-embargoed\n  - telecare-pilot-draft',
		);
		expect(await report()).toMatchInlineSnapshot(
			`"content/commentary/fixture-editors-reflections.mdx:21  warning: relatedPapers[1]: the paper "telecare-pilot-draft" (content/papers/telecare-pilot-draft.mdx) is embargoed until 1 June 2099 at 00:00 BST, so the built site leaves this link out until then, and the next build after that adds it"`,
		);
	});

	it('a link in a published body to a draft: a warning', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'See [the telecare pilot](/papers/telecare-pilot-draft/#early-findings).\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  warning: body: link to "/papers/telecare-pilot-draft/#early-findings": the paper "telecare-pilot-draft" (content/papers/telecare-pilot-draft.mdx) is a draft, so the built site leaves this link out until it is published (its draft: true is removed), and the next build after that adds it"`,
		);
	});

	it('a publishAt that is not a date and time', async () => {
		edit('papers/reablement-costs-embargoed.mdx', /^publishAt: .*$/m, 'publishAt: 1 January 2099');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/reablement-costs-embargoed.mdx:16  publishAt: "1 January 2099" is not a date and time. Write it as 2031-06-01, or 2031-06-01 09:00 for a time of day, without a time zone: the site's (timeZone in site.yaml) applies."`,
		);
	});
});

describe('images', () => {
	it('a photo that is not there', async () => {
		edit('people/margaret-fenwick.yaml', /^photo: .*$/m, 'photo: ./no-such-portrait.png');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/margaret-fenwick.yaml:11  photo: image "./no-such-portrait.png" not found in the folder of this file: check the spelling of its name, or add the image there"`,
		);
	});

	it('a photo without alt text', async () => {
		edit('people/margaret-fenwick.yaml', /^photoAlt:.*\n/m, '');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/margaret-fenwick.yaml  photoAlt: This person has a photo but no photoAlt. Add photoAlt: a short description of the photo, e.g. "Jane Doe, smiling, in front of a bookcase"."`,
		);
	});

	it('a figure in a body that is not there and has no alt text', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, '![](./pilot-map.png)\n\n$&');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:37  body: image "./pilot-map.png" not found in the folder of this file: check the spelling of its name, or add the image there
			content/papers/shared-care-records.mdx:37  body: image "./pilot-map.png" has no alt text: say what it shows inside the brackets, ![A chart of waiting times](./pilot-map.png)"
		`);
	});
});

describe('talk materials', () => {
	/** A copy of a fixture material file, under another name, or made larger: the check reads only its first bytes and its size. */
	function copyMaterial(from: string, to: string, size?: number) {
		const path = join(contentDir, to);
		changed.set(path, undefined);
		copyFileSync(join(contentDir, from), path);
		if (size !== undefined) truncateSync(path, size);
	}

	it('slides whose file is not there', async () => {
		edit('papers/shared-care-records.mdx', './shared-care-records-slides.pdf', './shared-care-record-slides.pdf');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:25  materials[0].file: "./shared-care-record-slides.pdf" not found in the folder of this file: check the spelling of its name, or add the file there"`,
		);
	});

	it('a poster over the size limit', async () => {
		copyMaterial('papers/carers-first-week-poster.png', 'papers/carers-poster-large.png', MATERIAL_MAX_BYTES + 1);
		edit('papers/unattributed-carers-poster.mdx', './carers-first-week-poster.png', './carers-poster-large.png');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/unattributed-carers-poster.mdx:21  materials[0].file: "./carers-poster-large.png" is more than 20 MB (20,000,001 bytes), too large to ask a reader on a phone to download: save a smaller version, with fewer or smaller pictures"`,
		);
	});

	it('a file that is not what its name says', async () => {
		copyMaterial('papers/carers-first-week-poster.png', 'sessions/plenary-poster.pdf');
		edit('sessions/opening-plenary.yaml', './opening-plenary-slides.pdf', './plenary-poster.pdf');
		expect(await report()).toMatchInlineSnapshot(
			`"content/sessions/opening-plenary.yaml:13  materials[0].file: "./plenary-poster.pdf" is not a PDF file inside, whatever its name says: save it again as PDF"`,
		);
	});

	it('slides in a format slides cannot be', async () => {
		edit('sessions/opening-plenary.yaml', './opening-plenary-response.pdf', './opening-plenary-response.pptx');
		expect(await report()).toMatchInlineSnapshot(
			`"content/sessions/opening-plenary.yaml:18  materials[1].file: found "./opening-plenary-response.pptx", but slides must be .pdf: save it in one of those formats, and name the file for it."`,
		);
	});

	it('a video given as a file, and slides given as a link', async () => {
		edit('sessions/opening-plenary.yaml', 'url: https://vimeo.com/900000001', 'file: ./opening-plenary.mp4');
		edit('sessions/opening-plenary.yaml', 'file: ./opening-plenary-slides.pdf', 'url: https://www.example.org/slides');
		expect(await report()).toMatchInlineSnapshot(`
			"content/sessions/opening-plenary.yaml:10  materials[0].file: Slides are a file on this site: give file, the file next to this entry's, e.g. ./slides.pdf.
			content/sessions/opening-plenary.yaml:13  materials[0].url: found "https://www.example.org/slides". Slides are a file on this site: remove url and give file, e.g. ./slides.pdf.
			content/sessions/opening-plenary.yaml:19  materials[2].url: A video needs url: its address on the video site, e.g. https://vimeo.com/….
			content/sessions/opening-plenary.yaml:22  materials[2].file: found "./opening-plenary.mp4". A video is a link, not a file: remove file and give url, its address on the video site."
		`);
	});
});

describe('links inside bodies', () => {
	it('a link to a paper that does not exist', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'See [the rehabilitation study](/papers/community-rehabilitation/).\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: link to "/papers/community-rehabilitation/": no such page on this site (did you mean "/papers/community-rehabilitation-ten-sites/"?)"`,
		);
	});

	it('a link to a heading that another paper does not have', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'See [its method](/papers/discharge-to-assess-evaluation/#method).\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: link to "/papers/discharge-to-assess-evaluation/#method": that page has no heading or anchor "method" (did you mean "#methods"?)"`,
		);
	});

	it('a link to a heading of the same page, misspelled', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'See [above](#why-a-shared-recrod).\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: link to "#why-a-shared-recrod": this page has no heading or anchor "why-a-shared-recrod" (did you mean "#why-a-shared-record"?)"`,
		);
	});

	it('a link to a session of the programme that does not exist', async () => {
		edit(
			'papers/shared-care-records.mdx',
			/^### Who took part$/m,
			'It was discussed in [the opening](/symposia/fixture-2031/programme/#opening-plenery).\n\n$&',
		);
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: link to "/symposia/fixture-2031/programme/#opening-plenery": that page has no heading or anchor "opening-plenery" (did you mean "#opening-plenary"?)"`,
		);
	});

	it('a link without the final slash', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'See [the programme](/symposia/fixture-2031/programme).\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: link to "/symposia/fixture-2031/programme": write it with a final slash, "/symposia/fixture-2031/programme/""`,
		);
	});

	it('links that work: headings, footnotes, fixed pages, files in public/ and other sites', async () => {
		edit(
			'papers/shared-care-records.mdx',
			/^### Who took part$/m,
			'[a](/papers/shared-care-records/#who-took-part) [b](#user-content-fn-1) [c](/symposia/fixture-2031/programme/#opening-plenary) [d](/robots.txt) [e](https://example.org/x) [f](../discharge-to-assess-evaluation/)\n\n$&',
		);
		expect(await report()).toBe('');
	});
});

describe('components in MDX bodies', () => {
	const before = (text: string) => edit('papers/shared-care-records.mdx', /^### Who took part$/m, `${text}\n\n$&`);

	it("the examples in the editors' guide have no problems", async () => {
		cpSync(join(contentDir, 'people/margaret-fenwick.png'), join(contentDir, 'papers/pilot-map.png'));
		changed.set(join(contentDir, 'papers/pilot-map.png'), undefined);
		before(
			Object.values(PROSE_COMPONENTS)
				.map((component) => component.example)
				.join('\n\n'),
		);
		expect(await report()).toBe('');
	});

	it('a misspelled component', async () => {
		before('<KeyPiont>Agree what the record is for.</KeyPiont>');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: <KeyPiont> is not a component of this site (did you mean <KeyPoint>?)"`,
		);
	});

	it('a quotation that does not say who said it, and an attribute in braces', async () => {
		before('<Quote source={"Fixture Weekly"}>I told my story once.</Quote>');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:37  body: <Quote> source: write the value in quotes, source="…", not in braces
			content/papers/shared-care-records.mdx:37  body: <Quote> by: missing. Who said or wrote it, e.g. "A carer in the pilot"."
		`);
	});

	it('a figure with no image, and one whose image has no alt text', async () => {
		before('<Figure caption="The pilot area." />\n\n<Figure caption="The pilot area.">\n  ![](../people/margaret-fenwick.png)\n</Figure>');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:37  body: <Figure> needs one Markdown image between its tags, e.g. ![What the image shows](./image.png); found 0
			content/papers/shared-care-records.mdx:40  body: image "../people/margaret-fenwick.png" has no alt text: say what it shows inside the brackets, ![A chart of waiting times](../people/margaret-fenwick.png)"
		`);
	});

	it('a cross-reference to a paper that does not exist, and to a heading another paper does not have', async () => {
		before('<CrossRef to="papers/discharge-to-asess-evaluation" /> and <CrossRef to="papers/discharge-to-assess-evaluation#method" />');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:37  body: <CrossRef> to "papers/discharge-to-asess-evaluation": no paper "discharge-to-asess-evaluation" (did you mean "papers/discharge-to-assess-evaluation"?)
			content/papers/shared-care-records.mdx:37  body: <CrossRef> to "papers/discharge-to-assess-evaluation#method": that paper has no heading "method" (did you mean "#methods"?)"
		`);
	});

	it('code, which the site does not run: an import and an expression', async () => {
		before('import Chart from "./chart.astro"\n\nWaiting fell by {rate} per cent.');
		expect(await report()).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:37  body: an import or export, which an entry's text cannot hold (the site's components need no import): import Chart from "./chart.astro"
			content/papers/shared-care-records.mdx:39  body: {rate} is code, which an entry's text cannot run: write \\{ for the character itself"
		`);
	});

	it('a cross-reference written as a web address', async () => {
		before('<CrossRef to="/papers/discharge-to-assess-evaluation/" />');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: <CrossRef> to: found "/papers/discharge-to-assess-evaluation/". Write the entry as its folder and file name without the extension, e.g. papers/shared-care-records, and add #heading-id for one of its headings."`,
		);
	});

	it('a cross-reference from a published paper to a draft: a warning', async () => {
		before('<CrossRef to="papers/telecare-pilot-draft#early-findings" />');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  warning: body: <CrossRef> to "papers/telecare-pilot-draft#early-findings": the paper "telecare-pilot-draft" (content/papers/telecare-pilot-draft.mdx) is a draft, so the built site leaves this link out until it is published (its draft: true is removed), and the next build after that adds it"`,
		);
	});
});

describe('syntax', () => {
	it('malformed YAML in a data file', async () => {
		edit('people/amara-okonjo.yaml', /^name: (.*)$/m, 'name: [$1');
		expect(await report()).toMatchInlineSnapshot(
			`"content/people/amara-okonjo.yaml:2  YAML: missed comma between flow collection entries: check this line and the one above it, and put a value that contains a colon, #, [ or { in quotes"`,
		);
	});

	it('malformed YAML in front matter', async () => {
		edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: presented\n  session: twice');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:15  front matter: bad indentation of a mapping entry: check the spaces at the start of the line (spaces, not tabs), and put a value that contains a colon in quotes"`,
		);
	});

	it('a field written twice', async () => {
		edit('papers/shared-care-records.mdx', /^status: .*$/m, '$&\nstatus: accepted');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:15  front matter: duplicated mapping key: a field is written twice; keep one"`,
		);
	});

	it('an unclosed tag in an MDX body', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'Staff used <span>one record.\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: Expected a closing tag for \`<span>\` before the end of \`paragraph\`. In MDX, < starts a tag and { starts code: close every tag, and write \\< or \\{ for the characters themselves"`,
		);
	});

	it('a brace in an MDX body', async () => {
		edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'Costs fell {by a third.\n\n$&');
		expect(await report()).toMatchInlineSnapshot(
			`"content/papers/shared-care-records.mdx:37  body: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`. In MDX, < starts a tag and { starts code: close every tag, and write \\< or \\{ for the characters themselves"`,
		);
	});
});

it('reports every problem at once, five defects in four files', async () => {
	edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
	edit('papers/shared-care-records.mdx', /^ {2}- jess-whitfield$/m, '  - jess-whitfeld');
	edit('messages/one-team-one-front-door.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2031-13');
	edit('people/margaret-fenwick.yaml', /^orcid: .*$/m, 'orcid: 0000-0002-1825-0079');
	edit('commentary/fixture-weekly-report.mdx', /^text: .*$/m, 'text: sumary');
	expect(await report()).toMatchInlineSnapshot(`
		"content/commentary/fixture-weekly-report.mdx:10  text: found "sumary", expected one of "full-text", "summary" (did you mean "summary"?). full-text when the body is the piece itself; summary when it is the editors' summary of it.
		content/messages/one-team-one-front-door.mdx:18  lastReviewed: "2031-13" has no month 13. Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006, 2006-09 or 2006-06-15).
		content/papers/shared-care-records.mdx:6  authors[1]: no person "jess-whitfeld" (did you mean "jess-whitfield"?)
		content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented (at the symposium only), accepted (by the journal) or published.
		content/people/margaret-fenwick.yaml:9  orcid: found "0000-0002-1825-0079". This ORCID iD fails its checksum: a digit is probably mistyped. Copy it again from the person's orcid.org page."
	`);
});

// Starts the command as a Node process of its own: seconds on a busy machine.
describe('npm run check', { timeout: 60_000 }, () => {
	const run = () =>
		spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

	it('prints one line per problem, no stack trace, and exits 1', () => {
		edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
		edit('people/margaret-fenwick.yaml', /^orcid: .*$/m, 'orcid: 0000-0002-1825-0079');
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr.replaceAll('tests/.output/content-check/', '').replace(/[\d.]+ s\)/, 'N s)')).toMatchInlineSnapshot(`
			"content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented (at the symposium only), accepted (by the journal) or published.
			content/people/margaret-fenwick.yaml:9  orcid: found "0000-0002-1825-0079". This ORCID iD fails its checksum: a digit is probably mistyped. Copy it again from the person's orcid.org page.

			2 problems in 2 files (checked 50 entries in N s).
			"
		`);
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});

	it('says so and exits 0 when all is well', () => {
		const result = run();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^Checked \d+ entries: no problems/);
	});
});
