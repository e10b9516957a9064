import { describe, expect, it } from 'vitest';
import { contactRoute, repositoryFrom } from '../../src/lib/content/contact';
import { contactProblems } from '../../src/tooling/content-check/contact';

const REPOSITORY = 'https://github.com/fixture-editors/fixture-symposium';

describe('how readers reach the editors', () => {
	it("is site.yaml's email address, or its form, before the repository's issues", () => {
		expect(contactRoute({ contact: 'editors@fixture.example', repository: REPOSITORY })).toEqual({
			lead: 'write to',
			href: 'mailto:editors@fixture.example',
			text: 'editors@fixture.example',
		});
		expect(contactRoute({ contact: 'https://fixture.example/contact', repository: REPOSITORY })?.href).toBe('https://fixture.example/contact');
		expect(contactRoute({ repository: REPOSITORY })?.href).toBe(`${REPOSITORY}/issues/new`);
		expect(contactRoute({})).toBeUndefined();
	});

	it('takes the repository the deploy workflow passes when site.yaml names none, and refuses one that is not on GitHub', () => {
		expect(repositoryFrom({}, { SITE_REPOSITORY: REPOSITORY })).toBe(REPOSITORY);
		expect(repositoryFrom({ repository: 'https://github.com/a/b' }, { SITE_REPOSITORY: REPOSITORY })).toBe('https://github.com/a/b');
		expect(repositoryFrom({}, {})).toBeUndefined();
		expect(() => repositoryFrom({}, { SITE_REPOSITORY: 'github.com/a/b' })).toThrow(/SITE_REPOSITORY is "github.com\/a\/b".*https:\/\/github.com\/owner\/name/);
	});

	it('warns, naming site.yaml and what to set, when a build has neither a contact nor a repository', () => {
		const site = (data: object) => [{ collection: 'site', file: 'content/site.yaml', data, valid: true }];
		const [warning] = contactProblems(site({ title: 'Fixture' }), {});
		expect(warning).toMatchObject({ file: 'content/site.yaml', field: 'contact', warning: true });
		expect(warning?.message).toMatch(/Add contact .* or repository/);
		expect(contactProblems(site({ contact: 'editors@fixture.example' }), {})).toEqual([]);
		expect(contactProblems(site({ repository: REPOSITORY }), {})).toEqual([]);
		expect(contactProblems(site({}), { SITE_REPOSITORY: REPOSITORY })).toEqual([]);
	});
});
