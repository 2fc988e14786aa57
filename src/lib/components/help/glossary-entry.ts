/** The shape of one glossary entry: plain words first, the technical name after. */
import type { GlossaryKey } from './glossary-keys';

/** A short list inside an entry, e.g. the offence groups counted by default, each with its reason. */
export interface GlossaryList {
	heading: string;
	items: readonly { term: string; text: string }[];
}

export interface GlossaryEntry {
	key: GlossaryKey;
	/** The term in plain words, as a heading. */
	title: string;
	/** What it means, in plain words, one paragraph each. */
	plain: readonly string[];
	lists?: readonly GlossaryList[];
	/** Wording quoted from a source, with where it comes from. */
	quotes?: readonly { text: string; source: string }[];
	/** The technical name and method, for analysts and anyone checking the figures. */
	technical: string;
	/** A control the entry offers: 'change-definition' closes help and focuses the definition setting. */
	action?: 'change-definition';
}

/** An entry before its key is attached (the glossary's record supplies the key). */
export type GlossaryText = Omit<GlossaryEntry, 'key'>;
