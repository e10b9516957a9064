/**
 * Writes a synthetic content folder of N papers with the same shape as content/ and
 * tests/fixtures/edge-cases/content: site.yaml, one symposium and its special edition,
 * people, sessions, papers, messages and commentary. Everything is invented and says so; DOIs use the 10.5555/ test prefix.
 * The same N always gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded, seedFor, type Random } from './random.ts';
import * as words from './vocabulary.ts';

export interface GeneratedContent {
	dir: string;
	papers: string[];
	people: number;
	words: number;
	bytes: number;
}

/**
 * A word that occurs in exactly one paper (the last generated), so a search for it has one
 * result: the bench measures the first search a reader makes for something rare. It is
 * made up, so no other text, name or stem can contain it.
 */
export const RARE_WORD = 'zorvellish';

/** The paper holding RARE_WORD, for a corpus of `count` papers. */
export const rarePaperIndex = (count: number) => count - 1;

/**
 * The paper a reader starts searching from: one in the middle, of the same symposium as the
 * paper the search looks for (rarePaperIndex), as the header's search starts within it.
 */
export const startPaperIndex = (count: number, symposia = 1) => {
	const middle = Math.floor(count / 2);
	return middle - ((((middle - rarePaperIndex(count)) % symposia) + symposia) % symposia);
};

interface Person {
	id: string;
	name: string;
	family: string;
}

const SESSIONS = [
	{ id: 'opening-plenary', title: 'Opening plenary: what partnership is for', day: 10, from: '09:30', to: '11:00', room: 'Main hall' },
	{ id: 'commissioning-together', title: 'Commissioning together', day: 10, from: '11:30', to: '13:00', room: 'Seminar room A' },
	{ id: 'older-people-and-carers', title: 'Older people and their carers', day: 10, from: '14:00', to: '15:30', room: 'Seminar room B' },
	{ id: 'mental-health-partnerships', title: 'Mental health partnerships', day: 11, from: '09:30', to: '11:00', room: 'Seminar room A' },
	{ id: 'measuring-outcomes', title: 'Measuring outcomes', day: 11, from: '11:30', to: '13:00', room: 'Seminar room B' },
	{ id: 'closing-panel', title: 'Closing panel: what happens next', day: 11, from: '14:00', to: '15:30', room: 'Main hall' },
] as const;

const SPECIAL_EDITION_JOURNAL = words.JOURNAL_WORDS[0];

/** The synthetic series' newest symposium, and the special edition that gathers its papers: their file names. */
export const BENCH_SYMPOSIUM = 'bench-2032';
export const BENCH_EDITION = 'bench-special-edition';

/**
 * The k-th symposium of a synthetic series, newest (k = 0) first, one a year: its file
 * name, its edition's, its year, and the suffix its sessions' file names carry (none
 * for the newest, so a series of one is the site it always was).
 */
export function benchSymposium(k: number) {
	return {
		id: k === 0 ? BENCH_SYMPOSIUM : `bench-${2032 - k}`,
		edition: k === 0 ? BENCH_EDITION : `bench-edition-${2032 - k}`,
		year: 2032 - k,
		suffix: k === 0 ? '' : `-${2032 - k}`,
	};
}

/** YAML double-quoted scalars accept JSON strings, which escape anything awkward. */
const q = (text: string) => JSON.stringify(text);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Words as a reader counts them: runs of letters or digits, not markdown's | and -. */
const countWords = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

function slug(text: string, maxWords = 8): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ł/g, 'l')
		.replace(/ø/g, 'o')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.slice(0, maxWords)
		.join('-');
}

/** Every invented place name, in a fixed shuffled order: the front is common, the tail rare. */
function placeNames(): string[] {
	const names = words.NAME_STARTS.flatMap((start) => words.NAME_ENDS.flatMap((end) => words.PLACE_KINDS.map((kind) => `${start}${end}${kind}`)));
	return seeded(seedFor('places', 0)).sample([...new Set(names)], names.length);
}

