import { describe, expect, it } from 'vitest';
import { allowedOrigins, checkStyleUrl } from './online-style';

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

	it('accepts only the hosts the build allows, saying which', () => {
		const allowed = ['https://tiles.example.org'];
		expect(checkStyleUrl('https://tiles.example.org/v1/style.json', allowed)).toEqual({ ok: true, url: 'https://tiles.example.org/v1/style.json' });
		const other = checkStyleUrl('https://evil.example.com/style.json', allowed);
		expect(other.ok === false && other.error).toContain('may connect only to https://tiles.example.org, so evil.example.com would be blocked');
		const none = checkStyleUrl('https://tiles.example.org/style.json', []);
		expect(none.ok === false && none.error).toContain('may connect to no map server');
		expect(checkStyleUrl('', []).ok).toBe(true);
	});
});

describe('allowedOrigins', () => {
	it("reads the http(s) origins of the policy's connect-src, none for an offline build, null without a policy", () => {
		expect(allowedOrigins("default-src 'self'; connect-src 'self' data: blob: https://tiles.example.org https://fonts.example.org/x; img-src 'self'")).toEqual(['https://tiles.example.org', 'https://fonts.example.org']);
		expect(allowedOrigins("default-src 'self'; connect-src 'self' data: blob:")).toEqual([]);
		expect(allowedOrigins("default-src 'self'")).toEqual([]);
		expect(allowedOrigins(null)).toBeNull();
	});
});
