import { readFileSync } from 'node:fs';
import * as content from '../../content';
import { entryHref } from '../../../src/lib/urls';
import { builtFile, builtPages, outDirOf, siteOf } from '../built-pages';
import { expect, test } from '../test';

/**
 * The site says no more than the record: papers are called the symposium's, or the
 * special edition's, only when their entries confirm it. Derived from each site's
 * content, so the checks hold for any edition.
 */
function papersOf(testInfo: Parameters<typeof siteOf>[0]) {
	return content.papers(siteOf(testInfo));
}

/** The papers an edition's entries confirm as its contents. */
function confirmedIn(testInfo: Parameters<typeof siteOf>[0], edition: string) {
	return papersOf(testInfo).filter((paper) => paper.data.edition === edition && paper.data.inEdition === 'confirmed');
}

const editionHref = (id: string) => entryHref({ collection: 'editions', id });

test('each edition lists as its contents exactly the papers confirmed as part of it', async ({ page }, testInfo) => {
	for (const edition of content.editions(siteOf(testInfo))) {
		const confirmed = confirmedIn(testInfo, edition.id);
		await page.goto(editionHref(edition.id));
		const contents = page.getByRole('list', { name: 'Contents', exact: true });
		if (confirmed.length === 0) {
			await expect(contents).toHaveCount(0);
			await expect(page.getByRole('main')).toContainText('Contents not yet known');
			continue;
		}
		const titles = await contents.getByRole('listitem').locator('a.title').allTextContents();
		expect(titles.toSorted(), edition.id).toEqual(confirmed.map((paper) => paper.data.title).toSorted());
	}
});

test("no page calls the papers the symposium's unless an entry confirms it", async ({}, testInfo) => {
	const papers = papersOf(testInfo);
	const claims = [
		{ phrase: /papers (of|from) the symposium/i, allowed: papers.some((p) => p.data.presentedAtSymposium === 'confirmed') },
		{ phrase: /papers confirmed as part of the symposium's edition/i, allowed: papers.some((p) => p.data.inEdition === 'confirmed') },
	];
	const outDir = outDirOf(testInfo);
	for (const path of builtPages(testInfo)) {
		const text = readFileSync(builtFile(outDir, path), 'utf8')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		for (const { phrase, allowed } of claims) {
			if (!allowed) expect.soft(text, `${path} claims "${phrase.source}" though no paper confirms it`).not.toMatch(phrase);
		}
	}
});

test("every affiliation and role on a person's page gives the years the record shows it for", async ({ page }, testInfo) => {
	for (const person of content.people(siteOf(testInfo))) {
		await page.goto(`/people/${person.id}/`);
		const main = page.getByRole('main');
		const posts = [...(person.data.affiliations ?? []), ...(person.data.roles ?? []).map(({ title, when }) => ({ name: title, when }))];
		for (const { name, when } of posts) {
			const [from] = String(when).split(/[-–]/);
			await expect(main.getByText(`${name} (`, { exact: false }), `${person.id}: ${name}`).toContainText(from!);
		}
	}
});

/*
 * Every layer a machine reads (JSON-LD, /edition.json, the cards' alt text, the search
 * record) says no more than the page beside it. Read from the built files, for every page.
 */

/** The HTML a build wrote for a URL path. */
function builtHtml(testInfo: Parameters<typeof siteOf>[0], path: string): string {
	return readFileSync(builtFile(outDirOf(testInfo), path), 'utf8');
}

const decode = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Every schema.org object a page's JSON-LD holds, nested ones included. */
function jsonLdObjects(html: string): Record<string, unknown>[] {
	const found: Record<string, unknown>[] = [];
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (typeof value === 'object' && value !== null) {
			found.push(value as Record<string, unknown>);
			Object.values(value).forEach(walk);
		}
	};
	for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) walk(JSON.parse(json!));
	return found;
}

/** Every object in a JSON value, nested ones included. */
function objectsIn(value: unknown): Record<string, unknown>[] {
	if (Array.isArray(value)) return value.flatMap(objectsIn);
	if (typeof value !== 'object' || value === null) return [];
	return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsIn)];
}

const readEditionData = (testInfo: Parameters<typeof siteOf>[0]) =>
	JSON.parse(readFileSync(builtFile(outDirOf(testInfo), '/edition.json'), 'utf8')) as {
		editions: { id: string; contents: string[] }[];
		people: Record<string, unknown>[];
	};

