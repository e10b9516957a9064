import { element } from '../dom';
import { canLock } from './crypto';
import { localDay, newestFirst, type Entry } from './entry';
import { describeTotal, exportFile, readExport, totalMinutes, type ExportKind } from './export';
import { asFault, FAULT_MESSAGES, unreadableMessages } from './faults';
import { countEntries, formatDay, formatMinutes } from './format';
import { followSummaryLinks, showProblems as showFormProblems } from './error-summary';
import { control, fillForm, readPrefill, resetForm, typedFields } from './form';
import { LearningLog } from './log';
import { passphraseProblems } from './passphrase-problems';
import { memoryStore, openStore } from './store';
import { entryFrom, problemsWith } from './typed-entry';
import { fillSelect, matches, renderEntries, renderRecord, tagsOf, yearsOf, type Filter } from './view';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const app = $('#log-app');
const problems = $('#log-problems');
const unlockSection = $('#unlock-section');
const unlockForm = $<HTMLFormElement>('#unlock-form');
const unlockInput = $<HTMLInputElement>('#unlock-passphrase');
const unlockError = $('#unlock-error');
const openPart = $('#log-open');
const details = $<HTMLDetailsElement>('#entry-details');
const summary = $('#entry-summary');
const form = $<HTMLFormElement>('#entry-form');
const submitButton = $<HTMLButtonElement>('#entry-submit');
const cancelButton = $<HTMLButtonElement>('#entry-cancel');
const entryProblems = $('#entry-problems');
const noticeText = $('#notice-text');
const undoButton = $<HTMLButtonElement>('#undo');
const filters = $('#filters');
const yearSelect = $<HTMLSelectElement>('#filter-year');
const tagSelect = $<HTMLSelectElement>('#filter-tag');
const total = $('#entries-total');
const list = $('#entries');
const importInput = $<HTMLInputElement>('#import-file');
const importStatus = $('#import-status');
const passphraseState = $('#passphrase-state');
const passphraseForm = $<HTMLFormElement>('#passphrase-form');
const newPassphrase = $<HTMLInputElement>('#new-passphrase');
const repeatPassphrase = $<HTMLInputElement>('#repeat-passphrase');
const passphraseSubmit = $<HTMLButtonElement>('#passphrase-submit');
const passphraseStatus = $('#passphrase-status');
const passphraseProblemsBox = $('#passphrase-problems');
const relockButton = $<HTMLButtonElement>('#relock');
const removeButton = $<HTMLButtonElement>('#remove-passphrase');
const record = $('#cpd-record');
const dialog = $<HTMLDialogElement>('#confirm-dialog');

let log: LearningLog;
/** Problems found on opening the log; they stay shown. */
const openingProblems: string[] = [];
/** The last change that failed, if any: shown until the next change is saved. */
let failure = '';
let prefill = readPrefill(location);
let editing: Entry | undefined;
let deleted: Entry | undefined;

const filter = (): Filter => ({ tag: tagSelect.value, year: yearSelect.value });
const allEntries = () => [...log.entries.values()].sort(newestFirst);

function showProblems() {
	const messages = [...openingProblems, ...unreadableMessages(log?.corrupt.size ?? 0, log?.newer.size ?? 0), failure].filter(Boolean);
	problems.hidden = messages.length === 0;
	$('#problem-messages').replaceChildren(...messages.map((message) => element('p', '', message)));
}

/** Runs a change to the log; if it fails, says why and leaves everything, the form included, as it was. */
async function attempt(change: () => Promise<void>, button?: HTMLButtonElement): Promise<boolean> {
	if (button) button.disabled = true;
	try {
		await change();
		failure = '';
		return true;
	} catch (error) {
		failure = asFault(error).message;
		return false;
	} finally {
		if (button) button.disabled = false;
		showProblems();
	}
}

function describeFilter({ tag, year }: Filter): string {
	return `${year ? `Entries from ${year}` : 'All entries'}${tag ? ` tagged “${tag}”` : ''}`;
}

function renderList() {
	const all = allEntries();
	fillSelect(yearSelect, yearsOf(all));
	fillSelect(tagSelect, tagsOf(all));
	filters.hidden = all.length === 0;
	const shown = all.filter((entry) => matches(entry, filter()));
	total.textContent =
		all.length === 0
			? 'There are no entries yet. Use “Add an entry”, or the “Add to my learning log” link at the end of any paper, key message or commentary.'
			: shown.length === all.length
				? describeTotal(all)
				: `${shown.length} of ${countEntries(all.length)} shown, ${formatMinutes(totalMinutes(shown))} in total.`;
	renderEntries(list, shown);
	renderRecord($('#cpd-rows'), shown);
	renderRecordScope();
}

function renderRecordScope() {
	const shown = allEntries().filter((entry) => matches(entry, filter()));
	$('#cpd-total').textContent = formatMinutes(totalMinutes(shown));
	$('#cpd-scope').textContent = log.locked
		? 'Your log is locked: unlock it to print your record.'
		: `From my learning log on ${record.dataset.site}, printed ${formatDay(localDay(new Date()))}. ${describeFilter(filter())}: ${describeTotal(shown)}`;
}

