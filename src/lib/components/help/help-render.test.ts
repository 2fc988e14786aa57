import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION } from '$lib/analysis/offences/definition';
import { OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS } from '$lib/analysis/offences/groups';
import ExportButtons from '$lib/components/briefing/ExportButtons.svelte';
import DefinitionSetting from '$lib/components/filters/DefinitionSetting.svelte';
import { glossaryEntry } from './glossary';
import HelpButton from './HelpButton.svelte';
import HelpEntry from './HelpEntry.svelte';
import HelpPanel from './HelpPanel.svelte';
import HelpTerm from './HelpTerm.svelte';

const noop = () => {};
/** A <dt> holding exactly this text, whatever scoped class Svelte gives it. */
const dt = (text: string) => new RegExp(`<dt[^>]*>${text.replace(/[()/]/g, '\\$&')}</dt>`);

describe('help components (server render)', () => {
	it('an entry gives its plain words, then its technical name, and serious violence offers "Change the definition"', () => {
		const { body } = render(HelpEntry, { props: { entry: glossaryEntry('serious-violence'), current: true, onaction: noop } });
		expect(body).toContain('id="glossary-serious-violence"');
		expect(body).toMatch(/class="entry[^"]*current/);
		expect(body).toContain('data-testid="help-change-definition"');
		for (const code of DEFAULT_DEFINITION) expect(body).toMatch(dt(OFFENCE_GROUP_LABELS[OFFENCE_GROUP_KEYS[code]]));
		expect(body.indexOf('Technical name:')).toBeGreaterThan(body.indexOf('Counted by default'));
	});

	it('the panel is a labelled modal dialog, closed until asked', () => {
		const { body } = render(HelpPanel);
		expect(body).toMatch(/<dialog[^>]*aria-labelledby="help-panel-title"/);
		expect(body).toMatch(/<dialog[^>]*aria-modal="true"/);
		expect(body).not.toMatch(/<dialog[^>]*\sopen/);
		expect(body).toContain('id="help-panel-title"');
	});

	it('the header button and a "?" say what they open', () => {
		expect(render(HelpButton).body).toMatch(/aria-haspopup="dialog"[^>]*>[\s\S]*Help/);
		const { body } = render(HelpTerm, { props: { entry: 'lsoa', term: 'an LSOA' } });
		expect(body).toContain('aria-label="What is an LSOA? Open the help"');
		expect(body).toContain('data-help="lsoa"');
	});

	it('the definition setting has one control with the id help focuses, and a "?" for serious violence', () => {
		const { body } = render(DefinitionSetting, { props: { definition: null, onchange: noop } });
		expect(body.match(/id="definition-setting"/g)).toHaveLength(1);
		expect(body).toContain('data-help="serious-violence"');
	});

	it('export buttons name the table they export', () => {
		const { body } = render(ExportButtons, { props: { table: () => null, context: null, testid: 'district-export', what: 'district table' } });
		expect(body).toContain('Export district table (CSV)');
		expect(body).toContain('Export district table (XLSX)');
	});
});
