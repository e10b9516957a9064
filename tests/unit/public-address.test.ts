import { describe, expect, it, vi } from 'vitest';
import publicAddressCheck, { LOCAL_ADDRESS, publicAddress } from '../../src/integrations/public-address';

type BuildDone = (options: { logger: { warn: (message: string) => void } }) => void;

function warningsFor(env: NodeJS.ProcessEnv): string[] {
	const warn = vi.fn<(message: string) => void>();
	const done = publicAddressCheck(env).hooks['astro:build:done'] as unknown as BuildDone;
	done({ logger: { warn } });
	return warn.mock.calls.map(([message]) => message);
}

describe('the public address', () => {
	it('is SITE_URL when set, and the local address otherwise', () => {
		expect(publicAddress({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
		expect(publicAddress({})).toBe(LOCAL_ADDRESS);
		expect(publicAddress({ SITE_URL: '' })).toBe(LOCAL_ADDRESS);
	});

	it('ends a build without SITE_URL with a warning that says what points where and how to fix it', () => {
		const [warning, ...more] = warningsFor({});
		expect(more).toEqual([]);
		expect(warning).toContain(`canonical links, the sitemap and feeds point at ${LOCAL_ADDRESS}`);
		expect(warning).toContain('SITE_URL=https://your.address npm run build');
	});

	it('says nothing when SITE_URL is set', () => {
		expect(warningsFor({ SITE_URL: 'https://example.org' })).toEqual([]);
	});
});