function renderPassphrase() {
	const locking = !log.hasPassphrase;
	passphraseState.textContent = locking
		? 'Your log is not locked: anyone who uses this browser can read it. You can lock it with a passphrase.'
		: 'Your log is locked with a passphrase. It stays open in this tab until you reload or close the page, or choose “Lock now”.';
	relockButton.hidden = locking;
	removeButton.hidden = locking;
	passphraseSubmit.textContent = locking ? 'Lock my log' : 'Change the passphrase';
	const cryptoMissing = !canLock();
	$('#no-crypto').hidden = !cryptoMissing;
	passphraseForm.hidden = cryptoMissing;
}

function render() {
	const locked = log.locked;
	unlockSection.hidden = !locked;
	openPart.hidden = locked;
	// Locked, the log holds no entries: this also takes the last ones shown out of the page.
	renderList();
	renderPassphrase();
	showProblems();
	app.removeAttribute('aria-busy');
}

/** Shows what stops the typed entry being saved, if anything, and says whether it can be. */
function checkEntry(): boolean {
	const problems = problemsWith(typedFields(form));
	showFormProblems(
		form,
		entryProblems,
		problems.map(({ message, fields }) => ({ message, controls: fields.map((name) => control(form, name)) })),
	);
	return problems.length === 0;
}

function startNewEntry() {
	editing = undefined;
	resetForm(form, new Date(), prefill);
	showFormProblems(form, entryProblems, []);
	summary.textContent = 'Add an entry';
	submitButton.textContent = 'Save entry';
	cancelButton.hidden = true;
}

function focusEntry(id: string) {
	document.getElementById(`entry-${id}`)?.focus();
}

function notify(text: string, undo = false) {
	noticeText.textContent = text;
	undoButton.hidden = !undo;
}

/** Asks before a deletion; resolves true only if the reader chose the button named `yes`. */
function confirmAction(title: string, text: string, yes: string): Promise<boolean> {
	$('#confirm-title').textContent = title;
	$('#confirm-text').textContent = text;
	$('#confirm-yes').textContent = yes;
	dialog.returnValue = '';
	dialog.showModal();
	return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true }));
}

function download(kind: ExportKind) {
	const file = exportFile(kind, allEntries(), new Date());
	const link = element('a', '');
	link.href = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
	link.download = file.name;
	link.click();
	// The browser has the file once the click is handled; the address is then freed.
	setTimeout(() => URL.revokeObjectURL(link.href));
}

form.addEventListener('submit', async (event) => {
	event.preventDefault();
	if (!checkEntry()) return;
	const entry = entryFrom(typedFields(form), new Date(), editing);
	const saved = await attempt(() => log.save(entry), submitButton);
	if (!saved) return;
	notify(`${editing ? 'Saved your changes to' : 'Added'} “${entry.title}”.`);
	if (prefill) {
		// The entry from the link is in the log: a reload must not offer it again.
		prefill = undefined;
		history.replaceState(null, '', location.pathname);
	}
	if (!matches(entry, filter())) [yearSelect.value, tagSelect.value] = ['', ''];
	startNewEntry();
	details.open = false;
	renderList();
	focusEntry(entry.id);
});

followSummaryLinks(entryProblems);

cancelButton.addEventListener('click', () => {
	const id = editing?.id;
	startNewEntry();
	details.open = false;
	if (id) list.querySelector<HTMLElement>(`[data-action="edit"][data-id="${id}"]`)?.focus();
});

list.addEventListener('click', async (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
	const entry = button && log.entries.get(button.dataset.id ?? '');
	if (!entry) return;
	if (button.dataset.action === 'edit') {
		editing = entry;
		fillForm(form, entry);
		showFormProblems(form, entryProblems, []);
		summary.textContent = 'Edit an entry';
		submitButton.textContent = 'Save changes';
		cancelButton.hidden = false;
		details.open = true;
		$('#entry-title').focus();
		return;
	}
	const sure = await confirmAction('Delete this entry?', `“${entry.title}” will be deleted from your log. You can undo this straight after.`, 'Delete entry');
	if (!sure || !(await attempt(() => log.remove(entry.id).then(() => undefined)))) return;
	deleted = entry;
	renderList();
	notify(`Deleted “${entry.title}”.`, true);
	undoButton.focus();
});

undoButton.addEventListener('click', async () => {
	const entry = deleted;
	if (!entry || !(await attempt(() => log.save(entry), undoButton))) return;
	deleted = undefined;
	renderList();
	notify(`Put back “${entry.title}”.`);
	focusEntry(entry.id);
});

for (const select of [yearSelect, tagSelect]) select.addEventListener('change', renderList);

document.addEventListener('click', (event) => {
	const kind = (event.target as Element).closest<HTMLElement>('[data-export]')?.dataset.export;
	if (kind) download(kind as ExportKind);
});

$('#print-record').addEventListener('click', () => window.print());
// Printing from the browser's own menu gets today's date too.
addEventListener('beforeprint', renderRecordScope);