function people(count: number): Person[] {
	const random = seeded(seedFor('people', 0));
	const families = random.sample(
		words.NAME_STARTS.flatMap((start) => words.NAME_ENDS.map((end) => `${start}${end}`)),
		words.NAME_STARTS.length * words.NAME_ENDS.length,
	);
	const seen = new Set<string>();
	const result: Person[] = [];
	for (let i = 0; result.length < count; i++) {
		const given = random.pick(words.GIVEN_NAMES);
		const family = families[i % families.length] ?? 'Placeholder';
		const name = `${given} ${family}`;
		if (seen.has(name)) continue;
		seen.add(name);
		result.push({ id: slug(name), name, family });
	}
	return result;
}

function personYaml(person: Person, random: Random, places: string[]): string {
	const lines = [
		'# Synthetic person for the build and search benchmark (scripts/bench/cli.ts).',
		`name: ${q(person.name)}`,
		'affiliations:',
		`  - name: ${q(`${random.pick(words.AFFILIATION_KINDS)} ${random.skewed(places)}`)}`,
		'    when: 2032',
	];
	if (random.chance(0.2)) lines.push(`  - name: ${q(`${random.pick(words.AFFILIATION_KINDS)} ${random.skewed(places)}`)}`, '    when: 2030-2032');
	if (random.chance(0.7)) lines.push('roles:', `  - title: ${q(random.pick(words.ROLES))}`, '    when: 2032');
	if (random.chance(0.5)) {
		lines.push(`bio: ${q(`A synthetic researcher who studies ${random.pick(words.CONCEPTS)} for ${random.pick(words.POPULATIONS)}.`)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Sentences: each a function of the paper's random stream and its two study sites. */
type Sentence = (r: Random, sites: readonly [string, string]) => string;

const SENTENCES: Sentence[] = [
	(r, [a]) =>
		`In ${a}, ${r.skewed(words.ACTORS)} reported that ${r.skewed(words.CONCEPTS)} had ${r.pick(words.CHANGES)} ${r.skewed(words.OUTCOMES)} for ${r.skewed(words.POPULATIONS)}.`,
	(r) =>
		`${capitalise(r.skewed(words.CONCEPTS))} is often presented as an answer to fragmented services, but the evidence that it improves ${r.skewed(words.OUTCOMES)} remains ${r.pick(words.ADJECTIVES)}.`,
	(r) =>
		`We used ${r.skewed(words.METHODS)} to examine how ${r.skewed(words.ACTORS)} understood ${r.skewed(words.CONCEPTS)} and what they expected it to change.`,
	(r) =>
		`Of the ${r.int(12, 240)} ${r.skewed(words.ACTORS)} who took part, ${r.int(3, 11)} described ${r.skewed(words.CONCEPTS)} as ${r.pick(words.ADJECTIVES)} rather than transformative.`,
	(r) =>
		`The proportion of ${r.skewed(words.POPULATIONS)} reporting better ${r.skewed(words.OUTCOMES)} rose from ${r.int(20, 50)} per cent to ${r.int(51, 85)} per cent over ${r.int(6, 36)} months.`,
	(r) => `As one ${r.pick(words.ACTOR)} put it, "${r.pick(words.QUOTES)}"`,
	(r) => `These findings echo earlier work on ${r.skewed(words.CONCEPTS)} and suggest that ${r.skewed(words.IDEAS)} matters more than formal structures.`,
	(r, [a, b]) =>
		`The contrast between ${a} and ${b} was instructive: where ${r.skewed(words.ORGANISATIONS)} held the budget, ${r.skewed(words.OUTCOMES)} changed little.`,
	(r) =>
		`${capitalise(r.skewed(words.ACTORS))} and ${r.skewed(words.ACTORS)} did not always agree on what ${r.skewed(words.CONCEPTS)} was for, and this shaped ${r.skewed(words.OUTCOMES)}.`,
	(r) => {
		const [first, second] = r.sample(words.ORGANISATIONS, 2);
		return `Much depended on ${r.skewed(words.IDEAS)}, which ${r.pick(words.CHANGES)} the relationship between ${first} and ${second}.`;
	},
	(r, [a]) =>
		`Over the ${r.int(2, 5)} years of the study, ${r.skewed(words.ORGANISATIONS)} in ${a} moved from ${r.skewed(words.CONCEPTS)} towards ${r.skewed(words.CONCEPTS)}.`,
	(r) => `The effect on ${r.skewed(words.OUTCOMES)} was ${r.pick(words.ADJECTIVES)}, and it was hard to separate from changes in ${r.skewed(words.IDEAS)}.`,
	(r) => `Costs were estimated at ${r.int(120, 9800)} pounds per person per year, compared with ${r.int(120, 9800)} pounds under the previous arrangements.`,
	(r) => `Several ${r.skewed(words.ACTORS)} felt that ${r.skewed(words.CONCEPTS)} had been imposed by national policy rather than chosen locally.`,
	(r) =>
		`For ${r.skewed(words.POPULATIONS)}, the most valued change was ${r.skewed(words.CONCEPTS)}, because it reduced the number of times they had to repeat their story.`,
	(r) => `Evaluating ${r.skewed(words.CONCEPTS)} is difficult because ${r.skewed(words.IDEAS)} and ${r.skewed(words.IDEAS)} confound any simple comparison.`,
	(r, [, b]) =>
		`In ${b}, ${r.skewed(words.ORGANISATIONS)} appointed a joint manager, and ${r.skewed(words.ACTORS)} described the first ${r.int(3, 18)} months as ${r.pick(words.ADJECTIVES)}.`,
	(r) =>
		`We found no evidence that ${r.skewed(words.CONCEPTS)} alone ${r.pick(words.CHANGES)} ${r.skewed(words.OUTCOMES)}, although ${r.skewed(words.ACTORS)} believed that it had.`,
	(r) => `Interviews with ${r.skewed(words.ACTORS)} pointed to ${r.skewed(words.IDEAS)} as the main obstacle to ${r.skewed(words.CONCEPTS)}.`,
	(r) => `Routine data on ${r.skewed(words.OUTCOMES)} were incomplete for ${r.int(8, 40)} per cent of cases, which limits what can be claimed.`,
	(r) =>
		`The literature on ${r.skewed(words.CONCEPTS)} distinguishes between structural integration and integration in practice, and our sites illustrate both.`,
	(r) =>
		`Where ${r.skewed(words.ACTORS)} shared a base with ${r.skewed(words.ACTORS)}, referrals were quicker and ${r.skewed(words.OUTCOMES)} appeared to improve.`,
	(r) =>
		`Future evaluations should attend to ${r.skewed(words.IDEAS)} and collect data on ${r.skewed(words.OUTCOMES)} from ${r.skewed(words.POPULATIONS)} themselves.`,
	(r) =>
		`The ${r.pick(words.ADJECTIVES)} results for ${r.skewed(words.OUTCOMES)} should be read alongside the ${r.pick(words.ADJECTIVES)} results for ${r.skewed(words.OUTCOMES)}.`,
];

function sentence(r: Random, sites: readonly [string, string]): string {
	return r.pick(SENTENCES)(r, sites);
}

function paragraph(r: Random, sites: readonly [string, string]): string {
	return Array.from({ length: r.int(3, 6) }, () => sentence(r, sites)).join(' ');
}

function citationAuthor(r: Random, families: readonly string[]): string {
	return `${r.skewed(families)}, ${r.pick(words.GIVEN_NAMES).charAt(0)}.`;
}

function reference(r: Random, families: readonly string[]): string {
	const authors = Array.from({ length: r.int(1, 3) }, () => citationAuthor(r, families));
	const names = authors.length === 1 ? authors[0] : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
	const title = `${capitalise(r.skewed(words.CONCEPTS))} and ${r.skewed(words.OUTCOMES)} for ${r.skewed(words.POPULATIONS)}`;
	const first = r.int(1, 480);
	return `${names} (${r.int(1988, 2031)}) ${title}. *${r.pick(words.JOURNAL_WORDS)}*, ${r.int(1, 40)}(${r.int(1, 6)}), ${first}–${first + r.int(6, 18)}.`;
}

interface PaperBody {
	mdx: string;
	words: number;
}

/** A body of about `target` words: headings, prose, a list, a table, footnotes, references. */
function paperBody(r: Random, target: number, sites: readonly [string, string], families: readonly string[]): PaperBody {
	const blocks: string[] = [];
	const proseIndexes: number[] = [];
	let count = 0;
	// Every block counts towards the target, so the words a reader sees stay in range.
	const push = (text: string) => {
		count += countWords(text);
		return blocks.push(text) - 1;
	};
	const prose = () => proseIndexes.push(push(paragraph(r, sites)));
	const footnotes = r.int(2, 4);
	const notes = Array.from({ length: footnotes }, () =>
		r.chance(0.5)
			? `A synthetic note: ${r.skewed(words.ACTORS)} in ${r.pick(sites)} were interviewed between ${r.int(2028, 2031)} and ${r.int(2031, 2032)}.`
			: `See also ${reference(r, families)}`,
	);
	const references = Array.from({ length: r.int(4, 8) }, () => reference(r, families)).sort();
	count += countWords(notes.join(' ')) + countWords(references.join(' '));
	const sections = [
		r.pick(words.HEADINGS.opening),
		r.pick(words.HEADINGS.methods),
		r.pick(words.HEADINGS.findings),
		r.pick(words.HEADINGS.discussion),
		r.pick(words.HEADINGS.closing),
	];
	// Share the word budget: findings and discussion get the most, as in real papers.
	const weights = [0.15, 0.15, 0.35, 0.25, 0.1];
	const [a, b] = sites;
	const fixed = count;
	let budget = fixed;
	sections.forEach((heading, index) => {
		push(`## ${heading}`);
		budget += (target - fixed) * (weights[index] ?? 0.2);
		if (index === 1) {
			push(`### ${capitalise(r.skewed(words.METHODS))} in ${a} and ${b}`);
			prose();
			push(
				['The study drew on:', '', ...r.sample(words.METHODS, r.int(3, 6)).map((method) => `- ${capitalise(method)} with ${r.skewed(words.ACTORS)}`)].join(
					'\n',
				),
			);
		}
		if (index === 2) {
			const measures = r.sample(words.OUTCOMES, r.int(3, 5));
			push(`### ${capitalise(r.skewed(words.OUTCOMES))} in the two sites`);
			push(
				[
					`| Measure | ${a} before | ${a} after | ${b} before | ${b} after |`,
					'| --- | --- | --- | --- | --- |',
					...measures.map((m) => `| ${capitalise(m)} | ${r.int(10, 90)} | ${r.int(10, 90)} | ${r.int(10, 90)} | ${r.int(10, 90)} |`),
				].join('\n'),
			);
		}
		let first = true;
		while (count < budget) {
			if (!first && r.chance(0.3)) push(`### ${capitalise(r.skewed(words.CONCEPTS))} and ${r.skewed(words.IDEAS)}`);
			prose();
			first = false;
		}
	});
	// Attach footnote markers to prose paragraphs spread through the text.
	r.sample(proseIndexes, footnotes)
		.sort((x, y) => x - y)
		.forEach((index, n) => {
			blocks[index] = `${blocks[index]}[^${n + 1}]`;
		});
	blocks.push('## References', references.map((ref) => `- ${ref}`).join('\n'));
	notes.forEach((note, n) => blocks.push(`[^${n + 1}]: ${note}`));
	return { mdx: `${blocks.join('\n\n')}\n`, words: count };
}

