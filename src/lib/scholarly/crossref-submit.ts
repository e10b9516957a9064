/**
 * Sends a deposit to Crossref as its documentation for HTTPS POST describes: a
 * multipart/form-data request to the deposit servlet with operation=doMDUpload, the
 * account's login_id and login_passwd, and the file as fname. Crossref answers at once
 * that it has queued the file; what became of each DOI arrives later, by email to the
 * depositor named in the file.
 */

/** Crossref's live and test systems: a deposit to the test system registers nothing. */
export const CROSSREF_DEPOSIT_URL = 'https://doi.crossref.org/servlet/deposit';
export const CROSSREF_TEST_DEPOSIT_URL = 'https://test.crossref.org/servlet/deposit';

export interface Submission {
	endpoint: string;
	loginId: string;
	password: string;
	fileName: string;
	xml: string;
}

export interface SubmissionReply {
	ok: boolean;
	status: number;
	/** What Crossref said, as text: an HTML page saying the file was queued, or why not. */
	body: string;
}

export async function submitDeposit({ endpoint, loginId, password, fileName, xml }: Submission): Promise<SubmissionReply> {
	const form = new FormData();
	form.set('operation', 'doMDUpload');
	form.set('login_id', loginId);
	form.set('login_passwd', password);
	form.set('fname', new Blob([xml], { type: 'application/xml' }), fileName);
	const response = await fetch(endpoint, { method: 'POST', body: form });
	return { ok: response.ok, status: response.status, body: await response.text() };
}
