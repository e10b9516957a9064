import type { Page } from '@playwright/test';
import * as content from '../content';
import type { SiteName } from '../sites';
import { expect, test } from './test';

/** What a guide is made from, as an editor wrote it: the one shape papers, messages and commentary share. */
type Discussion = NonNullable<content.Paper['discussion']>;

export interface DiscussedEntry {
	collection: 'papers' | 'messages' | 'commentary';
	id: string;
	title: string;
	discussion: Discussion | undefined;
	/** The summary its guide gives whole: the plain-language one, or a commentary piece's standfirst. */
	summary: string;
	/** The titles of the key messages its guide lists, in order: those linked to a paper, or related to a piece. */
	keyMessages: string[];
	/** The people it names as authors, whose pages list it. */
	authors: string[];
	symposium: string;
}

/** Every published paper, key message and commentary piece of a site, with its discussion questions if it has any. */
export function discussableEntries(site: SiteName): DiscussedEntry[] {
	const messages = content.messages(site);
	const titleOf = (id: string) => messages.find((message) => message.id === id)?.data.title ?? [];
	return [
		...content.papers(site).map(({ id, data }) => ({
			collection: 'papers' as const,
			id,
			title: data.title,
			discussion: data.discussion,
			summary: data.plainSummary,
			keyMessages: messages.filter((message) => message.data.evidence?.some((link) => link.paper === id)).map((message) => message.data.title),
			authors: content.authorIds(data),
			symposium: data.symposium,
		})),
		...messages.map(({ id, data }) => ({
			collection: 'messages' as const,
			id,
			title: data.title,
			discussion: data.discussion,
			summary: data.plainSummary,
			keyMessages: [],
			authors: [],
			symposium: data.symposium,
		})),
		...content.commentary(site).map(({ id, data }) => ({
			collection: 'commentary' as const,
			id,
			title: data.title,
			discussion: data.discussion,
			summary: data.standfirst,
			keyMessages: (data.relatedMessages ?? []).flatMap(titleOf),
			authors: data.authors,
			symposium: data.symposium,
		})),
	];
}

/** Text as a page shows it: YAML's folded lines joined by single spaces. */
const asShown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The number of pages in the PDF Chromium prints of the page: each page is one /Type /Page object. */
export async function printedPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** An entry's card in a list: the article headed by its title. */
const cardOf = (page: Page, title: string) =>
	page
		.getByRole('main')
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** A4 less the team guide's page margins (print.css), in CSS pixels: the width the sheet is laid out in. */
const A4_GUIDE_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);
/** The least room to write under a question on paper: two lines of handwriting. */
const ROOM_TO_WRITE_MM = 12;

/**
 * What a reader of either site meets of the discussion guides, derived from its content:
 * where the guides are found, and the printed sheet.
 */
export function guideTests(site: SiteName): void {
	const entries = discussableEntries(site);
	const discussed = entries.filter((entry) => entry.discussion);

	test("every entry with a guide is marked with a link to it in its listing, its symposium and its authors' pages; no other entry is", async ({ page }) => {
		test.setTimeout(30_000 + entries.length * 2_000);
		for (const collection of ['papers', 'messages', 'commentary'] as const) {
			await page.goto(`/${collection}/`);
			for (const { title, id, discussion } of entries.filter((entry) => entry.collection === collection)) {
				const link = cardOf(page, title).getByRole('link', { name: `Discussion guide for ${title}`, exact: true });
				if (discussion) await expect(link, `${collection}/${id}`).toHaveAttribute('href', `/${collection}/${id}/discuss/`);
				else await expect(link, `${collection}/${id}`).toHaveCount(0);
			}
		}
		for (const { collection, id, title, authors, symposium } of discussed) {
			const where = [...authors.map((author) => `/people/${author}/`), ...(collection === 'commentary' ? [] : [`/symposia/${symposium}/`])];
			for (const path of where) {
				await page.goto(path);
				await expect(cardOf(page, title).getByRole('link', { name: `Discussion guide for ${title}`, exact: true }), path).toHaveAttribute(
					'href',
					`/${collection}/${id}/discuss/`,
				);
			}
		}
	});

	test('the home page lists every discussion guide under "Discuss in your team", or shows no such panel when there are none', async ({ page }) => {
		await page.goto('/');
		const panel = page.getByRole('region', { name: 'Discuss in your team' });
		const links = panel.getByRole('link');
		if (discussed.length === 0) await expect(panel).toHaveCount(0);
		else await expect(links).toHaveText(discussed.map((entry) => entry.title));
		for (const [index, { collection, id }] of discussed.entries()) await expect(links.nth(index)).toHaveAttribute('href', `/${collection}/${id}/discuss/`);
	});

	for (const { collection, id, title, discussion, summary, keyMessages } of discussed) {
		const guidePath = `/${collection}/${id}/discuss/`;

		test.describe(`the team guide ${guidePath}`, () => {
			test("has a Print button that opens the browser's printing", async ({ page }) => {
				await page.addInitScript(() => {
					(window as unknown as { printed: number }).printed = 0;
					window.print = () => void (window as unknown as { printed: number }).printed++;
				});
				await page.goto(guidePath);
				await page.getByRole('button', { name: 'Print this guide' }).click();
				expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
			});

			test('prints on one A4 page: the summary whole, the key messages, every question with room to write, nothing overlapping, and no site furniture', async ({
				page,
			}) => {
				// Printing a PDF is the slowest step a test takes here.
				test.slow();
				await page.setViewportSize({ width: A4_GUIDE_WIDTH, height: 1000 });
				await page.goto(guidePath);
				await page.emulateMedia({ media: 'print' });
				await expect(page.getByRole('banner')).toBeHidden();
				await expect(page.getByRole('contentinfo')).toBeHidden();
				await expect(page.getByRole('navigation')).toHaveCount(0);
				await expect(page.getByRole('link', { name: /^Read the/ })).toBeHidden();
				await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();

				await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
				await expect(page.getByRole('region', { name: /^(In plain words|Summary)$/ })).toContainText(asShown(summary));
				const listed = page.getByRole('region', { name: /key messages/i });
				if (keyMessages.length === 0) await expect(listed).toHaveCount(0);
				else for (const [index, message] of keyMessages.entries()) await expect(listed.getByRole('listitem').nth(index)).toContainText(message);
				const steps = page.getByRole('region', { name: /^Running order/ }).getByRole('listitem');
				await expect(steps.first()).toContainText(keyMessages.length > 0 ? 'and the key messages together' : /read the .* together/);

				const boxes = await page.locator('.answer').evaluateAll((answers) => answers.map((answer) => answer.getBoundingClientRect().height));
				expect(boxes).toHaveLength(discussion!.questions.length);
				for (const height of boxes) expect(height, 'room to write, in CSS pixels').toBeGreaterThanOrEqual((ROOM_TO_WRITE_MM / 25.4) * 96 - 1);
				const sections = await page.locator('.guide > *').evaluateAll((parts) =>
					parts.map((part) => ({
						top: part.getBoundingClientRect().top,
						bottom: part.getBoundingClientRect().bottom,
						end: part.scrollHeight - part.clientHeight,
					})),
				);
				for (const [index, part] of sections.entries()) {
					expect(part.end, `part ${index + 1} of the sheet holds all its content`).toBeLessThanOrEqual(1);
					if (index > 0) expect(part.top, `part ${index + 1} starts below part ${index}`).toBeGreaterThanOrEqual(sections[index - 1]!.bottom - 1);
				}
				expect(await printedPages(page)).toBe(1);
			});
		});
	}
}