/** One synthetic paper: its words apart from its metadata, and this site's MDX file. */
export interface Paper {
	id: string;
	title: string;
	plainSummary: string;
	abstract?: string;
	/** The MDX after the frontmatter. */
	body: string;
	/** The whole file for content/papers/. */
	mdx: string;
	words: number;
}

/** What every paper draws its names and places from; the people also get files of their own. */
interface Corpus {
	pool: Person[];
	places: string[];
	families: string[];
}

function corpus(paperCount: number): Corpus {
	// About one person per paper: most write two to four papers, as at a real meeting.
	const pool = people(Math.max(24, Math.round(paperCount * 0.9)));
	return { pool, places: placeNames(), families: pool.map((person) => person.family) };
}

/**
 * The papers of a corpus of `count`, one at a time, so 10,000 of them are never all held at
 * once; with `symposia` above 1, dealt in turn to the symposia of a series.
 */
export function* syntheticPapers(count: number, base = corpus(count), symposia = 1): Generator<Paper> {
	for (let index = 0; index < count; index++) yield paper(index, index === rarePaperIndex(count), base, benchSymposium(index % symposia));
}

function paper(index: number, rare: boolean, { pool, places, families }: Corpus, symposium = benchSymposium(0)): Paper {
	const r = seeded(seedFor('paper', index));
	const sites = [r.skewed(places), r.skewed(places)] as const;
	const concept = r.skewed(words.CONCEPTS);
	const titles = [
		() => `${capitalise(concept)} and ${r.skewed(words.OUTCOMES)} for ${r.skewed(words.POPULATIONS)}: ${r.pick(words.SUBTITLES)}`,
		() => `Can ${concept} improve ${r.skewed(words.OUTCOMES)}? Evidence from ${sites[0]}`,
		() => `${capitalise(r.pick(words.ADJECTIVES))} gains: ${concept} in ${sites[0]} and ${sites[1]}`,
		() => `${capitalise(r.skewed(words.ACTORS))} and ${concept}: ${r.pick(words.SUBTITLES)}`,
	];
	const title = r.pick(titles)();
	const plainSummary = `Made-up paper ${index + 1}. Staff in ${sites[0]} tried a new way to work as one team. It asks what that did for the people they help, and for their carers.`;
	const id = `${slug(title, 7)}-${index + 1}`;
	const themes = r.sample(words.THEMES, r.int(1, 3));
	const status = r.pick(['presented', 'presented', 'accepted', 'accepted', 'published', 'published', 'published'] as const);
	const authorCount = r.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
	const authors = r.chance(0.02) ? 'not-known' : r.sample(pool, authorCount).map((person) => person.id);
	const session = r.chance(0.85) ? r.pick(SESSIONS) : undefined;

	const fm = [
		`# Synthetic paper ${index + 1} for the build and search benchmark (scripts/bench/cli.ts).`,
		`title: ${q(title)}`,
		`symposium: ${symposium.id}`,
		authors === 'not-known' ? 'authors: not-known' : ['authors:', ...authors.map((id) => `  - ${id}`)].join('\n'),
		// Plain words, as the check asks of every plain-language summary (a Flesch reading ease of 60 or more).
		`plainSummary: ${q(plainSummary)}`,
	];
	const abstract = r.chance(0.4) ? `${sentence(r, sites)} ${sentence(r, sites)} ${sentence(r, sites)}` : undefined;
	if (abstract) fm.push(`abstract: ${q(abstract)}`);
	fm.push(['themes:', ...themes.map((theme) => `  - ${theme}`)].join('\n'));
	if (session) fm.push(`session: ${session.id}${symposium.suffix}`);
	fm.push(`status: ${status}`);
	// Synthetic papers are the synthetic symposium's own: given there, and in its edition once accepted.
	fm.push('presentedAtSymposium: confirmed');
	if (status !== 'presented') fm.push('inEdition: confirmed', `edition: ${symposium.edition}`);
	if (status === 'published') fm.push(`doi: 10.5555/bench.${pad(index + 1, 5)}`);
	if (status !== 'presented') {
		const journal = [`journal:`, `  title: ${q(r.chance(0.8) ? SPECIAL_EDITION_JOURNAL : r.pick(words.JOURNAL_WORDS))}`];
		if (status === 'published') {
			// Pages for most published papers, none for some, so edition order has both.
			journal.push('  volume: "40"', `  issue: "${r.int(1, 4)}"`);
			if (r.chance(0.8)) {
				const first = r.int(1, 900);
				journal.push(`  pages: ${first}-${first + r.int(8, 20)}`);
			}
		}
		fm.push(journal.join('\n'));
	}
	const dates = ['dates:'];
	if (session) dates.push(`  presented: ${symposium.year}-06-${session.day}`);
	if (status !== 'presented') dates.push(`  accepted: "${symposium.year}-${pad(r.int(7, 12))}"`);
	if (status === 'published') dates.push(`  published: "${symposium.year + 1}-${pad(r.int(1, 12))}"`);
	if (dates.length > 1) fm.push(dates.join('\n'));
	if (r.chance(0.5)) fm.push('licence: CC BY 4.0');

	// The last paragraph of a section may overshoot its share by one paragraph (~100 words).
	const generated = paperBody(r, r.int(1500, 3750), sites, families);
	// Added after everything random is drawn, so the other papers stay as they were.
	const rareNote = `In ${sites[0]} the team called this way of working ${RARE_WORD}, a name heard nowhere else.`;
	const body = rare ? generated.mdx.replace('\n## References\n', `\n${rareNote}\n\n## References\n`) : generated.mdx;
	return {
		id,
		title,
		plainSummary,
		...(abstract ? { abstract } : {}),
		body,
		mdx: `---\n${fm.join('\n')}\n---\n\n${body}`,
		words: generated.words + (rare ? countWords(rareNote) : 0),
	};
}

