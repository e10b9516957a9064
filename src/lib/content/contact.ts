import { REPOSITORY_ADDRESS } from '../../schemas/site';
/** What site.yaml says of where the site is kept and how readers reach its editors. */
interface Settings {
	repository?: string | undefined;
	contact?: string | undefined;
}

/**
 * The repository the site is built from: site.yaml's, else the one the deploy workflow
 * passes as SITE_REPOSITORY (GitHub gives every workflow its repository), so a deployed
 * site has "Report a correction" links and a contact route without anyone writing them in.
 */
export function repositoryFrom(settings: Settings, env: NodeJS.ProcessEnv = process.env): string | undefined {
	const given = env['SITE_REPOSITORY'];
	if (settings.repository || !given) return settings.repository;
	if (!REPOSITORY_ADDRESS.test(given)) {
		throw new Error(`SITE_REPOSITORY is "${given}", which is not a repository's address on GitHub: it should look like https://github.com/owner/name.`);
	}
	return given;
}

/** A way for readers to reach the editors, to end a sentence: "please {lead} <a href>{text}</a>". */
export interface ContactRoute {
	lead: string;
	href: string;
	text: string;
}

/** site.yaml's contact (an email address or a form), else a new issue in the repository; nothing when there is neither. */
export function contactRoute({ contact, repository }: Settings): ContactRoute | undefined {
	if (contact?.startsWith('https://')) return { lead: 'use', href: contact, text: 'the contact form' };
	if (contact) return { lead: 'write to', href: `mailto:${contact}`, text: contact };
	if (repository) return { lead: 'open', href: `${repository}/issues/new`, text: 'an issue on GitHub' };
	return undefined;
}
