import { describe, expect, it } from 'vitest';
import { checkStyleUrl } from './online-style';

describe('checkStyleUrl', () => {
	it.each([
		['', ''],
		['   ', ''],
		['https://tiles.example.org/style.json', 'https://tiles.example.org/style.json'],
		[' http://localhost:8080/s.json ', 'http://localhost:8080/s.json']
	])('accepts %j', (input, url) => {
		expect(checkStyleUrl(input)).toEqual({ ok: true, url });
	});

	it.each([
		['style.json', /not a URL/],
		['ftp://example.org/style.json', /Only http and https/],
		['javascript:alert(1)', /Only http and https/]
	])('rejects %j', (input, message) => {
		const result = checkStyleUrl(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});
});