test("the JSON-LD and edition.json list as each edition's contents exactly its confirmed papers", async ({ baseURL }, testInfo) => {
	const data = readEditionData(testInfo);
	for (const edition of content.editions(siteOf(testInfo))) {
		const confirmed = confirmedIn(testInfo, edition.id);
		const confirmedPaths = confirmed.map((paper) => `/papers/${paper.id}/`).toSorted();
		const editionPages = builtPages(testInfo).filter((path) => path.startsWith(editionHref(edition.id)) && path.endsWith('/'));
		const listed = editionPages.flatMap((path) => {
			const lists = jsonLdObjects(builtHtml(testInfo, path)).filter((object) => object['@type'] === 'ItemList');
			if (confirmed.length === 0) expect(lists, `${path} has no schema.org list while its contents are not known`).toEqual([]);
			return lists.flatMap((list) => ((list.itemListElement ?? []) as { url: string }[]).map((item) => new URL(item.url).pathname));
		});
		expect(listed.toSorted(), edition.id).toEqual(confirmedPaths);
		const contents = data.editions.find(({ id }) => id === edition.id)!.contents.map((url) => new URL(url, baseURL).pathname);
		expect(contents.toSorted(), edition.id).toEqual(confirmedPaths);
	}
});

test("a paper's card alt text names the symposium or the edition only when the paper's entry confirms it", async ({}, testInfo) => {
	const site = siteOf(testInfo);
	for (const paper of papersOf(testInfo)) {
		const { title } = content.byId(content.symposia(site), paper.data.symposium).data;
		const edition = content.editions(site).find(({ id }) => id === paper.data.edition)?.data;
		const namesEdition = (alt: string) =>
			edition?.kind === 'special-issue' ? /special edition/i.test(alt) : edition !== undefined && alt.includes(edition.title);
		const html = builtHtml(testInfo, `/papers/${paper.id}/`);
		const alts = [...html.matchAll(/<meta (?:property|name)="(?:og|twitter):image:alt" content="([^"]*)"/g)].map(([, alt]) => decode(alt!));
		expect(alts, paper.id).toHaveLength(2);
		for (const alt of alts) {
			expect(alt.includes(title), `${paper.id}: "${alt}" names the symposium`).toBe(paper.data.presentedAtSymposium === 'confirmed');
			expect(namesEdition(alt), `${paper.id}: "${alt}" names the edition`).toBe(paper.data.inEdition === 'confirmed');
		}
	}
});

test("a year is never written as an open period, in edition.json or any page's JSON-LD", async ({}, testInfo) => {
	const people = new Map(content.people(siteOf(testInfo)).map((person) => [person.id, person.data]));
	const edition = readEditionData(testInfo);
	const layers: [string, Record<string, unknown>[]][] = [
		['edition.json', objectsIn(edition)],
		...builtPages(testInfo).map((path): [string, Record<string, unknown>[]] => [path, jsonLdObjects(builtHtml(testInfo, path))]),
	];
	for (const [layer, objects] of layers) {
		for (const object of objects) expect('from' in object && !('to' in object), `${layer}: ${JSON.stringify(object)}`).toBe(false);
	}
	// Each post's years as the editor wrote them: 2006 stays "2006", 2029-2031 is "2029/2031".
	for (const person of edition.people as { id: string; affiliations: { when: string }[]; roles: { when: string }[] }[]) {
		const written = people.get(person.id)!;
		const asWritten = (posts: { when: unknown }[] | undefined) => (posts ?? []).map(({ when }) => String(when).replace(/\s*[-–]\s*/, '/'));
		expect(
			person.affiliations.map(({ when }) => when),
			person.id,
		).toEqual(asWritten(written.affiliations));
		expect(
			person.roles.map(({ when }) => when),
			person.id,
		).toEqual(asWritten(written.roles));
	}
});

test("search keeps the years of every post: people pages index them, and a person's result gives them", async ({}, testInfo) => {
	for (const person of content.people(siteOf(testInfo))) {
		const html = builtHtml(testInfo, `/people/${person.id}/`);
		const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, inner]) => ({ inner: inner!, text: decode(inner!.replace(/<[^>]+>/g, '')).trim() }));
		const posts = [
			...(person.data.affiliations ?? []).map(({ name, when }) => ({ name, when })),
			...(person.data.roles ?? []).map(({ title, when }) => ({ name: title, when })),
		];
		for (const { name, when } of posts) {
			const [from] = String(when).split(/[-–]/);
			// The years follow the post inside the indexed text: nothing in the item is kept from the index.
			const item = items.find(({ text }) => text.startsWith(`${name} (`));
			expect(item?.text, `${person.id}: ${name}`).toMatch(new RegExp(`\\((in )?${from}\\b`));
			expect(item?.inner, `${person.id}: ${name}`).not.toContain('data-pagefind-ignore');
		}
		const meta = /data-pagefind-meta="authors\[data-value\]" data-value="([^"]*)"/.exec(html)?.[1];
		for (const { name, when } of person.data.affiliations ?? []) {
			expect(decode(meta ?? ''), `${person.id}'s result`).toContain(`${name} (${/[-–]/.test(String(when)) ? '' : 'in '}${String(when).split(/[-–]/)[0]}`);
		}
	}
});

test("the event's title is a name in the JSON-LD only when the record gives it, and the About page says when it is the editors' own", async ({
	page,
}, testInfo) => {
	await page.goto('/about/');
	for (const { id, data: symposium } of content.symposia(siteOf(testInfo))) {
		const official = symposium.titleSource === 'official';
		const event = jsonLdObjects(builtHtml(testInfo, entryHref({ collection: 'symposia', id }))).find((object) => object['@type'] === 'Event')!;
		expect(event.name, id).toBe(official ? symposium.title : undefined);
		await expect(page.getByRole('main').getByText(`“${symposium.title}” is our description of it`)).toHaveCount(official ? 0 : 1);
	}
});

