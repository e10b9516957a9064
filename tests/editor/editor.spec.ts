import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'astro';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { parse } from 'yaml';
import { OFFLINE_FILES } from '../../src/lib/script-addresses';
import { doiSchema } from '../../src/schemas/identifiers';
import { ADMIN_CONFIG, ADMIN_PATH, adminPolicy } from '../../src/tooling/web-editor/admin-page';
import type { EditorBackend } from '../../src/tooling/web-editor/config';
import { buildSite, root } from '../sites';
import { CONTENT_DIR, git, REPOSITORY, SIGN_IN } from './repository';

/**
 * An editor who never opens a terminal, at /admin/ (`npm run edit` on a git repository
 * copied from the fixture content): what they save through the form is a commit, a file
 * the check passes and, once built, a page the site shows and search finds; what the
 * check would refuse, the form refuses; a draft stays off the built site.
 */
test.describe.configure({ mode: 'serial' });

const EDITOR = () => process.env['EDITOR_URL']!;

/** An entry of the copied fixture content, as written. */
const entry = (collection: string, id: string) => parse(readFileSync(join(CONTENT_DIR, collection, `${id}.yaml`), 'utf8')) as Record<string, unknown>;
const ids = (collection: string) =>
	readdirSync(join(CONTENT_DIR, collection))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.slice(0, -'.yaml'.length))
		.sort();

/** The symposium the new papers belong to, and two people to be their authors, chosen from the content. */
const SYMPOSIUM = ids('symposia').find((id) => entry('symposia', id)['draft'] !== true)!;
const AUTHORS = ids('people')
	.filter((id) => entry('people', id)['nameLanguage'] === undefined)
	.slice(0, 2);

/** What the tests type: a fictional paper, and a draft. */
const PAPER = {
	title: 'Walking groups in the winter months: a fixture study',
	id: 'walking-groups-in-the-winter-months-a-fixture-study',
	theme: 'walking groups',
	summary: 'People walked together through the cold months. They said they felt less alone.',
	text: 'Groups met each week by the Larkmoor library and walked for an hour, whatever the weather.',
	/** A word found nowhere else, to search for. */
	word: 'larkmoor',
};
const DRAFT = {
	title: 'Allotments and good neighbours: a draft fixture study',
	id: 'allotments-and-good-neighbours-a-draft-fixture-study',
	summary: 'People grew food side by side at Brambleigh. They got to know their neighbours.',
	word: 'brambleigh',
};

async function signIn(page: Page, hash: string): Promise<void> {
	page.setDefaultTimeout(30_000);
	await page.goto(EDITOR(), { timeout: 90_000 });
	// The local backend asks for no password: "Login" only opens the editor, once a browser session.
	const login = page.getByRole('button', { name: 'Login' });
	await expect(login.or(page.getByRole('link', { name: 'Contents' }))).toBeVisible();
	if (await login.isVisible()) await login.click();
	await page.goto(`${EDITOR()}#${hash}`);
}

/** Chooses an entry of another collection in a relation field, by the words it is shown with. */
async function choose(page: Page, field: string, words: string): Promise<void> {
	await page.getByRole('combobox', { name: field, exact: true }).click();
	await page.keyboard.type(words);
	await page.getByRole('option', { name: words }).first().click();
}

async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Publish' }).click();
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

/** The text's first field of a new paper, filled in as the form asks. */
async function fillPaper(page: Page, paper: { title: string; summary: string }): Promise<void> {
	await page.getByRole('textbox', { name: 'Title', exact: true }).first().fill(paper.title);
	await choose(page, 'Symposium', String(entry('symposia', SYMPOSIUM)['title']));
	for (const author of AUTHORS) await choose(page, 'Authors', String(entry('people', author)['name']));
	await page.getByRole('textbox', { name: 'Plain summary', exact: true }).fill(paper.summary);
	await page.getByRole('combobox', { name: 'Status', exact: true }).click();
	await page.getByRole('option', { name: 'accepted', exact: true }).click();
}

const commits = () => Number(git('rev-list', '--count', 'HEAD'));

/** `npm run check` on the repository's content finds nothing wrong. */
function checkPasses(): void {
	const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', CONTENT_DIR], { cwd: root, encoding: 'utf8' });
	expect(check.status, check.stdout + check.stderr).toBe(0);
}

