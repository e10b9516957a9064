import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

const messages = content.messages().toSorted((a, b) => a.data.order - b.data.order);
const papers = content.papers();

test('the key messages page shows every message in order, each with links to its evidence', async ({ page }) => {
	await page.goto('/messages/');
	await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(messages.map((message) => message.data.title));
	for (const message of messages) {
		const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: message.data.title }) });
		const evidence = (message.data.evidence ?? []).map((link) => content.byId(papers, link.paper));
		// The message's own text may have a list too; the evidence is the lists of links, grouped by who made them.
		const links = card
			.getByRole('list')
			.filter({ has: page.getByRole('link') })
			.getByRole('link');
		await expect(links).toHaveCount(evidence.length);
		expect((await links.allTextContents()).toSorted()).toEqual(evidence.map((paper) => paper.data.title).toSorted());
		for (const paper of evidence) await expect(card.getByRole('link', { name: paper.data.title })).toHaveAttribute('href', `/papers/${paper.id}/`);
	}
});

test('every key message page: its place among the messages, its evidence or a note that there is none yet, its source', async ({ page }) => {
	allowTimeFor(messages.length);
	for (const message of messages) {
		const { title, evidence = [], reportedIn, lastReviewed } = message.data;
		await test.step(message.id, async () => {
			await page.goto(`/messages/${message.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(page.getByText(`Key message ${messages.indexOf(message) + 1} of ${messages.length}`)).toBeVisible();
			if (evidence.length === 0) await expect(page.getByText('No paper on this site is linked to this message yet.')).toBeVisible();
			for (const link of evidence) {
				// Each link is listed under who made it: our editors unless a source is named.
				const maker = link.by === 'source' ? `Linked to this message by ${link.source}` : 'Further reading chosen by our editors';
				const region = page.getByRole('region', { name: maker });
				await expect(region.getByRole('heading', { level: 3, name: content.byId(papers, link.paper).data.title })).toBeVisible();
			}
			if (reportedIn) {
				const source = content.byId(content.commentary(), reportedIn);
				await expect(page.getByRole('link', { name: source.data.title })).toHaveAttribute('href', `/commentary/${source.id}/`);
			}
			await expect(page.getByText(/last reviewed/i)).toContainText(String(lastReviewed).slice(0, 4));
		});
	}
});
