/**
 * Which glossary entry the help panel shows, if any. One instance for the page: a "?" anywhere opens the entry
 * it names, and closing returns focus to the "?" that opened it (or to a control the panel names).
 */
import { tick } from 'svelte';

/** Entries are named by key (components/help/glossary-keys.ts); state imports no components, so here a key is text. */
export class HelpState {
	open = $state(false);
	/** The entry to scroll to and highlight; null shows the glossary from the top. */
	entry = $state<string | null>(null);
	#opener: HTMLElement | null = null;
	/** Brings a control the help points to on screen first (the page unfolds a folded panel). */
	showControls: () => Promise<void> = async () => undefined;

	show(entry: string | null = null, opener: HTMLElement | null = null): void {
		this.entry = entry;
		this.open = true;
		// Moving to another entry from inside the panel keeps the control that first opened it.
		if (!opener?.closest('[data-help-panel]')) this.#opener = opener;
	}

	/**
	 * Closes the panel, then focuses `focus` once the modal has gone; the control that opened it when `focus` is
	 * not given or cannot take focus (hidden in a closed tab, say).
	 */
	async close(focus: HTMLElement | null = null): Promise<void> {
		const opener = this.#opener;
		this.open = false;
		this.#opener = null;
		// While the modal dialog is open the rest of the page is inert and cannot take focus.
		await tick();
		for (const target of [focus, opener]) {
			target?.focus();
			if (target && document.activeElement === target) return;
		}
	}
}

export const help = new HelpState();
