import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

const messages = content.messages().toSorted((a, b) => a.data.order - b.data.order);
const papers = content.papers();

test('the key messages page shows every message in order, each with links to its evidence', async ({ page }) => {
	await page.goto('/messages/');
	await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(messages.map((message) => message.data.title));
	for (const message of messages) {
		const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: message.data.title }) });
		const evidence = (message.data.evidence ?? []).map((id) => content.byId(papers, id));
		// The message's own text may have a list too; the evidence is the list of links.
		const links = card.getByRole('list').filter({ has: page.getByRole('link') }).getByRole('link');
		await expect(links).toHaveText(evidence.map((paper) => paper.data.title));
		for (const paper of evidence) await expect(card.getByRole('link', { name: paper.data.title })).toHaveAttribute('href', `/papers/${paper.id}/`);
	}
});

test('every key message page: its place among the messages, its evidence or a note that there is none yet, its source', async ({ page }) => {
	allowTimeFor(messages.length);
	for (const message of messages) {
		const { order, title, evidence = [], reportedIn, lastReviewed } = message.data;
		await test.step(message.id, async () => {
			await page.goto(`/messages/${message.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(page.getByText(`Key message ${order} of ${messages.length}`)).toBeVisible();
			const region = page.getByRole('region', { name: 'Papers that bear on this message' });
			if (evidence.length === 0) await expect(region).toContainText('No paper on this site is linked to this message yet.');
			else await expect(region.getByRole('heading', { level: 3 })).toHaveText(evidence.map((id) => content.byId(papers, id).data.title));
			if (reportedIn) {
				const source = content.byId(content.commentary(), reportedIn);
				await expect(page.getByRole('link', { name: source.data.title })).toHaveAttribute('href', `/commentary/${source.id}/`);
			}
			await expect(page.getByText(/Last reviewed/)).toContainText(String(lastReviewed).slice(0, 4));
		});
	}
});
