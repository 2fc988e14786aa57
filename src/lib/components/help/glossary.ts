/**
 * The glossary the help panel shows: one entry per GLOSSARY_KEY, in that order. Plain words come first and the
 * technical name after; entries that state a rule of the app (the definition, the sizes, the thresholds) are
 * generated from the code that applies it. Loaded only when help first opens.
 */
import { COLOUR_METHODS_ENTRY } from './colour-methods';
import type { GlossaryEntry, GlossaryText } from './glossary-entry';
import { GLOSSARY_KEYS, type GlossaryKey } from './glossary-keys';
import { METHOD_ENTRIES } from './glossary-methods';
import { PLACE_ENTRIES } from './glossary-places';
import { SERIOUS_VIOLENCE_ENTRY } from './serious-violence';
import { KEYBOARD_ENTRY } from './keyboard';

export type { GlossaryEntry } from './glossary-entry';

/** Typed as a full record, so a key with no entry fails to compile. */
const TEXTS: Readonly<Record<GlossaryKey, GlossaryText>> = {
	'serious-violence': SERIOUS_VIOLENCE_ENTRY,
	'colour-methods': COLOUR_METHODS_ENTRY,
	...PLACE_ENTRIES,
	...METHOD_ENTRIES,
	keyboard: KEYBOARD_ENTRY
};

export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_KEYS.map((key) => ({ key, ...TEXTS[key] }));

export function glossaryEntry(key: GlossaryKey): GlossaryEntry {
	return GLOSSARY.find((e) => e.key === key)!;
}

/** Every word of an entry, lower-cased, for the search box. */
function searchText(e: GlossaryEntry): string {
	const lists = (e.lists ?? []).flatMap((l) => [l.heading, ...l.items.flatMap((i) => [i.term, i.text])]);
	const quotes = (e.quotes ?? []).flatMap((q) => [q.text, q.source]);
	return [e.title, ...e.plain, ...lists, ...quotes, e.technical].join(' ').toLowerCase();
}

const SEARCH = new Map(GLOSSARY.map((e) => [e.key, searchText(e)]));

/** Entries holding every word of the query (any order, any case); all entries for an empty query. */
export function searchGlossary(query: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return entries.filter((e) => words.every((w) => (SEARCH.get(e.key) ?? searchText(e)).includes(w)));
}
