/** Words readers see for the site's coded values, shared by pages and the search page. */

export const PAPER_STATUS_LABELS = {
	presented: 'Presented at the symposium',
	accepted: 'Accepted by the journal',
	published: 'Published',
} as const;

/** What a page's summaries are, as the search page's summary filter names them. */
export const SUMMARY_LABELS = {
	plain: 'Plain-language summary',
} as const;

/** The kinds of search result; the key is what the URL carries (?type=paper). */
export const RESULT_TYPE_LABELS = {
	paper: 'Paper',
	'key-message': 'Key message',
	commentary: 'Commentary',
	correction: 'Correction',
	person: 'Person',
	session: 'Programme',
	symposium: 'Symposium',
	edition: 'Edition',
} as const;

/** What each kind of correction is called, on its page, in the paper's notice and in feeds. */
export const CORRECTION_KIND_LABELS = {
	correction: 'Correction',
	erratum: 'Erratum',
} as const;

/** How a commentary piece's page names what it answers: "A review of" the paper's title. */
export const RESPONDS_TO_LABELS = {
	review: 'A review of',
	response: 'A response to',
	comment: 'A comment on',
} as const;

/** How the answered entry's page labels each piece under "Responses". */
export const RESPONSE_KIND_LABELS = {
	review: 'Review',
	response: 'Response',
	comment: 'Comment',
} as const;
