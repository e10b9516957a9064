import { describe, expect, it } from 'vitest';
import { correctionHref } from '../../src/lib/report-correction';

describe('a reader’s correction', () => {
	const subject = {
		title: 'Carers’ experience: the first week & after',
		page: new URL('https://example.org/papers/carers-first-week/'),
		file: 'content/papers/carers-first-week.mdx',
	};
	const href = new URL(correctionHref('https://github.com/fixture-editors/fixture-symposium', subject));

	it('opens a new issue in the site’s repository', () => {
		expect(`${href.origin}${href.pathname}`).toBe('https://github.com/fixture-editors/fixture-symposium/issues/new');
	});

	it('fills in the title, the page’s address and the entry’s file, whatever characters they hold', () => {
		expect(href.searchParams.get('title')).toBe(`Correction: ${subject.title}`);
		const body = href.searchParams.get('body')!;
		expect(body).toContain(`Page: ${subject.page.href}`);
		expect(body).toContain(`File: ${subject.file}`);
	});
});
