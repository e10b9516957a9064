import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROSE_COMPONENTS } from '../../src/schemas/prose-components';
import { buildSite, root, SITES } from '../sites';

/**
 * What reaches readers and what only editors see, from one copy of the fixture content
 * with more entries that are not published yet (a draft key message, a commentary piece
 * under embargo and a person named only by it, a draft symposium and a paper that waits
 * for it, beside the fixtures' draft and embargoed papers and draft correction), a paper
 * written as plain Markdown beside its MDX twin, and a paper made of the editors' guide's
 * component examples. The copy is built as for a deploy, and served by
 * `astro dev` as `npm run dev` serves it, in a process of its own: Astro's dev server
 * renders no pages when it sees Vitest's variables (VITEST), so they are left out.
 */
vi.setConfig({ testTimeout: 30_000, hookTimeout: 240_000 });

// One fixed folder, so every run shares one content cache (Astro keeps one per content folder).
const work = join(root, 'tests/.output/publishing');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const fixtures = join(root, SITES.fixtures.contentDir);
/** The symposium the added entries belong to. */
const SYMPOSIUM = 'fixture-2031';

/** A symposium and a paper in it that an editor starts with `npm run new`, then fills in and publishes. */
const NEW = {
	symposium: { id: 'fixture-symposium-on-quiet-streets', title: 'Fixture symposium on quiet streets', shortTitle: 'Fixture symposium on quiet streets' },
	paper: { id: 'quiet-streets-and-lonely-evenings', title: 'Quiet streets and lonely evenings', author: 'callum-reid' },
};

