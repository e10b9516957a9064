import { readFileSync } from 'node:fs';
import * as content from '../../content';
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

test('the special edition lists as its contents exactly the papers confirmed as part of it', async ({ page }, testInfo) => {
	const confirmed = papersOf(testInfo).filter((paper) => paper.data.specialEdition === 'confirmed');
	await page.goto('/special-edition/');
	const contents = page.getByRole('list', { name: 'Contents', exact: true });
	if (confirmed.length === 0) {
		await expect(contents).toHaveCount(0);
		await expect(page.getByRole('main')).toContainText('Contents not yet known');
		return;
	}
	const titles = await contents.getByRole('listitem').locator('a.title').allTextContents();
	expect(titles.toSorted()).toEqual(confirmed.map((paper) => paper.data.title).toSorted());
});

test("no page calls the papers the symposium's unless an entry confirms it", async ({}, testInfo) => {
	const papers = papersOf(testInfo);
	const claims = [
		{ phrase: /papers (of|from) the symposium/i, allowed: papers.some((p) => p.data.presentedAtSymposium === 'confirmed') },
		{ phrase: /papers of the symposium's special edition/i, allowed: papers.some((p) => p.data.specialEdition === 'confirmed') },
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
		symposium: { specialEdition: { contents: string[] } };
		people: Record<string, unknown>[];
	};

test("the JSON-LD and edition.json list as the edition's contents exactly the confirmed papers", async ({ baseURL }, testInfo) => {
	const confirmed = papersOf(testInfo).filter((paper) => paper.data.specialEdition === 'confirmed');
	const confirmedPaths = confirmed.map((paper) => `/papers/${paper.id}/`).toSorted();
	const editionPages = builtPages(testInfo).filter((path) => path.startsWith('/special-edition/') && path.endsWith('/'));
	const listed = editionPages.flatMap((path) => {
		const lists = jsonLdObjects(builtHtml(testInfo, path)).filter((object) => object['@type'] === 'ItemList');
		if (confirmed.length === 0) expect(lists, `${path} has no schema.org list while its contents are not known`).toEqual([]);
		return lists.flatMap((list) => ((list.itemListElement ?? []) as { url: string }[]).map((item) => new URL(item.url).pathname));
	});
	expect(listed.toSorted()).toEqual(confirmedPaths);
	const contents = readEditionData(testInfo).symposium.specialEdition.contents.map((url) => new URL(url, baseURL).pathname);
	expect(contents.toSorted()).toEqual(confirmedPaths);
});

test("a paper's card alt text names the symposium or the edition only when the paper's entry confirms it", async ({}, testInfo) => {
	const { title } = content.symposium(siteOf(testInfo));
	for (const paper of papersOf(testInfo)) {
		const html = builtHtml(testInfo, `/papers/${paper.id}/`);
		const alts = [...html.matchAll(/<meta (?:property|name)="(?:og|twitter):image:alt" content="([^"]*)"/g)].map(([, alt]) => decode(alt!));
		expect(alts, paper.id).toHaveLength(2);
		for (const alt of alts) {
			expect(alt.includes(title), `${paper.id}: "${alt}" names the symposium`).toBe(paper.data.presentedAtSymposium === 'confirmed');
			expect(/special edition/i.test(alt), `${paper.id}: "${alt}" names the special edition`).toBe(paper.data.specialEdition === 'confirmed');
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
	const symposium = content.symposium(siteOf(testInfo));
	const official = symposium.titleSource === 'official';
	const event = jsonLdObjects(builtHtml(testInfo, '/')).find((object) => object['@type'] === 'Event')!;
	expect(event.name).toBe(official ? symposium.title : undefined);
	await page.goto('/about/');
	await expect(page.getByRole('main').getByText(`“${symposium.title}” is our description of it`)).toHaveCount(official ? 0 : 1);
});

test('the About page says, record by record, what each showed of each entry, and no fact the entry does not give', async ({ page }, testInfo) => {
	const site = siteOf(testInfo);
	const papers = new Map(content.papers(site).map((paper) => [paper.id, paper.data]));
	await page.goto('/about/');
	const records = page.getByRole('main').getByRole('list').first().locator(':scope > li');
	const checks = content.symposium(site).checkedAgainst ?? [];
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
});

test("no page says the publisher holds a paper's full text: a DOI or address is only where the record points", async ({}, testInfo) => {
	for (const path of builtPages(testInfo)) {
		expect(builtHtml(testInfo, path), path).not.toMatch(/full text is available/i);
	}
});

test('the people listing names only the parts people play in the content', async ({ page }, testInfo) => {
	const site = siteOf(testInfo);
	const chaired = content.sessions(site).some((session) => session.data.chair);
	const edited = (content.symposium(site).specialEdition.guestEditors ?? []).length > 0;
	await page.goto('/people/');
	const lede = (await page.locator('main .lede').innerText()).trim();
	expect(lede).toMatch(/^Everyone the record names as an author\b/);
	expect(/\bchair\b/.test(lede), lede).toBe(chaired);
	expect(/\beditor\b/.test(lede), lede).toBe(edited);
});

test("the home page's edition panel says what the site's papers are and how many the record places in the edition", async ({ page }, testInfo) => {
	const papers = papersOf(testInfo);
	const confirmed = papers.filter((paper) => paper.data.specialEdition === 'confirmed').length;
	await page.goto('/');
	const panel = page.getByRole('region', { name: 'The special edition' });
	await expect(panel).not.toContainText(/\bAll \d/);
	if (confirmed < papers.length) {
		const share = `${confirmed === 0 ? 'none' : confirmed} of them ${confirmed === 1 ? 'is' : 'are'} confirmed as part of the special edition`;
		// Straight after the papers' description, with no space before the semicolon.
		await expect(panel).toContainText(new RegExp(`\\S; ${share}`));
	}
});
