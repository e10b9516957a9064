/**
 * npm run crossref -- <edition or symposium> [--out deposits] [--submit [--test]] [--content dir]
 *
 * Writes a Crossref deposit (schema 5.4.0) for an edition, or for every edition that
 * gathers a symposium's papers, into deposits/<edition>.xml: only the DOIs under the prefix
 * of site.yaml's crossref block. Content that lacks what a deposit needs is refused, every
 * problem on one line as npm run check words them, and nothing is written. A site with no
 * crossref block deposits nothing, and says so. Each paper's references are read from the
 * References section of its text, as its JATS file lists them.
 *
 * --submit then posts each file to Crossref (--test: to its test system), with the account
 * in CROSSREF_LOGIN_ID and CROSSREF_LOGIN_PASSWD; CROSSREF_DEPOSIT_URL overrides the address.
 * SITE_URL is the site's public address: each DOI resolves to its page there.
 */
import '../src/lib/build/load-src.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string', default: 'deposits' },
		submit: { type: 'boolean', default: false },
		test: { type: 'boolean', default: false },
		content: { type: 'string' },
	},
});
const contentDir = resolve(root, values.content ?? process.env['CONTENT_DIR'] ?? 'content');

const { collections } = await import('../src/content.config.ts');
const { readSite } = await import('../src/tooling/site-reader.ts');
const { formatProblem } = await import('../src/lib/content/problems.ts');
const { parseFieldPath } = await import('../src/lib/content/field-paths.ts');
const { suggest } = await import('../src/lib/suggest.ts');
const { crossrefDeposit } = await import('../src/lib/scholarly/crossref.ts');
const { renderEntryFile } = await import('../src/prose/entry-html.ts');
const { referenceTexts } = await import('../src/prose/references.ts');
const { CROSSREF_DEPOSIT_URL, CROSSREF_TEST_DEPOSIT_URL, submitDeposit } = await import('../src/lib/scholarly/crossref-submit.ts');

/** Stops with one line per problem, as npm run check words them, having written nothing. */
function refuse(lines: string[]): never {
	console.error(`${lines.join('\n')}\n\nNo deposit written.`);
	process.exit(1);
}

const [target, ...extra] = positionals;
if (!target || extra.length > 0) refuse(['Name one edition or symposium: npm run crossref -- <edition or symposium file name>, e.g. fixture-journal-31-2.']);

const reading = await readSite({ root, contentDir, collections });
if (!reading.ok) refuse(reading.problems.map(formatProblem));
const { site, entries } = reading;
const siteFile = relative(root, join(contentDir, 'site.yaml'));

const settings = site.settings.crossref;
if (!settings) {
	console.log(
		`${siteFile} sets no crossref block, so this site deposits no DOIs: the journals that publish its papers register them. A publisher that registers its own adds crossref: (depositor, registrant, prefix) there; EDITING.md says how.`,
	);
	process.exit(0);
}

const symposium = site.symposia.find((candidate) => candidate.id === target);
const editions = symposium ? site.editionsOf(symposium) : site.editions.filter((edition) => edition.id === target);
if (editions.length === 0) {
	const meant = suggest(
		target,
		[...site.editions, ...site.symposia].map(({ id }) => id),
	);
	refuse([
		symposium
			? `No edition gathers the papers of the symposium "${target}" yet: there is nothing to deposit.`
			: `No published edition or symposium "${target}"${meant ? ` (did you mean "${meant}"?)` : ''}: name a file of content/editions/ or content/symposia/, without its extension.`,
	]);
}

const siteUrl = process.env['SITE_URL'];
const problems: string[] = [];
if (!siteUrl) problems.push('SITE_URL: not set. Each DOI resolves to its page at the public address: run SITE_URL=https://your.site npm run crossref -- …');
const credentials = { loginId: process.env['CROSSREF_LOGIN_ID'], password: process.env['CROSSREF_LOGIN_PASSWD'] };
if (values.submit && (!credentials.loginId || !credentials.password)) {
	problems.push(
		"CROSSREF_LOGIN_ID, CROSSREF_LOGIN_PASSWD: not set. --submit sends the deposit with the Crossref account's login: set both in the environment.",
	);
}
if (problems.length > 0) refuse(problems);

const files = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
const located = ({ entry: ref, field, message }: { entry: { collection: string; id: string }; field: string; message: string }) => {
	const entry = files.get(`${ref.collection}/${ref.id}`)!;
	return formatProblem({ file: entry.file, line: entry.lineOf(parseFieldPath(field)), field, message });
};

const now = new Date();
const results = editions.map((edition) => ({
	edition,
	result: crossrefDeposit(edition, site, settings, new URL(siteUrl!), now, (paper) => referenceTexts(renderEntryFile(join(root, paper.filePath!)))),
}));
const refusals = results.flatMap(({ result }) => (result.ok ? [] : result.problems.map(located)));
if (refusals.length > 0) refuse(refusals);

const outDir = resolve(root, values.out);
mkdirSync(outDir, { recursive: true });
for (const { edition, result } of results) {
	if (!result.ok) continue;
	const file = join(outDir, `${edition.id}.xml`);
	writeFileSync(file, result.deposit.xml);
	console.log(`Wrote ${relative(root, file)}: ${result.deposit.dois.join(', ')}`);
	for (const { paper, reason } of result.deposit.leftOut) console.log(`  left out ${paper.id}: ${reason}`);
	if (!values.submit) continue;
	const endpoint = process.env['CROSSREF_DEPOSIT_URL'] ?? (values.test ? CROSSREF_TEST_DEPOSIT_URL : CROSSREF_DEPOSIT_URL);
	const reply = await submitDeposit({
		endpoint,
		loginId: credentials.loginId!,
		password: credentials.password!,
		fileName: `${edition.id}.xml`,
		xml: result.deposit.xml,
	});
	if (!reply.ok) {
		console.error(`Crossref refused ${edition.id}.xml (HTTP ${reply.status}): ${reply.body.trim().slice(0, 500)}`);
		process.exitCode = 1;
		continue;
	}
	console.log(`  sent to ${endpoint}: Crossref emails its report to ${settings.depositor.email}.`);
}