function siteYaml(): string {
	return `# Synthetic site settings for the build and search benchmark (scripts/bench/cli.ts).
title: Bench symposia
oldAddresses:
  programme: ${BENCH_SYMPOSIUM}
  specialEdition: ${BENCH_EDITION}
`;
}

function symposiumYaml(k: number): string {
	const { year } = benchSymposium(k);
	return `# Synthetic symposium for the build and search benchmark (scripts/bench/cli.ts).
title: Synthetic benchmark symposium on health and social care partnerships${k === 0 ? '' : `, ${year}`}
shortTitle: Bench symposium${k === 0 ? '' : ` ${year}`}
question: >-
  Do partnerships between health and social care improve outcomes for the people who
  use services and their carers, and how would an invented benchmark know?
summary: >-
  An invented two-day meeting of commissioners, practitioners, researchers and carers,
  generated to measure how the site builds and searches at scale.
host:
  name: Bench Institute of Health and Social Care
  parent: Synthetic University
status: held
held: ${year}-06-10
ends: ${year}-06-11
venue: Placeholder Hall
international: true
participants:
  - commissioners
  - practitioners
  - researchers
  - carers
${k === 0 ? 'reportedIn: bench-weekly-report\n' : ''}`;
}

function editionYaml(editors: readonly Person[], k: number): string {
	const { id, year } = benchSymposium(k);
	return `# Synthetic special edition for the build and search benchmark (scripts/bench/cli.ts).
kind: special-issue
title: Partnerships in health and social care${k === 0 ? '' : `, ${year}`}
journal:
  title: ${SPECIAL_EDITION_JOURNAL}
  issn: "2049-3959"
  publisher: Placeholder Press
volume: "${40 - k}"
guestEditors:
${editors.map((person) => `  - ${person.id}`).join('\n')}
symposia:
  - ${id}
status: published
note: >-
  The synthetic special edition spans four issues of volume 40.
`;
}

