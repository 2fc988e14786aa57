import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { hexLayerProps } from './hex-layer-props';

/** deck.gl layer classes, loaded with the overlay after the first paint (see MapView). */
export function createHexLayer(props: ReturnType<typeof hexLayerProps>) {
	return new H3HexagonLayer(props);
}
