/**
 * What the panel says about the sites under the coverage rule: which give no hours or audience (read as any time,
 * all ages) and which it cannot read (covering no time, no one), so the analyst knows what to correct.
 */
import { readAudience } from './audience-ages';
import type { CoverageRule } from './coverage-rule';
import type { Site } from './model';
import { parseOpeningHours } from './opening-hours';

export interface RuleNotes {
	/** Names of sites with no hours (counted at any time) and with hours that cannot be read (covering no time). */
	hoursNotStated: string[];
	hoursUnreadable: string[];
	audienceNotStated: string[];
	audienceUnreadable: string[];
}

export function ruleNotes(sites: readonly Site[], rule: CoverageRule): RuleNotes {
	const notes: RuleNotes = { hoursNotStated: [], hoursUnreadable: [], audienceNotStated: [], audienceUnreadable: [] };
	for (const s of sites) {
		if (rule.time) {
			const h = parseOpeningHours(s.hours);
			if (!h.ok) notes.hoursUnreadable.push(s.name);
			else if (!h.stated) notes.hoursNotStated.push(s.name);
		}
		if (rule.ages) {
			const a = readAudience(s.audience);
			if (!a.ok) notes.audienceUnreadable.push(s.name);
			else if (!a.stated) notes.audienceNotStated.push(s.name);
		}
	}
	return notes;
}
