/**
 * What a key does in the place-search combobox (the WAI-ARIA combobox pattern with a list popup):
 * arrows move through the options and wrap, Enter picks, Escape closes the list and then clears the box.
 */

export interface ComboboxState {
	/** Highlighted option, -1 for none. */
	readonly active: number;
	readonly count: number;
	readonly open: boolean;
}

export type ComboboxAction =
	| { readonly type: 'move'; readonly active: number }
	| { readonly type: 'pick'; readonly index: number; readonly setDistrict: boolean }
	| { readonly type: 'close' }
	| { readonly type: 'clear' };

export interface ComboboxKey {
	readonly key: string;
	/** Shift+Enter also sets the district filter. */
	readonly shiftKey?: boolean;
	readonly altKey?: boolean;
}

/** The action for a key, or null to let the input handle it (typing, cursor keys within the text). */
export function comboboxKey({ key, shiftKey = false, altKey = false }: ComboboxKey, state: ComboboxState): ComboboxAction | null {
	const { active, count, open } = state;
	switch (key) {
		case 'ArrowDown':
			if (count === 0) return null;
			// Alt+Down opens the list without moving into it, as the pattern suggests.
			if (!open) return { type: 'move', active: altKey ? -1 : 0 };
			if (altKey) return { type: 'move', active };
			return { type: 'move', active: active + 1 >= count ? 0 : active + 1 };
		case 'ArrowUp':
			if (count === 0) return null;
			if (!open) return { type: 'move', active: count - 1 };
			return { type: 'move', active: active <= 0 ? count - 1 : active - 1 };
		case 'Home':
		case 'End':
			if (!open || count === 0 || active < 0) return null;
			return { type: 'move', active: key === 'Home' ? 0 : count - 1 };
		case 'Enter':
			// With nothing highlighted, Enter takes the best match: typing a name and pressing Enter goes there.
			if (count === 0) return null;
			return { type: 'pick', index: active >= 0 ? active : 0, setDistrict: shiftKey };
		case 'Escape':
			return open ? { type: 'close' } : { type: 'clear' };
		default:
			return null;
	}
}
