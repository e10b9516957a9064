import { describe, expect, it } from 'vitest';
import { readPrefill } from '../../src/client/learning-log/form';
import { addToLearningLogHref } from '../../src/lib/urls';

/** The page's location after following a link from `href`, on the fixture origin. */
const arriving = (href: string) => new URL(href, 'https://log.example.org') as unknown as Location;

describe('the link from an entry page to the log', () => {
	it('carries the entry’s title and address, and the log reads them back as a full address', () => {
		const href = addToLearningLogHref('Carers & “partnership”: a fixture', '/papers/fixture/');
		expect(href.startsWith('/learning-log/?')).toBe(true);
		expect(readPrefill(arriving(href))).toEqual({ title: 'Carers & “partnership”: a fixture', url: 'https://log.example.org/papers/fixture/' });
	});

	it('takes no address from another site, and nothing without a title', () => {
		expect(readPrefill(arriving('/learning-log/?title=Fixture&url=https://elsewhere.example/'))).toEqual({ title: 'Fixture', url: '' });
		expect(readPrefill(arriving('/learning-log/?title=Fixture&url=javascript:alert(1)'))).toEqual({ title: 'Fixture', url: '' });
		expect(readPrefill(arriving('/learning-log/?url=/papers/fixture/'))).toBeUndefined();
		expect(readPrefill(arriving('/learning-log/'))).toBeUndefined();
	});
});
