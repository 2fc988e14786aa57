/**
 * The one form names and queries are compared in: lower case, accents and punctuation dropped, "&" read as
 * "and" and "saint" as "st", so "St. Mary's Bay", "st marys bay" and "Saint Mary's Bay" are the same key.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Apostrophes and full stops join ("Mary's" -> "marys"); every other non-alphanumeric separates words.
const JOINERS = /['\u2018\u2019.]/g;
const SEPARATORS = /[^a-z0-9]+/g;

export function normaliseName(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(JOINERS, '')
		.replace(SEPARATORS, ' ')
		.trim()
		.split(' ')
		.filter((w) => w.length > 0);
	return words.map((w) => (w === 'saint' ? 'st' : w)).join(' ');
}