function sessionYaml(session: (typeof SESSIONS)[number], order: number, chair: Person, k: number): string {
	const { id, year } = benchSymposium(k);
	return `# Synthetic session for the build and search benchmark.
title: ${q(session.title)}
symposium: ${id}
order: ${order}
start: ${year}-06-${session.day}T${session.from}:00+01:00
end: ${year}-06-${session.day}T${session.to}:00+01:00
room: ${session.room}, Placeholder Hall
chair: ${chair.id}
`;
}

const MESSAGES = [
	{
		id: 'start-from-the-person',
		title: 'Start from the person, not the structure',
		summary: 'Partnerships helped where they began with what people and carers said they needed.',
		plainSummary: 'Teams did best when they first asked people and carers what they need.',
	},
	{
		id: 'share-the-record',
		title: 'Share the record, not just the building',
		summary: "Staff who could read one another's notes made fewer repeat visits.",
		plainSummary: "When staff can read each other's notes, people tell their story less often.",
	},
	{
		id: 'measure-what-matters-to-carers',
		title: 'Measure what matters to carers',
		summary: 'Evaluations seldom asked carers about the outcomes they valued.',
		plainSummary: 'Studies seldom asked carers what mattered most to them.',
	},
	{
		id: 'one-team-one-front-door',
		title: 'One team, one front door',
		summary: 'A single referral route did more than pooled budgets alone.',
		plainSummary: 'One way in to get help did more than a shared pot of money.',
	},
] as const;

