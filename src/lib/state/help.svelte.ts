/**
 * Which glossary entry the help panel shows, if any. One instance for the page: a "?" anywhere opens the entry
 * it names, and closing returns focus to the "?" that opened it.
 */
import type { GlossaryKey } from '$lib/components/help/glossary-keys';

export class HelpState {
	open = $state(false);
	/** The entry to scroll to and highlight; null shows the glossary from the top. */
	entry = $state<GlossaryKey | null>(null);
	#opener: HTMLElement | null = null;

	show(entry: GlossaryKey | null = null, opener: HTMLElement | null = null): void {
		this.entry = entry;
		this.open = true;
		this.#opener = opener;
	}

	close(): void {
		this.open = false;
		this.#opener?.focus();
		this.#opener = null;
	}
}

export const help = new HelpState();
