import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { affiliationsIn } from '../../src/lib/content/affiliations';
import { entryBody } from '../../src/lib/content/entry-source';
import { familyNameOf } from '../../src/lib/content/names';
import type { Edition, Paper, SiteContent } from '../../src/lib/content/site-content';
import { crossrefDeposit, doiIn, underPrefix, type Deposit } from '../../src/lib/scholarly/crossref';
import { renderEntryFile } from '../../src/prose/entry-html';
import { referenceTexts } from '../../src/prose/references';
import { renderProse } from '../../src/prose/render';
import { siteContentOf } from '../site-content';
import { root, SITES } from '../sites';

/**
 * The Crossref deposits of the fixture site's editions, checked against the official
 * schema (tests/schemas/crossref/, README there) and against the content they are made
 * from; the command's refusals, its answer for a site with no crossref block, and
 * --submit against a local server that checks the request as Crossref's servlet reads it.
 */

const FIXTURES = SITES.fixtures.contentDir;
const BASE = new URL('https://fixture.example/');
const SCHEMAS = join(root, 'tests/schemas/crossref');

let site: SiteContent;
const deposits = new Map<string, Deposit>();
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['person_name', 'institution', 'rel:related_item', 'journal_article', 'conference_paper', 'citation'].includes(name),
});

/** A paper's references as the command reads them: from the References section of its text. */
const referencesOf = (paper: Paper) => referenceTexts(renderEntryFile(join(root, paper.filePath!)));

beforeAll(async () => {
	site = await siteContentOf(FIXTURES);
	for (const edition of site.editions) {
		const result = crossrefDeposit(edition, site, site.settings.crossref!, BASE, new Date(), referencesOf);
		if (!result.ok) throw new Error(`${edition.id}: ${JSON.stringify(result.problems)}`);
		deposits.set(edition.id, result.deposit);
	}
});

/** What the tests read of a deposited item, as fast-xml-parser gives it: attributes with @, an element's text with attributes as #text. */
interface PersonNameXml {
	'@sequence': string;
	surname: string;
	ORCID?: string;
	affiliations?: { institution: { institution_name: string }[] };
}
interface ItemXml {
	titles: { title: string };
	contributors: { person_name: PersonNameXml[] };
	'jats:abstract'?: { 'jats:p': string };
	publication_date: { year: number };
	'ai:program'?: { 'ai:license_ref': { '#text': string } };
	'rel:program'?: { 'rel:related_item': { 'rel:inter_work_relation': { '@relationship-type': string; '#text': string } }[] };
	doi_data: { doi: string; resource: string };
	citation_list?: { citation: { '@key': string; doi?: string; unstructured_citation: string }[] };
}
type ContainerXml = { journal_article?: ItemXml[]; conference_paper?: ItemXml[] };

/** Each deposited item (journal_article or conference_paper) with the paper it registers. */
function itemsOf(edition: Edition) {
	const batch = (parser.parse(deposits.get(edition.id)!.xml) as { doi_batch: { body: { journal?: ContainerXml; conference?: ContainerXml } } }).doi_batch;
	const container = (batch.body.journal ?? batch.body.conference)!;
	const items = container.journal_article ?? container.conference_paper ?? [];
	return items.map((item) => ({ item, paper: site.papers.find((paper) => paper.data.doi === item.doi_data.doi)! }));
}

