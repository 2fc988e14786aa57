import { checkStyleUrl } from './online-style';

const STORAGE_KEY = 'hotspot-atlas:online-style-url';

/**
 * Which basemap the map draws: the offline one built from data/ (default), or an online style URL a
 * user with internet chose, either at build time (ATLAS_BASEMAP_STYLE_URL) or in the layers panel.
 */
export class BasemapSetting {
	/** Empty string = offline basemap. */
	onlineStyleUrl = $state('');
	error = $state('');

	constructor(
		private readonly buildDefault: string,
		private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined
	) {
		const saved = storage?.getItem(STORAGE_KEY);
		const initial = checkStyleUrl(saved ?? buildDefault);
		this.onlineStyleUrl = initial.ok ? initial.url : '';
	}

	get isOffline(): boolean {
		return this.onlineStyleUrl === '';
	}

	/** Applies what the user typed; keeps the current basemap and shows why when the URL is unusable. */
	apply(input: string): boolean {
		const result = checkStyleUrl(input);
		if (!result.ok) {
			this.error = result.error;
			return false;
		}
		this.error = '';
		this.onlineStyleUrl = result.url;
		if (result.url === this.buildDefault) this.storage?.removeItem(STORAGE_KEY);
		else this.storage?.setItem(STORAGE_KEY, result.url);
		return true;
	}
}