test('a paper with two authors and a theme, saved through the form, is a commit of a file the check passes', async ({ page }) => {
	const before = commits();
	await signIn(page, '/collections/papers/new');
	await fillPaper(page, PAPER);
	await page.getByRole('button', { name: 'Add themes' }).click();
	await page.getByRole('textbox', { name: 'Item', exact: true }).fill(PAPER.theme);
	await page.getByRole('textbox', { name: 'Body (optional)', exact: true }).fill(PAPER.text);
	await publish(page);
	await expect(page).toHaveURL(new RegExp(`/entries/${PAPER.id}$`));

	const file = `content/papers/${PAPER.id}.mdx`;
	await expect.poll(commits).toBe(before + 1);
	expect(git('show', '--name-only', '--format=', 'HEAD')).toBe(file);
	const [, frontMatter, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(readFileSync(join(REPOSITORY, file), 'utf8'))!;
	expect(parse(frontMatter!)).toMatchObject({ title: PAPER.title, symposium: SYMPOSIUM, authors: AUTHORS, themes: [PAPER.theme], status: 'accepted' });
	// Defaults and empty fields stay out, as an editor writing by hand leaves them out.
	expect(frontMatter).not.toMatch(/^(draft|inEdition|presentedAtSymposium|doi):/m);
	expect(body!.trim()).toBe(PAPER.text);

	checkPasses();
});

test("editing a person's dated affiliation changes that line of the file and nothing else", async ({ page }) => {
	// A person with an affiliation dated to one year, whose file has a folded paragraph a rewrite would reflow.
	const person = ids('people').find((id) => {
		const { affiliations } = entry('people', id) as { affiliations?: { when: unknown }[] };
		return typeof affiliations?.[0]?.when === 'number' && readFileSync(join(CONTENT_DIR, 'people', `${id}.yaml`), 'utf8').includes('>-');
	})!;
	const year = (entry('people', person) as { affiliations: { when: number }[] }).affiliations[0]!.when;
	await signIn(page, `/collections/people/entries/${person}`);
	const when = page.getByRole('textbox', { name: 'When', exact: true }).first();
	await expect(when).toHaveValue(String(year));
	await when.fill(String(year - 1));
	await publish(page);

	await expect.poll(() => git('show', '--name-only', '--format=', 'HEAD')).toBe(`content/people/${person}.yaml`);
	const changed = git('show', '--format=', '--unified=0', 'HEAD')
		.split('\n')
		.filter((line) => /^[-+](?![-+])/.test(line));
	expect(changed).toEqual([`-    when: ${year}`, `+    when: ${year - 1}`]);
});

test('a malformed DOI and a missing required field are refused in the form, and a save the check refuses shows its message', async ({ page }) => {
	const before = commits();
	await signIn(page, '/collections/papers/new');
	const malformed = `doi:10.5555/${PAPER.id}`;
	await page.getByRole('textbox', { name: 'DOI (optional)', exact: true }).fill(malformed);
	await publish(page);
	// The form's message for the DOI is the check's own, from the schema.
	const message = doiSchema.safeParse(malformed).error!.issues[0]!.message;
	await expect(page.getByText(message)).toBeVisible();
	await expect(page.getByText('Title is required.', { exact: false }).first()).toBeVisible();

	// Each field right, but together what the check refuses: a presented paper the record does not confirm.
	// In a fresh form: Decap's text boxes keep their caret across a change, so one cannot be cleared and typed anew.
	const fresh = await page.context().newPage();
	await signIn(fresh, '/collections/papers/new');
	await fillPaper(fresh, { title: 'A paper the check refuses', summary: PAPER.summary });
	await fresh.getByRole('combobox', { name: 'Status', exact: true }).click();
	await fresh.getByRole('option', { name: 'presented', exact: true }).click();
	await publish(fresh);
	await expect(fresh.getByText(/npm run check would refuse it/)).toBeVisible();
	await expect(fresh.getByText(/presentedAtSymposium: This paper has status: presented/)).toBeVisible();
	expect(commits()).toBe(before);
	expect(existsSync(join(CONTENT_DIR, 'papers', 'a-paper-the-check-refuses.mdx'))).toBe(false);
});

/** A paper written by hand as .md, plain Markdown: the editor lists such papers apart from the .mdx ones. */
const MARKDOWN_PAPER = {
	id: 'home-visits-by-pharmacists-a-plain-markdown-fixture',
	title: 'Home visits by pharmacists: a plain Markdown fixture',
	theme: 'medicines',
};

test('a paper written as .md is listed, and a change saved through its form is written to that .md file', async ({ page }) => {
	const file = `content/papers/${MARKDOWN_PAPER.id}.md`;
	writeFileSync(
		join(REPOSITORY, file),
		`---\ntitle: "${MARKDOWN_PAPER.title}"\nsymposium: ${SYMPOSIUM}\nauthors:\n  - ${AUTHORS[0]}\nplainSummary: Pharmacists went to see people at home. They checked their medicines with them.\nstatus: accepted\n---\nA pharmacist visited each person at home and went through their medicines with them.\n`,
	);
	git('add', file);
	git('commit', '--quiet', '-m', 'A paper written as .md');
	const before = commits();

	await signIn(page, '/collections/papers');
	await page.getByRole('link', { name: 'Papers in .md files' }).click();
	await page.getByRole('link', { name: MARKDOWN_PAPER.title }).click();
	await page.getByRole('button', { name: 'Add themes' }).click();
	await page.getByRole('textbox', { name: 'Item', exact: true }).fill(MARKDOWN_PAPER.theme);
	await publish(page);

	await expect.poll(commits).toBe(before + 1);
	expect(git('show', '--name-only', '--format=', 'HEAD')).toBe(file);
	const changed = git('show', '--format=', '--unified=0', 'HEAD')
		.split('\n')
		.filter((line) => /^[-+](?![-+])/.test(line));
	expect(changed).toEqual(['+themes:', `+  - ${MARKDOWN_PAPER.theme}`]);
	expect(existsSync(join(CONTENT_DIR, 'papers', `${MARKDOWN_PAPER.id}.mdx`))).toBe(false);
	checkPasses();
});

test('a paper whose authors are not known keeps authors: not-known when a change is saved through its form', async ({ page }) => {
	// The form offers people, not the word (README, "Limits"), and leaves a value it did not touch as it was.
	const id = readdirSync(join(CONTENT_DIR, 'papers'))
		.filter((file) => file.endsWith('.mdx') && /^authors: not-known$/m.test(readFileSync(join(CONTENT_DIR, 'papers', file), 'utf8')))[0]!
		.slice(0, -'.mdx'.length);
	const before = commits();
	await signIn(page, `/collections/papers/entries/${id}`);
	await page.getByRole('button', { name: 'Add themes' }).click();
	await page.getByRole('textbox', { name: 'Item', exact: true }).last().fill('hospital discharge');
	await publish(page);

	await expect.poll(commits).toBe(before + 1);
	const changed = git('show', '--format=', '--unified=0', 'HEAD')
		.split('\n')
		.filter((line) => /^[-+](?![-+])/.test(line));
	expect(changed).toEqual(['+  - hospital discharge']);
	expect(readFileSync(join(CONTENT_DIR, 'papers', `${id}.mdx`), 'utf8')).toMatch(/^authors: not-known$/m);
});

/** A portrait for one of the new paper's authors, who has none yet: uploaded through the form, then shown on their page once built. */
const PORTRAIT = {
	person: AUTHORS.find((id) => entry('people', id)['photo'] === undefined)!,
	file: 'fixture-portrait.png',
	alt: 'A plain grey-blue oblong standing in for a portrait in the fixtures',
};

test("a portrait uploaded in a person's form is saved beside the person's file, which names it as the site reads it, and the check passes", async ({
	page,
}) => {
	const before = commits();
	const png = await sharp({ create: { width: 48, height: 64, channels: 3, background: '#7a8b99' } })
		.png()
		.toBuffer();
	await signIn(page, `/collections/people/entries/${PORTRAIT.person}`);
	await page.getByRole('button', { name: 'Choose an image' }).click();
	await page.locator('input[type="file"]').setInputFiles({ name: PORTRAIT.file, mimeType: 'image/png', buffer: png });
	await page.getByRole('button', { name: 'Choose selected' }).click();
	await page.getByRole('textbox', { name: 'Photo alt (optional)', exact: true }).fill(PORTRAIT.alt);
	await publish(page);

	// One commit: the picture beside the person's file, and the two lines that name and describe it.
	const person = `content/people/${PORTRAIT.person}.yaml`;
	await expect.poll(commits).toBe(before + 1);
	expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([person, `content/people/${PORTRAIT.file}`].sort());
	expect(readFileSync(join(CONTENT_DIR, 'people', PORTRAIT.file)).equals(png)).toBe(true);
	const added = git('show', '--format=', '--unified=0', 'HEAD', '--', person)
		.split('\n')
		.filter((line) => /^[-+](?![-+])/.test(line));
	// Decap names the picture by its file name alone, which the check and Astro's image() read as beside the entry, as ./ would.
	expect(added).toEqual([`+photo: ${PORTRAIT.file}`, `+photoAlt: ${PORTRAIT.alt}`]);
	checkPasses();
});

test("a talk's poster uploaded in a paper's form is saved beside the paper's file, and the check passes", async ({ page }) => {
	// A paper given at the symposium, which has talk materials already: the poster goes after them.
	const id = readdirSync(join(CONTENT_DIR, 'papers'))
		.filter((file) => {
			const text = readFileSync(join(CONTENT_DIR, 'papers', file), 'utf8');
			return file.endsWith('.mdx') && /^presentedAtSymposium: confirmed$/m.test(text) && /^materials:$/m.test(text);
		})[0]!
		.slice(0, -'.mdx'.length);
	const poster = { file: 'fixture-poster.pdf', title: 'Poster from a fixture talk', licence: 'CC BY 4.0' };
	const document = await PDFDocument.create();
	document.addPage();
	const pdf = Buffer.from(await document.save());
	const before = commits();
	await signIn(page, `/collections/papers/entries/${id}`);
	await page.getByRole('button', { name: 'Add materials' }).click();
	await page.getByRole('combobox', { name: 'Kind', exact: true }).last().click();
	await page.getByRole('option', { name: 'poster', exact: true }).click();
	await page.getByRole('textbox', { name: 'Title', exact: true }).last().fill(poster.title);
	await page.getByRole('textbox', { name: 'Licence', exact: true }).last().fill(poster.licence);
	await page.getByRole('button', { name: 'Choose a file' }).last().click();
	await page.locator('input[type="file"]').setInputFiles({ name: poster.file, mimeType: 'application/pdf', buffer: pdf });
	await page.getByRole('button', { name: 'Choose selected' }).click();
	await publish(page);

	const paper = `content/papers/${id}.mdx`;
	await expect.poll(commits).toBe(before + 1);
	expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([paper, `content/papers/${poster.file}`].sort());
	expect(readFileSync(join(CONTENT_DIR, 'papers', poster.file)).equals(pdf)).toBe(true);
	const added = git('show', '--format=', '--unified=0', 'HEAD', '--', paper)
		.split('\n')
		.filter((line) => /^[-+](?![-+])/.test(line));
	expect(added).toEqual(['+  - kind: poster', `+    title: ${poster.title}`, `+    licence: ${poster.licence}`, `+    file: ${poster.file}`]);
	checkPasses();
});

test.describe('built', () => {
	let server: PreviewServer;

	test('a draft saved through the form is absent from the built site, the new paper is on its page and in search, and the portrait on its author’s page', async ({
		page,
	}) => {
		test.setTimeout(480_000);
		await signIn(page, '/collections/papers/new');
		await fillPaper(page, DRAFT);
		await page.getByRole('switch', { name: 'Draft (optional)' }).click();
		await publish(page);
		await expect(page).toHaveURL(new RegExp(`/entries/${DRAFT.id}$`));
		await expect.poll(() => existsSync(join(CONTENT_DIR, 'papers', `${DRAFT.id}.mdx`))).toBe(true);
		expect(readFileSync(join(CONTENT_DIR, 'papers', `${DRAFT.id}.mdx`), 'utf8')).toMatch(/^draft: true$/m);

		const outDir = 'tests/.output/editor/dist';
		const { ok, output } = buildSite(CONTENT_DIR, outDir);
		expect(ok, output).toBe(true);
		server = await preview({ root, outDir, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
		const site = `http://127.0.0.1:${server.port}`;

		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site}/papers/${PAPER.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAPER.title);
		// A reading page never loads the editor.
		expect(fetched.filter((path) => path.startsWith(ADMIN_PATH))).toEqual([]);
		await expect(page.getByText(PAPER.text)).toBeVisible();
		expect((await page.goto(`${site}/papers/${DRAFT.id}/`))!.status()).toBe(404);

		// The portrait uploaded in the form, on its author's page.
		await page.goto(`${site}/people/${PORTRAIT.person}/`);
		const portrait = page.getByRole('img', { name: PORTRAIT.alt });
		await expect(portrait).toBeVisible();
		expect(await portrait.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

		// As typed: a word that finds nothing would otherwise be corrected to the nearest known one.
		await page.goto(`${site}/search/?q=${PAPER.word}&spelling=as-typed`);
		await expect(page.getByRole('status')).toHaveText(new RegExp(`^1 result for “${PAPER.word}”`));
		await expect(page.getByRole('link', { name: PAPER.title })).toBeVisible();
		await page.goto(`${site}/search/?q=${DRAFT.word}&spelling=as-typed`);
		await expect(page.getByRole('status')).toHaveText(/^No results/);

		// site.yaml asks for the editor, so the built site has it: to GitHub through pull requests, kept from search engines, the sitemap and offline copies.
		const config = parse(await (await page.request.get(`${site}${ADMIN_CONFIG}`)).text()) as { backend: EditorBackend; publish_mode: string };
		expect(config).toMatchObject({ backend: { name: 'github', base_url: SIGN_IN }, publish_mode: 'editorial_workflow' });
		const html = await (await page.request.get(`${site}${ADMIN_PATH}`)).text();
		expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(html).toContain(`<meta http-equiv="content-security-policy" content="${adminPolicy(config.backend)}">`);
		for (const listing of ['/sitemap-0.xml', OFFLINE_FILES.precache]) {
			const text = await (await page.request.get(`${site}${listing}`)).text();
			expect(text, listing).toContain(`/papers/${PAPER.id}/`);
			expect(text, listing).not.toContain(ADMIN_PATH);
		}
	});

	test.afterAll(async () => {
		await server?.stop();
	});
});
