import { describe, expect, it } from 'vitest';
import { doiSchema, isValidOrcid, issnCheckCharacter, issnSchema, orcidCheckCharacter, orcidSchema, webAddressSchema } from '../../src/schemas/identifiers';

const messages = (result: { error?: { issues: { message: string }[] } | undefined }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('ORCID iDs', () => {
	it('computes the check character', () => {
		expect(orcidCheckCharacter('000000021825009')).toBe('7');
		expect(orcidCheckCharacter('000000029079593')).toBe('X');
	});

	it.each(['0000-0002-1825-0097', '0000-0002-9079-593X', '0000-0001-5109-3700'])('accepts %s', (orcid) => {
		expect(isValidOrcid(orcid)).toBe(true);
		expect(orcidSchema.parse(orcid)).toBe(orcid);
	});

	it.each(['0000-0002-1825-0098', '0000-0002-1825-0079', '0000-0002-9079-5930', '0000-0002-9079-593x'])('rejects %s', (orcid) => {
		expect(isValidOrcid(orcid)).toBe(false);
		expect(orcidSchema.safeParse(orcid).success).toBe(false);
	});

	it('explains a checksum failure', () => {
		expect(messages(orcidSchema.safeParse('0000-0002-1825-0098'))).toEqual([expect.stringContaining('fails its checksum')]);
	});

	it('explains the format when given a web address', () => {
		expect(messages(orcidSchema.safeParse('https://orcid.org/0000-0002-1825-0097'))[0]).toContain('without https://orcid.org/');
	});

	it('gives only the format message for a web address', () => {
		expect(messages(orcidSchema.safeParse('https://orcid.org/0000-0002-1825-0097'))).toHaveLength(1);
	});
});

describe('doiSchema', () => {
	it.each(['10.1111/j.1365-2524.2006.00655.x', '10.5555/fixture.0001'])('accepts %s', (doi) => {
		expect(doiSchema.parse(doi)).toBe(doi);
	});

	it.each(['https://doi.org/10.1111/x', 'doi:10.1111/x', '10.1111/with space', '10.11/too-short-prefix'])('rejects %s and says how to fix it', (doi) => {
		const result = doiSchema.safeParse(doi);
		expect(result.success).toBe(false);
		expect(messages(result)[0]).toContain('Remove any "doi:" or "https://doi.org/" in front of it.');
	});
});

describe('ISSNs', () => {
	it('computes the check character, X standing for 10', () => {
		expect(issnCheckCharacter('0317847')).toBe('1');
		expect(issnCheckCharacter('2434561')).toBe('X');
	});

	it.each(['0317-8471', '2434-561X'])('accepts %s', (issn) => {
		expect(issnSchema.safeParse(issn).success).toBe(true);
	});

	it('rejects a mistyped digit with the checksum message', () => {
		expect(messages(issnSchema.safeParse('0317-8472'))).toEqual([expect.stringContaining('fails its checksum')]);
	});

	it('rejects another form with one message, not two', () => {
		expect(messages(issnSchema.safeParse('03178471'))).toEqual([expect.stringContaining('written 1234-567X')]);
	});
});

describe('web addresses', () => {
	it.each(['https://www.communitycare.co.uk/2006/06/15/are-partnerships-worth-it/', 'http://example.org'])('accepts %s', (url) => {
		expect(webAddressSchema.safeParse(url).success).toBe(true);
	});

	it.each(['mailto:editor@example.org', 'javascript:alert(1)', 'www.example.org', 'https//example.org'])('rejects %s', (url) => {
		expect(webAddressSchema.safeParse(url).success).toBe(false);
	});
});