test('the About page says, record by record, what each showed of each entry, and no fact the entry does not give', async ({ page }, testInfo) => {
	const site = siteOf(testInfo);
	const papers = new Map(content.papers(site).map((paper) => [paper.id, paper.data]));
	await page.goto('/about/');
	// One list of records for each symposium that names any, in the site's order.
	const checked = content.symposia(site).filter((symposium) => (symposium.data.checkedAgainst ?? []).length > 0);
	await expect(page.locator('main ul.records')).toHaveCount(checked.length);
	for (const [at, symposium] of checked.entries()) {
		const records = page.locator('main ul.records').nth(at).locator(':scope > li');
		const checks = symposium.data.checkedAgainst ?? [];
		await expect(records).toHaveCount(checks.length);
		for (const [index, check] of checks.entries()) {
			const record = records.nth(index);
			await expect(record).toContainText(check.name);
			for (const item of check.showed) {
				const collection = item.paper ? 'papers' : 'commentary';
				const entry = record.getByRole('listitem').filter({ has: page.locator(`a[href="/${collection}/${item.paper ?? item.commentary}/"]`) });
				await expect(entry).toHaveCount(1);
				const paper = item.paper ? papers.get(String(item.paper)) : undefined;
				if (!paper) continue;
				const absent = { volume: paper.journal?.volume, issue: paper.journal?.issue, pages: paper.journal?.pages, DOI: paper.doi };
				for (const [word, value] of Object.entries(absent)) if (value === undefined) await expect(entry).not.toContainText(word);
			}
		}
	}
});

test("no page says the publisher holds a paper's full text: a DOI or address is only where the record points", async ({}, testInfo) => {
	for (const path of builtPages(testInfo)) {
		expect(builtHtml(testInfo, path), path).not.toMatch(/full text is available/i);
	}
});

test('the people listing names only the parts people play in the content', async ({ page }, testInfo) => {
	const site = siteOf(testInfo);
	const chaired = content.sessions(site).some((session) => session.data.chair);
	const edited = content.editions(site).some((edition) => Array.isArray(edition.data.guestEditors) && edition.data.guestEditors.length > 0);
	await page.goto('/people/');
	const lede = (await page.locator('main .lede').innerText()).trim();
	expect(lede).toMatch(/^Everyone the record names as an author\b/);
	expect(/\bchair\b/.test(lede), lede).toBe(chaired);
	expect(/\beditor\b/.test(lede), lede).toBe(edited);
});

test("a symposium's edition panels say what its papers are and how many the record places in each edition", async ({ page }, testInfo) => {
	const site = siteOf(testInfo);
	for (const symposium of content.symposia(site)) {
		const papers = papersOf(testInfo).filter((paper) => paper.data.symposium === symposium.id);
		await page.goto(entryHref({ collection: 'symposia', id: symposium.id }));
		for (const edition of content.editions(site).filter(({ data }) => data.symposia.includes(symposium.id))) {
			const special = edition.data.kind === 'special-issue';
			const confirmed = papers.filter((paper) => paper.data.edition === edition.id && paper.data.inEdition === 'confirmed').length;
			const panel = page.getByRole('region', { name: special ? 'The special edition' : edition.data.title });
			await expect(panel).not.toContainText(/\bAll \d/);
			if (papers.length > 0 && confirmed < papers.length) {
				const share = `${confirmed === 0 ? 'none' : confirmed} of them ${confirmed === 1 ? 'is' : 'are'} confirmed as part of ${special ? 'the special edition' : 'the proceedings'}`;
				// Straight after the papers' description, with no space before the semicolon.
				await expect(panel, `${symposium.id}: ${edition.id}`).toContainText(new RegExp(`\\S; ${share}`));
			}
		}
	}
});

test("a paper's facts say it was given at its symposium, or is part of its edition, only when its entry confirms it", async ({}, testInfo) => {
	const site = siteOf(testInfo);
	for (const paper of papersOf(testInfo)) {
		const facts = decode(/<dl class="facts"[\s\S]*?<\/dl>/.exec(builtHtml(testInfo, `/papers/${paper.id}/`))![0].replace(/<[^>]+>/g, ' '));
		const { title } = content.byId(content.symposia(site), paper.data.symposium).data;
		const given = paper.data.presentedAtSymposium === 'confirmed';
		// Every paper names its symposium, as given there or as listed with it.
		expect(facts, paper.id).toMatch(new RegExp(`${given ? 'Given at' : 'Listed with'}\\s+${RegExp.escape(title)}`));
		expect(facts.includes('Given at'), `${paper.id} says it was given at the symposium`).toBe(given);
		expect(facts.includes('Part of'), `${paper.id} says it is part of an edition`).toBe(paper.data.inEdition === 'confirmed');
	}
});