function messageMdx(message: (typeof MESSAGES)[number], order: number, evidence: readonly string[], r: Random, sites: readonly [string, string]): string {
	return `---
# Synthetic key message for the build and search benchmark.
symposium: ${BENCH_SYMPOSIUM}
order: ${order}
title: ${q(message.title)}
summary: ${q(message.summary)}
plainSummary: ${q(message.plainSummary)}
evidence:
${evidence.map((id) => `  - paper: ${id}`).join('\n')}
reportedIn: bench-weekly-report
lastReviewed: 2032-07-0${order}
---

${paragraph(r, sites)}

${paragraph(r, sites)}
`;
}

function commentaryFiles(authors: readonly Person[], related: readonly string[], r: Random, sites: readonly [string, string]): Record<string, string> {
	return {
		'bench-editors-reflections.mdx': `---
# Synthetic commentary (full text) for the build and search benchmark.
title: What the synthetic symposium asks of partnership teams
symposium: ${BENCH_SYMPOSIUM}
authors:
  - ${authors[0]?.id}
  - ${authors[1]?.id}
date: 2032-07-01
standfirst: >-
  The invented guest editors reflect on two days of debate.
text: full-text
discussion:
  writtenBy: the benchmark's invented editors
  questions:
    - Who owns the journey home from hospital in your area?
    - Which of your records could a colleague in another service read today?
relatedPapers:
${related.map((id) => `  - ${id}`).join('\n')}
relatedMessages:
  - start-from-the-person
  - share-the-record
---

## What we heard

${paragraph(r, sites)}

- ${capitalise(r.pick(words.CONCEPTS))} mattered more than structures.
- ${capitalise(r.pick(words.ACTORS))} asked for clearer accountability.
- Carers are still too often left out of how we judge success.

## What we would ask of teams

${paragraph(r, sites)}
`,
		'bench-weekly-report.mdx': `---
# Synthetic commentary (summary of a piece elsewhere) for the build and search benchmark.
title: Synthetic symposium calls for one front door
symposium: ${BENCH_SYMPOSIUM}
authors:
  - ${authors[2]?.id}
date: 2032-06-20
standfirst: >-
  Writing in an invented weekly, the host reported the symposium's main messages.
text: summary
source:
  publication: Bench Weekly
  date: 2032-06-20
  url: https://example.org/bench-weekly/2032/06/20/symposium/
relatedPapers:
  - ${related[0]}
relatedMessages:
  - one-team-one-front-door
---

${paragraph(r, sites)}
`,
	};
}

