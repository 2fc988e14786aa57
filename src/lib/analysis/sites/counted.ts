/** A count with its noun in the right number: "1 site", "2 sites", "1,204 incidents". */
import { formatCount } from '../text/numbers';

export function counted(n: number, singular: string, plural = `${singular}s`): string {
	return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
