/** The glossary's entry on using the page from the keyboard alone (skip links, "/", the map's keys). */
import type { GlossaryText } from './glossary-entry';

export const KEYBOARD_ENTRY: GlossaryText = {
	title: 'Using the page from the keyboard',
	plain: [
		'Every control can be reached with Tab and used with Enter or Space. The first Tab press shows links that skip straight to the map, the place search, the filters or the panels.',
		'Press / (forward slash) anywhere outside a text box to jump to the place search.',
		'On the panel tabs, the left and right arrow keys move between tabs.'
	],
	lists: [
		{
			heading: 'Once the map has focus',
			items: [
				{ term: 'Arrow keys', text: 'move a highlighted hexagon to the nearest drawn hexagon in that direction; the first press picks the one nearest the middle of the map.' },
				{ term: 'Enter or Space', text: 'opens the highlighted hexagon’s detail in the panel.' },
				{ term: 'A', text: 'starts a new site at the highlighted hexagon’s centre, with the site form open.' },
				{ term: '+ and -', text: 'zoom in and out.' },
				{ term: 'Shift and an arrow', text: 'pans the map.' },
				{ term: 'Escape', text: 'clears the highlighted hexagon.' }
			]
		}
	],
	technical: 'Keyboard access (WCAG 2.1.1): skip links, a "/" shortcut to the search combobox, and a focusable map canvas whose arrow keys move a focus cell to the nearest H3 cell centre within 45 degrees of the arrow (MapLibre’s own keyboard panning is replaced).'
};
