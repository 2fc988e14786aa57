/** Finds a control by id and opens every <details> around it, so focusing it shows it. */
export function revealControl(id: string): HTMLElement | null {
	const control = document.getElementById(id);
	for (let details = control?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
	return control;
}