/** Runs `npm run new` on the test's content folder. */
function scaffold(...args: string[]): void {
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', contentDir], { cwd: root, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm run new ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** What an editor does next: writes what each placeholder asks for, and deletes draft: true. */
function fillInAndPublish(file: string): void {
	const text = readFileSync(join(contentDir, file), 'utf8')
		.replace(/^draft: true\n/m, '')
		.replace(/'TODO:[^']*'/g, "'People on quiet streets. Who they see, and when.'")
		.replace(/^TODO:.*$/m, 'Streets grow quiet in the evening. This talk asks who is alone then.');
	writeFileSync(join(contentDir, file), text);
}

/** Entries the built site must leave out, each with a word or title found nowhere else. */
const UNPUBLISHED = [
	{ path: '/papers/telecare-pilot-draft/', marks: ['telecare-pilot-draft', 'Telecare for people who live alone', 'marshwort'], badge: 'Draft' },
	{
		path: '/papers/reablement-costs-embargoed/',
		marks: ['reablement-costs-embargoed', 'What reablement costs', 'sedgeling'],
		badge: 'Embargoed until 1 January 2099 at 09:00 GMT',
	},
	{ path: '/messages/ask-carers-first/', marks: ['ask-carers-first', 'Ask carers first', 'fenberry'], badge: 'Draft' },
	{
		path: '/commentary/embargoed-response/',
		marks: ['embargoed-response', 'A response held back', 'brackenfold'],
		badge: 'Embargoed until 1 March 2099 at 12:00 GMT',
	},
	{ path: '/people/rowan-embargo/', marks: ['rowan-embargo', 'Rowan Embargo'], badge: 'Embargoed until 1 March 2099 at 12:00 GMT' },
	{
		path: '/corrections/discharge-to-assess-draft-correction/',
		marks: ['discharge-to-assess-draft-correction', 'A second correction held as a draft', 'fernwhistle'],
		badge: 'Draft',
	},
	// Published itself, but a correction waits for the paper it corrects.
	{
		path: '/corrections/reablement-costs-correction/',
		marks: ['reablement-costs-correction', 'A correction that waits', 'ploverine'],
		badge: 'Embargoed until 1 January 2099 at 09:00 GMT',
	},
	// Published itself, but everything of a symposium waits for it.
	{
		path: '/papers/waits-for-its-symposium/',
		marks: ['waits-for-its-symposium', 'A paper that waits for its symposium', 'quernstone'],
		badge: 'Draft',
	},
];

/** A draft symposium of the series: no page of its own, and named nowhere, until it is published. */
const DRAFT_SYMPOSIUM = { path: '/symposia/fixture-2035/', marks: ['fixture-2035', 'Fixture symposium on hearth care, 2035', 'hearthwise'] };
/** Everything the built site must leave out. */
const HELD_BACK = [...UNPUBLISHED, DRAFT_SYMPOSIUM];

/** A published key message that names held-back papers: in its evidence, a link in its text and a cross-reference. */
const POINTS_BACK = '/messages/points-to-held-back/';

function write(file: string, text: string) {
	writeFileSync(join(contentDir, file), text);
}

let server: ChildProcess | undefined;
let buildOutput = '';
let base: string;

/** Starts `astro dev` on a free port and resolves with its address once it says it is ready. */
function startDevServer(): Promise<string> {
	server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0'], {
		cwd: root,
		env: {
			...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
			CONTENT_DIR: contentDir,
			FORCE_COLOR: '0',
			NO_COLOR: '1',
		},
	});
	return new Promise((resolve, reject) => {
		let log = '';
		server!.stdout!.on('data', (chunk: Buffer) => {
			log += chunk.toString();
			const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1];
			if (address) resolve(address);
		});
		server!.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
		server!.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${log}`)));
	});
}

beforeAll(async () => {
	rmSync(contentDir, { recursive: true, force: true });
	cpSync(fixtures, contentDir, { recursive: true });
	write(
		'messages/ask-carers-first.mdx',
		`---\norder: 5\ntitle: Ask carers first\nsummary: Carers see the fenberry signs before anyone else does.\nplainSummary: Carers often see the signs first.\nlastReviewed: 2031-04-01\ndraft: true\nsymposium: ${SYMPOSIUM}\n---\n\nA draft key message.\n`,
	);
	write('people/rowan-embargo.yaml', 'name: Rowan Embargo\n');
	write(
		'messages/points-to-held-back.mdx',
		`---\norder: 6\ntitle: Points to papers held back\nsummary: A published message that names two papers not out yet.\nplainSummary: This message points to two papers that are not out yet.\nevidence:\n  - paper: telecare-pilot-draft\n  - paper: shared-care-records\nlastReviewed: 2031-04-01\nsymposium: ${SYMPOSIUM}\n---\n\nSee [the pilot we wait for](/papers/telecare-pilot-draft/) and <CrossRef to="papers/reablement-costs-embargoed" />.\n`,
	);
	write(
		'corrections/reablement-costs-correction.mdx',
		'---\npaper: reablement-costs-embargoed\nkind: erratum\ndate: 2031-10-01\ntitle: A correction that waits\nsummary: A ploverine slip in a paper that is not out yet.\n---\n',
	);
	write(
		'commentary/embargoed-response.mdx',
		`---\ntitle: A response held back\nauthors:\n  - rowan-embargo\ndate: 2099-03-01\nstandfirst: A brackenfold reply, embargoed until its publication.\ntext: full-text\nrelatedPapers:\n  - reablement-costs-embargoed\npublishAt: 2099-03-01 12:00\nsymposium: ${SYMPOSIUM}\n---\n\nHeld back until March 2099.\n`,
	);
	const twin = readFileSync(join(fixtures, 'papers/discharge-to-assess-evaluation.mdx'), 'utf8');
	write('papers/discharge-twin-in-markdown.md', twin);
	cpSync(join(fixtures, 'people/margaret-fenwick.png'), join(contentDir, 'papers/pilot-map.png'));
	write(
		'papers/component-examples.mdx',
		`---\ntitle: Component examples\nauthors: not-known\nstatus: accepted\nplainSummary: A page that shows each part an editor can use.\nsymposium: ${SYMPOSIUM}\n---\n\n${Object.values(
			PROSE_COMPONENTS,
		)
			.map((component) => component.example)
			.join('\n\n')}\n`,
	);
	write(
		'symposia/fixture-2035.yaml',
		"title: Fixture symposium on hearth care, 2035\nshortTitle: Fixture symposium 2035\nquestion: What keeps a hearthwise home warm and safe?\nsummary: A draft of the series' next meeting.\nhost:\n  name: Fixture Institute for Integrated Care\nstatus: planned\nheld: 2035-06\nparticipants:\n  - practitioners\ndraft: true\n",
	);
	write(
		'papers/waits-for-its-symposium.mdx',
		'---\ntitle: A paper that waits for its symposium\nauthors: not-known\nstatus: accepted\nplainSummary: A quernstone talk for a meeting that is not out yet.\nsymposium: fixture-2035\n---\n\nHeld back with its symposium.\n',
	);

	scaffold('symposium', NEW.symposium.title);
	fillInAndPublish(`symposia/${NEW.symposium.id}.yaml`);
	scaffold('paper', NEW.paper.title, '--author', NEW.paper.author, '--symposium', NEW.symposium.id);
	fillInAndPublish(`papers/${NEW.paper.id}.mdx`);

	rmSync(outDir, { recursive: true, force: true });
	const built = buildSite(contentDir, outDir);
	if (!built.ok) throw new Error(`Building the test site failed:\n${built.output}`);
	buildOutput = built.output;

	base = await startDevServer();
});

afterAll(() => {
	server?.kill();
	rmSync(work, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const builtPage = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const pages = () => filesUnder(outDir).filter((file) => file.endsWith('.html'));
/** The address a built HTML file is served at. */
const addressOf = (file: string) => `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
/** Everything Pagefind wrote, readable: fragments are gzipped JSON, the index and filters gzipped CBOR with the words as text. */
const searchIndex = () =>
	filesUnder(join(outDir, 'pagefind'))
		.filter((file) => /\.pf_(fragment|index|filter)$/.test(file))
		.map((file) => gunzipSync(readFileSync(file)).toString('utf8'))
		.join('\n');

describe('a symposium and a paper in it, started with npm run new and filled in', () => {
	it('appear in the archive, on the symposium’s page, in the Symposium filter and on the author’s page', () => {
		const symposiumHref = `/symposia/${NEW.symposium.id}/`;
		const paperHref = `/papers/${NEW.paper.id}/`;
		expect(builtPage('/symposia/')).toContain(`href="${symposiumHref}"`);
		const page = builtPage(symposiumHref);
		expect(page).toContain(NEW.symposium.title);
		expect(page).toContain(`href="${paperHref}"`);
		expect(builtPage(paperHref)).toContain(NEW.paper.title);
		// The search index offers the new symposium as a value of the Symposium filter.
		expect(searchIndex()).toContain(NEW.symposium.shortTitle);
		const author = builtPage(`/people/${NEW.paper.author}/`);
		expect(author).toMatch(new RegExp(`<h2 id="work-${NEW.symposium.id}"[^>]*>\\s*<a href="${symposiumHref}"[^>]*>${NEW.symposium.title}</a>`));
		expect(author).toContain(`href="${paperHref}"`);
	});
});

describe('the built site leaves out what is not published', () => {
	it('has no page for a draft, an embargoed entry, a person named only by one, or anything of a draft symposium', () => {
		for (const { path } of HELD_BACK) expect(existsSync(join(outDir, path)), path).toBe(false);
	});

	it("names none of them in any page or file: listings, cross-links, bylines, edition contents, feeds, the sitemap, the edition's data and reference lists", () => {
		const texts = filesUnder(outDir).filter((file) => /\.(html|xml|json|bib|ris)$/.test(file) && !file.includes(`${sep}pagefind${sep}`));
		expect(texts.some((file) => file.endsWith('rss.xml'))).toBe(true);
		expect(texts.some((file) => file.endsWith('edition.json'))).toBe(true);
		for (const file of texts) {
			const text = readFileSync(file, 'utf8');
			for (const { marks } of HELD_BACK) for (const mark of marks) expect(text, `${addressOf(file)} mentions ${mark}`).not.toContain(mark);
		}
	});

	it('draws no social card and writes no citation file for them', () => {
		const files = filesUnder(outDir).map((file) => relative(outDir, file));
		for (const { marks } of HELD_BACK) expect(files.filter((file) => file.includes(marks[0]!))).toEqual([]);
	});

	it('keeps them out of the search index, its words and its filters', () => {
		const index = searchIndex();
		expect(index).toContain('quillwort');
		for (const { marks } of HELD_BACK) for (const mark of marks) expect(index).not.toContain(mark.toLowerCase());
		// The draft paper's theme is on no published entry, so no filter offers it.
		expect(index).not.toContain('telecare');
	});

	it('leaves the editors’ guide out too', () => {
		expect(existsSync(join(outDir, 'editing'))).toBe(false);
		expect(pages().some((file) => readFileSync(file, 'utf8').includes('href="/editing/"'))).toBe(false);
	});

	it('builds a published entry that names ones not published yet, warning of each with both files and when', () => {
		const warnings = buildOutput.split('\n').filter((line) => line.includes('warning:'));
		const expected = [
			['messages/points-to-held-back.mdx', 'evidence[0].paper', 'papers/telecare-pilot-draft.mdx', 'is a draft'],
			['messages/points-to-held-back.mdx', 'link to "/papers/telecare-pilot-draft/"', 'papers/telecare-pilot-draft.mdx', 'is a draft'],
			[
				'messages/points-to-held-back.mdx',
				'<CrossRef> to "papers/reablement-costs-embargoed"',
				'papers/reablement-costs-embargoed.mdx',
				'is embargoed until 1 January 2099 at 09:00 GMT',
			],
			['corrections/reablement-costs-correction.mdx', 'paper', 'papers/reablement-costs-embargoed.mdx', 'waits for it'],
			['papers/waits-for-its-symposium.mdx', 'symposium', 'symposia/fixture-2035.yaml', 'waits for it'],
		];
		for (const parts of expected)
			expect(
				warnings.filter((line) => parts.every((part) => line.includes(part))),
				parts.join(' '),
			).toHaveLength(1);
	});

	it('leaves the links out of the page that names them until their targets are out: a link keeps its words, a cross-reference names no title', () => {
		const page = builtPage(POINTS_BACK);
		const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toContain('See the pilot we wait for and a forthcoming paper.');
		// Its evidence keeps the published paper.
		expect(page).toContain('href="/papers/shared-care-records/"');
	});

	it('badges nothing: every page it has is published', () => {
		for (const file of pages()) expect(readFileSync(file, 'utf8'), addressOf(file)).not.toContain('class="publication-badge"');
	});
});

describe('the dev server shows editors everything, saying what is not published', () => {
	for (const { path, marks, badge } of UNPUBLISHED) {
		it(`${path} is there, with "${badge}" above its title`, async () => {
			const response = await fetch(`${base}${path}`);
			expect(response.status).toBe(200);
			const html = await response.text();
			const kicker = /<div class="entry-kicker"[^>]*>([\s\S]*?)<\/div>\s*<h1/.exec(html)?.[1] ?? '';
			expect(kicker.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(badge);
			expect(html).toContain(marks[1]);
		});
	}

	it(`${DRAFT_SYMPOSIUM.path} is there too`, async () => {
		const response = await fetch(`${base}${DRAFT_SYMPOSIUM.path}`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain(DRAFT_SYMPOSIUM.marks[1]);
	});

	it('lists drafts among the published entries', async () => {
		expect(await (await fetch(`${base}/papers/`)).text()).toContain('Telecare for people who live alone');
	});

	it('badges no published entry', async () => {
		expect(await (await fetch(`${base}/papers/shared-care-records/`)).text()).not.toContain('class="publication-badge"');
	});

	it('has the editors’ guide at /editing/, with the sections of EDITING.md', async () => {
		const response = await fetch(`${base}/editing/`);
		expect(response.status).toBe(200);
		const html = await response.text();
		const sections = [...readFileSync(join(root, 'EDITING.md'), 'utf8').matchAll(/^## (.+)$/gm)].map(([, title]) => title!.replaceAll("'", '’'));
		expect(sections.length).toBeGreaterThan(3);
		// Each heading has an id, so an editor can link to a section.
		for (const title of sections) expect(html).toMatch(new RegExp(`<h2 id="[^"]+">${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
	});
});

describe('entries in plain Markdown', () => {
	/** The entry's text as the reader gets it, with the differences in how the two formats write attributes and spaces evened out. */
	const text = (path: string) => {
		const html = builtPage(path);
		const body = /<div class="prose body"[^>]*>([\s\S]*?)<\/div>\s*(?:<p class="correction|<section|<nav|<\/article)/.exec(html)?.[1];
		const contents = /<nav[^>]*aria-label="On this page"[\s\S]*?<\/nav>/.exec(html)?.[0];
		return [contents, body].map((part) =>
			(part ?? '')
				.replace(/ data-astro-cid-\w+/g, '')
				.replace(/="(true)?"/g, '')
				.replace(/\s+/g, ' ')
				.replace(/> </g, '><'),
		);
	};

	it('render alike: a .md paper has the same text, contents, tables and footnotes as its .mdx twin', () => {
		const [mdContents, mdBody] = text('papers/discharge-twin-in-markdown');
		const [mdxContents, mdxBody] = text('papers/discharge-to-assess-evaluation');
		expect(mdxBody).toContain('<section class="table-scroll" aria-label="Table" tabindex="0"><table>');
		expect(mdxBody).toContain('data-footnote-backref');
		expect(mdBody).toBe(mdxBody);
		expect(mdContents).toBe(mdxContents);
	});
});

describe('the components in the editors’ guide, as built', () => {
	const html = () => builtPage('papers/component-examples');

	it('Figure: the image in modern formats with its alt text, the caption and the credit', () => {
		const figure = /<figure class="figure"[\s\S]*?<\/figure>/.exec(html())?.[0] ?? '';
		expect(figure).toMatch(/<source srcset="[^"]+avif[^"]*,[^"]*" type="image\/avif"/);
		expect(figure).toMatch(/<source srcset="[^"]+webp[^"]*" type="image\/webp"/);
		expect(figure).toContain('alt="Map of the two pilot localities either side of the river"');
		expect(figure).toMatch(/<figcaption[^>]*>\s*The two localities of the pilot\.\s*<span class="credit"[^>]*>Credit: Fixture Institute, 2031<\/span>/);
	});

	it('KeyPoint: a note with its label', () => {
		expect(html()).toMatch(/<div class="key-point" role="note"[^>]*>\s*<p class="label"[^>]*>Key point<\/p>\s*<p>Agree what the record is for/);
	});

	it('Quote: the words in a blockquote, attributed with their source', () => {
		// "carer" may carry its synonyms for the search index (src/lib/search/synonyms.ts).
		expect(html()).toMatch(
			/<blockquote[^>]*><p>I told my story once[\s\S]*?<\/blockquote>\s*<figcaption[^>]*>\s*A carer(?:<span data-pagefind-index-attrs[^>]*><\/span>)? in the pilot, <cite[^>]*>Fixture Weekly, 2 April 2031<\/cite>/,
		);
	});

	it('CrossRef: a link to the heading, showing the heading and the paper’s title', () => {
		const title = /^title: "(.+)"$/m.exec(readFileSync(join(fixtures, 'papers/shared-care-records.mdx'), 'utf8'))![1];
		expect(html()).toContain(`<a href="/papers/shared-care-records/#why-a-shared-record">“Why a shared record” in ${title}</a>`);
	});

	it('adds no script file to the page', () => {
		expect(html()).not.toMatch(/<script[^>]+src=/);
	});
});

describe('Report a correction', () => {
	const repository = /^repository: (.+)$/m.exec(readFileSync(join(fixtures, 'site.yaml'), 'utf8'))![1]!;

	it('every entry page links to a new issue naming the page and its file; no other page does', () => {
		for (const file of pages()) {
			const address = addressOf(file);
			const link = /<a href="([^"]+)"[^>]*>Report a correction<\/a>/.exec(readFileSync(file, 'utf8'))?.[1];
			const entry = /^\/(papers|messages|commentary|corrections|people)\/[^/]+\/$/.exec(address);
			if (!entry) {
				expect(link, address).toBeUndefined();
				continue;
			}
			expect(link, address).toBeDefined();
			const url = new URL(link!.replaceAll('&amp;', '&'));
			expect(`${url.origin}${url.pathname}`).toBe(`${repository}/issues/new`);
			expect(url.searchParams.get('title')).toMatch(/^Correction: ./);
			expect(url.searchParams.get('body')).toContain(`Page: http://localhost:4321${address}`);
			const [, collection, id] = /^\/(\w+)\/([^/]+)\/$/.exec(address)!;
			expect(url.searchParams.get('body')).toMatch(new RegExp(`File: .*content/${collection}/${id}\\.(mdx|md|yaml)\\n`));
		}
	});
});
