import { describe, expect, it } from 'vitest';
import { coverageRuleFromParam, coverageRuleToParam, describeCoverageRule, marginText, SPACE_ONLY, type CoverageRule } from './coverage-rule';

describe('coverage rule in a link', () => {
	it.each<[CoverageRule, string | null]>([
		[SPACE_ONLY, null],
		[{ time: true, marginMinutes: 0, ages: false }, 'time'],
		[{ time: true, marginMinutes: 60, ages: false }, 'time.margin60'],
		[{ time: false, marginMinutes: 0, ages: true }, 'ages'],
		[{ time: true, marginMinutes: 30, ages: true }, 'time.margin30.ages']
	])('%o <-> %s', (rule, param) => {
		expect(coverageRuleToParam(rule)).toBe(param);
		expect(coverageRuleFromParam(param ?? '')).toEqual({ ok: true, rule });
	});

	it('ignores a margin when time is off, and reads parts in any order', () => {
		expect(coverageRuleToParam({ time: false, marginMinutes: 60, ages: true })).toBe('ages');
		expect(coverageRuleFromParam('ages.margin15.time')).toEqual({ ok: true, rule: { time: true, marginMinutes: 15, ages: true } });
		expect(coverageRuleFromParam('space')).toEqual({ ok: true, rule: SPACE_ONLY });
	});

	it.each([
		['hours', 'unknown_part'],
		['time.margin', 'bad_margin'],
		['time.margin241', 'bad_margin'],
		['margin60', 'margin_without_time'],
		['time.time', 'repeated_part'],
		['space.time', 'unknown_part']
	])('refuses %s with %s', (text, code) => {
		const r = coverageRuleFromParam(text);
		expect(r.ok ? null : r.error.code).toBe(code);
	});
});

describe('coverage rule in words', () => {
	it('says which rule is on', () => {
		expect(describeCoverageRule(SPACE_ONLY)).toBe('Space only: an incident counts as covered when it is inside a catchment');
		expect(describeCoverageRule({ time: true, marginMinutes: 90, ages: true })).toBe(
			"Space, hours and ages: an incident counts as covered when it is inside a catchment and within the site's opening hours, 1 h 30 min either side and within the site's audience ages"
		);
		expect([marginText(15), marginText(60), marginText(0)]).toEqual(['15 min', '1 h', '0 min']);
	});
});
