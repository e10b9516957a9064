import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

const people = content.people();

test('every commentary page: its title, authors linked to their pages, original publication, every footnote, and every discussion question with who wrote them', async ({
	page,
}) => {
	allowTimeFor(content.commentary().length);
	for (const piece of content.commentary()) {
		const { title, authors, source, discussion } = piece.data;
		await test.step(piece.id, async () => {
			await page.goto(`/commentary/${piece.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			for (const id of authors) {
				await expect(
					page
						.getByRole('main')
						.getByRole('link', { name: content.byId(people, id).data.name, exact: true })
						.first(),
				).toHaveAttribute('href', `/people/${id}/`);
			}
			if (source) {
				const original = page.getByRole('complementary', { name: 'Original publication' });
				await expect(original).toContainText(source.publication);
				if (source.url) await expect(original.getByRole('link', { name: `Read the original in ${source.publication}` })).toHaveAttribute('href', source.url);
			}
			const footnotes = [...piece.body.matchAll(/^\[\^[^\]]+\]:/gm)].length;
			await expect(page.getByRole('link', { name: /^Back to reference/ })).toHaveCount(footnotes);
			if (discussion) {
				const region = page.getByRole('region', { name: 'Questions for discussion' });
				await expect(region).toContainText(discussion.writtenBy);
				await expect(region.getByRole('listitem')).toHaveText(discussion.questions);
			}
		});
	}
});