const run = (args: string[], env: Record<string, string>) =>
	new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, ['scripts/crossref.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});

describe('the fixture deposits', () => {
	it('are one journal special issue and one proceedings volume', () => {
		expect(site.editions.map((edition) => edition.data.kind).sort()).toEqual(['proceedings', 'special-issue']);
		expect(deposits.size).toBe(2);
	});

	// Compiling the schema (JATS and MathML with it) takes most of a minute in WebAssembly: once, for both files.
	it('validate against the Crossref 5.4.0 schema and everything it imports', { timeout: 300_000 }, async () => {
		const files = (readdirSync(SCHEMAS, { recursive: true }) as string[]).filter((file) => file.endsWith('.xsd')).map((file) => file.split('\\').join('/'));
		const read = (file: string) => ({ fileName: file, contents: readFileSync(join(SCHEMAS, file), 'utf8') });
		const result = await validateXML({
			xml: [...deposits].map(([id, deposit]) => ({ fileName: `${id}.xml`, contents: deposit.xml })),
			schema: [read('crossref5.4.0.xsd')],
			preload: files.filter((file) => file !== 'crossref5.4.0.xsd').map(read),
			maxMemoryPages: 16384,
		});
		expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('register only DOIs under the prefix: every published paper confirmed in the edition under it, and none under another', () => {
		const { prefix } = site.settings.crossref!;
		for (const edition of site.editions) {
			const deposit = deposits.get(edition.id)!;
			const published = site.contentsOf(edition).contents.filter((paper) => paper.data.status === 'published');
			const expected = [
				...(underPrefix(edition.data.doi, prefix) ? [edition.data.doi] : []),
				...published.flatMap(({ data }) => (underPrefix(data.doi, prefix) ? [data.doi] : [])),
			];
			expect(deposit.dois, edition.id).toEqual(expected);
			expect([...deposit.xml.matchAll(/<doi_data>\s*<doi>([^<]+)<\/doi>/g)].map(([, doi]) => doi)).toEqual(expected);
			for (const paper of published.filter(({ data }) => data.doi && !underPrefix(data.doi, prefix))) {
				expect(deposit.xml).not.toContain(paper.data.doi);
				expect(deposit.leftOut.map((left) => left.paper.id)).toContain(paper.id);
			}
		}
		// The fixtures hold a confirmed, published paper whose DOI its journal registers.
		const owned = site.editions
			.flatMap((edition) => site.contentsOf(edition).contents)
			.filter(({ data }) => data.status === 'published' && data.doi && !underPrefix(data.doi, prefix));
		expect(owned.length).toBeGreaterThan(0);
	});

	it('name each paper at its page on the site, its title and publication date', () => {
		for (const edition of site.editions) {
			for (const { item, paper } of itemsOf(edition)) {
				expect(item.doi_data.resource).toBe(new URL(`/papers/${paper.id}/`, BASE).href);
				expect(item.titles.title).toBe(paper.data.title);
				expect(item.publication_date.year).toBe(paper.data.dates.published!.year);
			}
		}
	});

	it("list each paper's authors in order, with their ORCID iD and the affiliations the record dates to the paper's year", () => {
		let datedOut = 0;
		for (const edition of site.editions) {
			for (const { item, paper } of itemsOf(edition)) {
				const authors = site.authorsOf(paper);
				if (authors === 'not-known') continue;
				const names = item.contributors.person_name;
				expect(names.map((name) => name.surname)).toEqual(authors.map((author) => familyNameOf(author.data)));
				expect(names.map((name) => name['@sequence'])).toEqual(authors.map((_, index) => (index === 0 ? 'first' : 'additional')));
				const year = paper.data.dates.published!.year;
				for (const [index, author] of authors.entries()) {
					expect(names[index]!.ORCID, author.id).toBe(author.data.orcid ? `https://orcid.org/${author.data.orcid}` : undefined);
					const institutions = (names[index]!.affiliations?.institution ?? []).map((institution) => institution.institution_name);
					expect(institutions, author.id).toEqual(affiliationsIn(author.data.affiliations, year));
					datedOut += author.data.affiliations.length - institutions.length;
				}
			}
		}
		// Some author has an affiliation of another year, which the deposit leaves out.
		expect(datedOut).toBeGreaterThan(0);
		expect(deposits.get('fixture-journal-31-2')!.xml).toContain('<ORCID>https://orcid.org/');
	});

	it("carry each paper's abstract as JATS and its licence as an address", () => {
		for (const edition of site.editions) {
			for (const { item, paper } of itemsOf(edition)) {
				expect(item['jats:abstract']?.['jats:p']).toBe(paper.data.abstract);
				if (paper.data.licence === 'CC BY 4.0') expect(item['ai:program']?.['ai:license_ref']['#text']).toBe('https://creativecommons.org/licenses/by/4.0/');
			}
		}
	});

	it('relate each paper to its corrections and to the commentary that answers it, by kind', () => {
		const kinds = { review: 'hasReview', comment: 'hasComment', response: 'hasReply' };
		let related = 0;
		for (const edition of site.editions) {
			for (const { item, paper } of itemsOf(edition)) {
				const expected = [
					...site
						.correctionsOf(paper)
						.map((correction) => ({ type: 'hasRelatedMaterial', id: correction.data.doi ?? new URL(`/corrections/${correction.id}/`, BASE).href })),
					...site.responsesTo(paper).map(({ kind, piece }) => ({ type: kinds[kind], id: new URL(`/commentary/${piece.id}/`, BASE).href })),
				];
				const found = (item['rel:program']?.['rel:related_item'] ?? []).map((relation) => ({
					type: relation['rel:inter_work_relation']['@relationship-type'],
					id: relation['rel:inter_work_relation']['#text'],
				}));
				expect(found, paper.id).toEqual(expected);
				related += expected.length;
			}
		}
		expect(related).toBeGreaterThanOrEqual(3);
	});

	it("list each paper's references as the References section of its text writes them, in order and keyed as its JATS file keys them; a paper without one has no list", () => {
		let cited = 0;
		let without = 0;
		for (const edition of site.editions) {
			for (const { item, paper } of itemsOf(edition)) {
				const written = writtenReferences(paper);
				const citations = item.citation_list?.citation ?? [];
				expect(
					citations.map((citation) => plain(citation.unstructured_citation)),
					paper.id,
				).toEqual(written);
				expect(
					citations.map((citation) => citation['@key']),
					paper.id,
				).toEqual(written.map((_, index) => `ref-${index + 1}`));
				cited += citations.length;
				if (written.length > 0) continue;
				expect(item.citation_list, paper.id).toBeUndefined();
				without++;
			}
		}
		// Both kinds are deposited: a paper whose text lists references, and papers without.
		expect(cited).toBeGreaterThanOrEqual(3);
		expect(without).toBeGreaterThan(0);
	});

	it('give a reference the DOI its text names, as a doi.org address or after doi:, and none to a reference without one', () => {
		const citations = site.editions.flatMap((edition) => itemsOf(edition).flatMap(({ item }) => item.citation_list?.citation ?? []));
		const naming = citations.filter((citation) => /\b10\.\d{4,9}\//.test(citation.unstructured_citation));
		expect(naming.length).toBeGreaterThanOrEqual(2);
		expect(naming.length).toBeLessThan(citations.length);
		for (const citation of citations) {
			if (!naming.includes(citation)) expect(citation.doi, citation.unstructured_citation).toBeUndefined();
			else {
				expect(citation.unstructured_citation).toContain(citation.doi);
				expect(citation.doi).toMatch(/^10\.\d{4,9}\/\S*\w$/);
			}
		}
	});
});

/** The words as the tests compare them: straight quotes, one space. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** A paper's references read from its file as the editor wrote them: the items of the list under "## References", without Markdown's emphasis. */
function writtenReferences(paper: Paper): string[] {
	const body = entryBody(readFileSync(join(root, paper.filePath!), 'utf8')) ?? '';
	const [, section = ''] = body.split(/^## References\n/m);
	const list = section.split(/^(?:## |\[\^)/m)[0]!;
	return list
		.split(/^- /m)
		.slice(1)
		.map((item) => plain(item.replaceAll('*', '')));
}

describe('references as the deposit takes them', () => {
	const textsOf = (mdx: string) => referenceTexts(renderProse(mdx, 'mdx').html);

	it('are none for a text without a References section', () => {
		expect(textsOf('## Background\n\nAsh, A. (2030) *One*.\n\n- Birch, B. (2031) Two.')).toEqual([]);
	});

	it("are each reference's words, without emphasis or links, its lines joined by one space", () => {
		expect(textsOf('## References\n\n- Ash, A. (2030) *One*,\n  [online](https://example.org/one).\n- Birch, B. (2031) Two.')).toEqual([
			{ id: 'ref-1', text: 'Ash, A. (2030) One, online.' },
			{ id: 'ref-2', text: 'Birch, B. (2031) Two.' },
		]);
	});

	it.each([
		['Ash (2030) One. https://doi.org/10.5555/fixture.one', '10.5555/fixture.one'],
		['Ash (2030) One. doi:10.5555/fixture.one.', '10.5555/fixture.one'],
		['Ash (2030) One (DOI: 10.5555/fixture.one).', '10.5555/fixture.one'],
		['Ash (2030) One. doi:10.5555/fixture(2030)one(2).', '10.5555/fixture(2030)one(2)'],
		['Ash (2030) One. 10.5555/(SICI)1234-5678(203001)1:1<1::AID-FIX1>3.0.CO;2-A', '10.5555/(SICI)1234-5678(203001)1:1<1::AID-FIX1>3.0.CO;2-A'],
		['Ash (2030) One, fixture report 10.', undefined],
	])('name the DOI in "%s" as %s', (text, doi) => {
		expect(doiIn(text)).toBe(doi);
	});

	it('name no DOI longer than the schema takes: the text keeps it', () => {
		expect(doiIn(`Ash (2030) One. doi:10.5555/${'x'.repeat(200)}`)).toBe(`10.5555/${'x'.repeat(200)}`);
		expect(doiIn(`Ash (2030) One. doi:10.5555/${'x'.repeat(201)}`)).toBeUndefined();
	});
});

// Each case starts the command in a Node process of its own: seconds each on a busy machine.
describe('npm run crossref', { timeout: 60_000 }, () => {
	let out: string;
	beforeAll(() => {
		out = mkdtempSync(join(tmpdir(), 'crossref-out-'));
	});
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('writes no deposit for the real site, which sets no crossref block, and says why', async () => {
		const symposium = readdirSync(join(root, SITES.real.contentDir, 'symposia'))[0]!.replace(/\.yaml$/, '');
		const { status, stdout } = await run([symposium, '--out', out], { CONTENT_DIR: SITES.real.contentDir, SITE_URL: BASE.href });
		expect(status).toBe(0);
		expect(stdout).toContain('sets no crossref block, so this site deposits no DOIs');
		expect(readdirSync(out)).toEqual([]);
	});

	it("writes a symposium's editions, one file each, as the deposit the content makes", async () => {
		const symposium = site.symposia.find((candidate) => site.editionsOf(candidate).length === 2)!;
		const { status, stdout } = await run([symposium.id, '--out', out], { CONTENT_DIR: FIXTURES, SITE_URL: BASE.href });
		expect(status).toBe(0);
		expect(readdirSync(out).sort()).toEqual(
			site
				.editionsOf(symposium)
				.map((edition) => `${edition.id}.xml`)
				.sort(),
		);
		expect(stdout).toContain('left out');
		// Each file is the deposit made from the content, papers' references included, but for the batch's time.
		const unstamped = (xml: string) => xml.replace(/\b\d{17}\b/g, '…');
		for (const edition of site.editionsOf(symposium)) {
			expect(unstamped(readFileSync(join(out, `${edition.id}.xml`), 'utf8'))).toBe(unstamped(deposits.get(edition.id)!.xml));
		}
	});

	it('refuses content that lacks what a deposit needs, one line per problem as npm run check words them, and writes nothing', async () => {
		const unwritten = mkdtempSync(join(tmpdir(), 'crossref-unwritten-'));
		const folder = join(root, 'tests/.output', `crossref-refusals-${process.pid}`);
		try {
			cpSync(join(root, FIXTURES), folder, { recursive: true });
			const edit = (file: string, from: RegExp, to: string) => {
				const path = join(folder, file);
				const text = readFileSync(path, 'utf8');
				expect(text).toMatch(from);
				writeFileSync(path, text.replace(from, to));
			};
			edit('editions/fixture-journal-31-2.yaml', /^date: .*\n/m, '');
			edit('papers/neighbourhood-teams-and-volunteers.mdx', /^doi: .*$/m, 'url: https://example.org/fixture-proceedings/4/1');
			edit('editions/fixture-proceedings-4.yaml', /^status: published$/m, 'status: in-press');
			const relativeFolder = relative(root, folder);
			const { status, stderr } = await run(['fixture-2031', '--out', unwritten], { CONTENT_DIR: relativeFolder, SITE_URL: BASE.href });
			expect(status).toBe(1);
			const lines = stderr.trim().split('\n');
			expect(lines.at(-1)).toBe('No deposit written.');
			expect(lines).toContain(
				`${relativeFolder}/editions/fixture-journal-31-2.yaml  date: missing: Crossref needs the date the edition was published, e.g. 2031-09`,
			);
			expect(lines.some((line) => line.startsWith(`${relativeFolder}/papers/neighbourhood-teams-and-volunteers.mdx  doi: missing:`))).toBe(true);
			expect(
				lines.some((line) => /^.*\/editions\/fixture-proceedings-4\.yaml:\d+ {2}status: in-press: an edition is deposited once it is published/.test(line)),
			).toBe(true);
			// Every problem on one line, naming its file and field, then the verdict.
			expect(lines.slice(0, -2).every((line) => line.startsWith(`${relativeFolder}/`))).toBe(true);
			expect(readdirSync(unwritten)).toEqual([]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
			rmSync(unwritten, { recursive: true, force: true });
		}
	});

	it('refuses without SITE_URL, since each DOI resolves to a page at the public address', async () => {
		const env = { ...process.env };
		delete env['SITE_URL'];
		const child = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
			const spawned = spawn(process.execPath, ['scripts/crossref.ts', 'fixture-journal-31-2', '--out', out], {
				cwd: root,
				env: { ...env, CONTENT_DIR: FIXTURES },
			});
			let stderr = '';
			spawned.stderr.on('data', (chunk) => (stderr += chunk));
			spawned.on('close', (status) => resolve({ status, stderr }));
		});
		expect(child.status).toBe(1);
		expect(child.stderr).toMatch(/^SITE_URL: not set/m);
	});
});

describe('npm run crossref -- --submit', { timeout: 60_000 }, () => {
	const received: { fields: Record<string, string>; fileName: string | undefined; file: string | undefined }[] = [];
	let endpoint: string;
	let server: ReturnType<typeof createServer>;
	let out: string;

	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'crossref-submit-'));
		// Reads the request as Crossref's servlet does: a multipart form with the operation, the login and the file as fname.
		server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', async () => {
				const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
				const file = form.get('fname');
				const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<string, string>;
				received.push({ fields, fileName: file instanceof File ? file.name : undefined, file: file instanceof File ? await file.text() : undefined });
				const accepted = request.method === 'POST' && request.url === '/servlet/deposit' && fields['login_passwd'] === 'fixture-password';
				response
					.writeHead(accepted ? 200 : 401, { 'content-type': 'text/html' })
					.end(accepted ? '<html><body>SUCCESS: your batch has been queued</body></html>' : 'Login failed');
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/servlet/deposit`;
	});
	afterAll(() => {
		server.close();
		rmSync(out, { recursive: true, force: true });
	});

	const env = (password: string) => ({
		CONTENT_DIR: FIXTURES,
		SITE_URL: BASE.href,
		CROSSREF_DEPOSIT_URL: endpoint,
		CROSSREF_LOGIN_ID: 'fixture-login',
		CROSSREF_LOGIN_PASSWD: password,
	});

	it("posts the file as written, with the operation and the account's login, and reports Crossref's answer", async () => {
		received.length = 0;
		const { status, stdout } = await run(['fixture-journal-31-2', '--out', out, '--submit'], env('fixture-password'));
		expect(status).toBe(0);
		expect(received).toHaveLength(1);
		const [request] = received;
		expect(request!.fields).toEqual({ operation: 'doMDUpload', login_id: 'fixture-login', login_passwd: 'fixture-password' });
		expect(request!.fileName).toBe('fixture-journal-31-2.xml');
		expect(request!.file).toBe(readFileSync(join(out, 'fixture-journal-31-2.xml'), 'utf8'));
		expect(stdout).toContain(`sent to ${endpoint}`);
	});

	it('exits 1 and says so when Crossref refuses the login', async () => {
		const { status, stderr } = await run(['fixture-journal-31-2', '--out', out, '--submit'], env('wrong'));
		expect(status).toBe(1);
		expect(stderr).toContain('Crossref refused fixture-journal-31-2.xml (HTTP 401): Login failed');
	});

	it('refuses to submit without the account in the environment, before writing anything', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'crossref-nologin-'));
		try {
			const { status, stderr } = await run(['fixture-journal-31-2', '--out', empty, '--submit'], { ...env(''), CROSSREF_LOGIN_PASSWD: '' });
			expect(status).toBe(1);
			expect(stderr).toMatch(/^CROSSREF_LOGIN_ID, CROSSREF_LOGIN_PASSWD: not set/m);
			expect(existsSync(empty) && readdirSync(empty)).toEqual([]);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
