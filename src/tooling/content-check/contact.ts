import type { ContentProblem } from '../../lib/content/problems';

/** What this check reads of an entry as the check reads it. */
interface Entry {
	collection: string;
	file: string;
	data: unknown;
	valid: boolean;
}

/**
 * A warning when readers would have no way to reach the editors: site.yaml gives no
 * contact and no repository, and the build is not given one (the deploy workflow passes
 * the repository as SITE_REPOSITORY). The site still builds, without a contact route or
 * "Report a correction" links; the warning says where to set them.
 */
export function contactProblems(entries: readonly Entry[], env: NodeJS.ProcessEnv = process.env): ContentProblem[] {
	const site = entries.find((entry) => entry.collection === 'site');
	const { contact, repository } = (site?.data ?? {}) as { contact?: string; repository?: string };
	// A site.yaml that fails its schema has its own message; this one would only add to it.
	if (!site?.valid || contact || repository || env['SITE_REPOSITORY']) return [];
	return [
		{
			file: site.file,
			field: 'contact',
			warning: true,
			message:
				'readers have no way to reach the editors, and pages have no "Report a correction" link. Add contact (an email address or a form\'s https:// address) or repository (its GitHub address) here; a deploy by .github/workflows/deploy.yml gives the repository itself.',
		},
	];
}