importInput.addEventListener('change', async () => {
	const file = importInput.files?.[0];
	if (!file) return;
	const read = readExport(await file.text());
	importInput.value = '';
	if (!read.ok) {
		importStatus.textContent = `“${file.name}” is not a copy of a learning log. Choose a file you downloaded with “Download a copy to add back later (JSON)”.`;
		return;
	}
	let merge = { added: 0, updated: 0, unchanged: 0 };
	if (!(await attempt(async () => void (merge = await log.import(read.entries))))) {
		importStatus.textContent = 'Nothing was added from the file.';
		return;
	}
	renderList();
	const skipped = [
		read.newer > 0 && `${countEntries(read.newer)} from a newer version of this page could not be added: reload the page and try again`,
		read.invalid > 0 && `${countEntries(read.invalid)} could not be read`,
	].filter(Boolean);
	importStatus.textContent = [
		`Added ${countEntries(merge.added)} and updated ${merge.updated}.`,
		merge.unchanged > 0 && `${merge.unchanged} ${merge.unchanged === 1 ? 'was' : 'were'} already in your log.`,
		skipped.length > 0 && `${skipped.join('; ')}.`,
	]
		.filter(Boolean)
		.join(' ');
});

followSummaryLinks(passphraseProblemsBox);

passphraseForm.addEventListener('submit', async (event) => {
	event.preventDefault();
	const problems = passphraseProblems(newPassphrase.value, repeatPassphrase.value);
	const boxes = { new: newPassphrase, repeat: repeatPassphrase };
	showFormProblems(
		passphraseForm,
		passphraseProblemsBox,
		problems.map(({ message, field }) => ({ message, controls: [boxes[field]] })),
	);
	if (problems.length > 0) return;
	const changing = log.hasPassphrase;
	passphraseStatus.textContent = changing ? 'Changing the passphrase…' : 'Locking your log…';
	if (!(await attempt(() => log.setPassphrase(newPassphrase.value), passphraseSubmit))) {
		passphraseStatus.textContent = 'Your passphrase was not changed.';
		return;
	}
	passphraseForm.reset();
	renderPassphrase();
	passphraseStatus.textContent = changing
		? 'Your passphrase is changed. Use the new one from now on.'
		: 'Your log is locked. You will need the passphrase to open it after you reload or close this page.';
});

removeButton.addEventListener('click', async () => {
	const sure = await confirmAction(
		'Remove the passphrase?',
		'Your log will no longer be locked: anyone who uses this browser will be able to read it.',
		'Remove the passphrase',
	);
	if (!sure || !(await attempt(() => log.setPassphrase(null), removeButton))) return;
	renderPassphrase();
	passphraseStatus.textContent = 'The passphrase is removed. Your log is no longer locked.';
	newPassphrase.focus();
});

relockButton.addEventListener('click', () => {
	log.relock();
	// Nothing of the log stays on the page while it is locked, not even a half-written entry.
	startNewEntry();
	render();
	unlockInput.focus();
});

unlockForm.addEventListener('submit', async (event) => {
	event.preventDefault();
	const button = unlockForm.querySelector('button')!;
	button.disabled = true;
	unlockError.textContent = '';
	const opened = await log.unlock(unlockInput.value).finally(() => (button.disabled = false));
	if (!opened) {
		unlockError.textContent = 'That passphrase is not right, so your log is still locked. Nothing has changed. Check that Caps Lock is off, then try again.';
		unlockInput.select();
		return;
	}
	unlockForm.reset();
	details.open = Boolean(prefill) || log.entries.size === 0;
	render();
	$(prefill ? '#entry-learned' : '#entries-title').focus();
});

$('#start-again').addEventListener('click', async () => {
	const sure = await confirmAction(
		'Delete the locked log?',
		'Every entry in it will be deleted, for good. You can then start a new log, and add a copy you downloaded earlier.',
		'Delete the locked log',
	);
	if (!sure || !(await attempt(() => log.startAgain()))) return;
	details.open = true;
	render();
	$('#entries-title').focus();
});

async function start() {
	const { store, fault } = await openStore(() => {
		// Another tab, with a newer version of this page, is upgrading the log: from now on this page only shows it.
		failure = FAULT_MESSAGES.newer;
		app.dataset.mode = 'read-only';
		showProblems();
	});
	if (fault) openingProblems.push(FAULT_MESSAGES[fault]);
	app.dataset.mode = store.mode;
	try {
		log = await LearningLog.open(store);
	} catch {
		openingProblems.push(FAULT_MESSAGES.unopened);
		log = await LearningLog.open(memoryStore());
	}
	if (log.lockUnreadable) openingProblems.push(FAULT_MESSAGES.damagedLock);
	startNewEntry();
	details.open = Boolean(prefill) || log.entries.size === 0;
	// Hidden as the log is drawn, in one go, so the page is never seen empty.
	$('#needs-script').hidden = true;
	render();
	// Arriving from "Add to my learning log", the reader came to write: take them to the form, which a phone would show below the fold.
	if (prefill && !log.locked) summary.focus();
}

void start();
