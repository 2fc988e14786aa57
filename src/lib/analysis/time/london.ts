/**
 * Europe/London wall clock <-> UTC instants through Intl, never the machine's time zone.
 */

export interface WallClock {
	readonly year: number;
	/** 1-12 */
	readonly month: number;
	readonly day: number;
	/** 0-23 */
	readonly hour: number;
	readonly minute: number;
	/** Mon = 0 .. Sun = 6 */
	readonly weekday: number;
}

export interface LondonInstant {
	/** Epoch ms of the wall-clock time in London. */
	readonly time: number;
	/** 'repeated': the October hour that happens twice (BST chosen); 'skipped': the March hour that never happens (moved forward). */
	readonly warning: 'none' | 'repeated' | 'skipped';
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/London',
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	weekday: 'short'
});

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const HOUR_MS = 3_600_000;

/** The London wall clock at an instant. */
export function londonWallClock(time: number): WallClock {
	const parts: Record<string, string> = {};
	for (const p of FORMAT.formatToParts(time)) parts[p.type] = p.value;
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour),
		minute: Number(parts.minute),
		weekday: WEEKDAYS[parts.weekday]
	};
}

/** London's offset from UTC in ms at an instant (0 in GMT, 3,600,000 in BST). */
export function londonOffset(time: number): number {
	const w = londonWallClock(time);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
	return asUtc - Math.floor(time / 60_000) * 60_000;
}

/**
 * The instant of a London wall-clock time. The repeated October hour resolves to BST (the first
 * occurrence); the missing March hour moves forward by an hour. Both come back as warnings.
 */
export function londonToInstant(year: number, month: number, day: number, hour: number, minute = 0): LondonInstant {
	const naive = Date.UTC(year, month - 1, day, hour, minute);
	// London is UTC+0 or UTC+1, so the answer is naive - 1h or naive.
	const bst = naive - HOUR_MS;
	const bstOk = londonOffset(bst) === HOUR_MS;
	const gmtOk = londonOffset(naive) === 0;
	if (bstOk && gmtOk) return { time: bst, warning: 'repeated' };
	if (bstOk) return { time: bst, warning: 'none' };
	if (gmtOk) return { time: naive, warning: 'none' };
	// Neither reading exists: the skipped spring hour, read as GMT it lands an hour later in BST.
	return { time: naive, warning: 'skipped' };
}

/** "YYYY-MM-DDTHH:MM" in London wall-clock time, the CLI's datetime column for minute precision. */
export function londonIsoLocal(time: number): string {
	const w = londonWallClock(time);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}

/**
 * londonToInstant for many times: the offset is looked up once per calendar day, and only the two
 * change-over days a year go through the full conversion. Same answers, far fewer Intl calls.
 */
export class LondonClock {
	/** Offset in ms for days whose offset holds all day; null for change-over days. */
	private readonly dayOffset = new Map<number, number | null>();

	toInstant(year: number, month: number, day: number, hour: number, minute = 0): LondonInstant {
		const key = (year * 13 + month) * 32 + day;
		let offset = this.dayOffset.get(key);
		if (offset === undefined) {
			const start = londonToInstant(year, month, day, 0, 0);
			const end = londonToInstant(year, month, day, 23, 59);
			const startOffset = Date.UTC(year, month - 1, day, 0, 0) - start.time;
			const endOffset = Date.UTC(year, month - 1, day, 23, 59) - end.time;
			offset = startOffset === endOffset && start.warning === 'none' && end.warning === 'none' ? startOffset : null;
			this.dayOffset.set(key, offset);
		}
		if (offset === null) return londonToInstant(year, month, day, hour, minute);
		return { time: Date.UTC(year, month - 1, day, hour, minute) - offset, warning: 'none' };
	}
}
