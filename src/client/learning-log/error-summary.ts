import { element } from '../dom';

/** A problem to show: what to do, and the boxes it is about; the first is the one its link goes to. */
export interface ShownProblem {
	message: string;
	controls: HTMLElement[];
}

const ERROR_CLASS = 'error-message';

/** The part of the form that holds a box, its label or legend, hint and message: a `.field`, or the date's fieldset. */
const fieldOf = (control: HTMLElement) => control.closest<HTMLElement>('.field')!;

/** What reads the message out with the box: the fieldset of a group of boxes, else the box itself. */
const describedOf = (field: HTMLElement, control: HTMLElement) => (field instanceof HTMLFieldSetElement ? field : control);

function describedBy(target: HTMLElement, id: string, add: boolean) {
	const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((known) => known && known !== id);
	if (add) ids.push(id);
	if (ids.length > 0) target.setAttribute('aria-describedby', ids.join(' '));
	else target.removeAttribute('aria-describedby');
}

function clearProblems(form: HTMLElement) {
	for (const message of form.querySelectorAll<HTMLElement>(`.${ERROR_CLASS}`)) {
		for (const target of form.querySelectorAll<HTMLElement>(`[aria-describedby~="${message.id}"]`)) describedBy(target, message.id, false);
		message.closest('.field')?.classList.remove('has-error');
		message.remove();
	}
	for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
}

/** Puts the message under the field's label and hint, as GOV.UK does, where it is seen before the box. */
function showInline(problem: ShownProblem) {
	const [first] = problem.controls;
	const field = fieldOf(first!);
	const message = element('p', ERROR_CLASS, element('span', 'visually-hidden', 'Error: '), problem.message);
	message.id = `${describedOf(field, first!).id}-error`;
	const hint = field.querySelector('.hint');
	const heading = field.querySelector(':scope > legend, :scope > label');
	(hint ?? heading)!.after(message);
	field.classList.add('has-error');
	describedBy(describedOf(field, first!), message.id, true);
	for (const control of problem.controls) control.setAttribute('aria-invalid', 'true');
}

function summaryLink(problem: ShownProblem): HTMLLIElement {
	const link = element('a', '', problem.message);
	link.href = `#${problem.controls[0]!.id}`;
	return element('li', '', link);
}

/**
 * Shows every problem with a form at once, in the GOV.UK error summary pattern: a box at
 * the top, which takes focus, lists each problem as a link to its box, and each box says
 * its own problem and is marked invalid. What was typed is left as it was. With no problems,
 * the form is shown as clean.
 */
export function showProblems(form: HTMLFormElement, summary: HTMLElement, problems: readonly ShownProblem[]): void {
	clearProblems(form);
	summary.querySelector('ul')!.replaceChildren(...problems.map(summaryLink));
	summary.hidden = problems.length === 0;
	if (problems.length === 0) return;
	problems.forEach(showInline);
	summary.focus();
}

/**
 * A summary's link focuses its box and scrolls its label or legend into view with it, as
 * GOV.UK's does: following the link alone would put the box at the top of the screen,
 * its label above out of sight, and some browsers would not move focus to it.
 */
export function followSummaryLinks(summary: HTMLElement): void {
	summary.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		const control = link && document.getElementById(link.hash.slice(1));
		if (!control) return;
		event.preventDefault();
		const heading = control.closest('fieldset')?.querySelector('legend') ?? (control as HTMLInputElement).labels?.[0] ?? control;
		heading.scrollIntoView();
		control.focus({ preventScroll: true });
	});
}
