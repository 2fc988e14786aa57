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

	/**
	 * @param allowed hosts the page's security policy lets it reach (null: no policy, as in dev); an empty list
	 * means an offline-only build, where the panel offers no online style.
	 */
	constructor(
		private readonly buildDefault: string,
		private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
		readonly allowed: readonly string[] | null = null
	) {
		const saved = storage?.getItem(STORAGE_KEY);
		const initial = checkStyleUrl(saved ?? buildDefault, allowed);
		this.onlineStyleUrl = initial.ok ? initial.url : '';
	}

	/** False in a build whose policy lets it reach no map server. */
	get canGoOnline(): boolean {
		return this.allowed === null || this.allowed.length > 0;
	}

	get isOffline(): boolean {
		return this.onlineStyleUrl === '';
	}

	/** Applies what the user typed; keeps the current basemap and shows why when the URL is unusable. */
	apply(input: string): boolean {
		const result = checkStyleUrl(input, this.allowed);
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