/**
 * Writes the whole content folder into `dir` (which must not exist or be empty): a series of
 * `symposiumCount` symposia, a year apart, each with its sessions and its special edition,
 * the papers dealt among them in turn; the key messages and commentary are the newest's.
 */
export function generateContent(dir: string, paperCount: number, symposiumCount = 1): GeneratedContent {
	const series = Array.from({ length: symposiumCount }, (_, k) => k);
	const base = corpus(paperCount);
	const { pool, places } = base;
	let bytes = 0;
	const write = (path: string, text: string) => {
		writeFileSync(join(dir, path), text);
		bytes += Buffer.byteLength(text);
	};
	for (const folder of ['symposia', 'editions', 'people', 'sessions', 'papers', 'messages', 'commentary']) mkdirSync(join(dir, folder), { recursive: true });

	pool.forEach((person, index) => write(`people/${person.id}.yaml`, personYaml(person, seeded(seedFor('person', index)), places)));
	for (const k of series) {
		const { suffix } = benchSymposium(k);
		SESSIONS.forEach((session, index) =>
			write(`sessions/${session.id}${suffix}.yaml`, sessionYaml(session, index + 1, pool[index % pool.length] as Person, k)),
		);
	}

	const ids: string[] = [];
	let totalWords = 0;
	for (const generated of syntheticPapers(paperCount, base, symposiumCount)) {
		ids.push(generated.id);
		totalWords += generated.words;
		write(`papers/${generated.id}.mdx`, generated.mdx);
	}

	const r = seeded(seedFor('site', 0));
	const sites = [r.pick(places), r.pick(places)] as const;
	MESSAGES.forEach((message, index) => {
		write(`messages/${message.id}.mdx`, messageMdx(message, index + 1, r.sample(ids, Math.min(ids.length, r.int(3, 6))), r, sites));
	});
	const editors = pool.slice(0, 3);
	for (const [name, text] of Object.entries(commentaryFiles(editors, r.sample(ids, Math.min(ids.length, 3)), r, sites))) write(`commentary/${name}`, text);
	write('site.yaml', siteYaml());
	for (const k of series) {
		write(`symposia/${benchSymposium(k).id}.yaml`, symposiumYaml(k));
		write(`editions/${benchSymposium(k).edition}.yaml`, editionYaml(editors.slice(0, 2), k));
	}

	return { dir, papers: ids, people: pool.length, words: totalWords, bytes };
}
