/**
 * The live map drawn again at a figure's size and resolution: the container is given the map area's size in
 * CSS pixels, the canvas `dpi / 96` device pixels per CSS pixel, the view fitted to the extent shown on
 * screen, and one frame read back as PNG (inside MapLibre's render event, while the drawing buffer is
 * still whole). The page's own size, ratio and view are put back afterwards, success or not.
 */
import type { Map as MapLibreMap, LngLatBoundsLike } from 'maplibre-gl';

export interface MapCapture {
	png: Blob;
	/** Metres per CSS pixel (layout unit) at the map's centre, for the scale bar. */
	metresPerUnit: number;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

function idle(map: MapLibreMap, timeoutMs: number): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, timeoutMs);
		map.once('idle', () => {
			clearTimeout(timer);
			resolve();
		});
		map.triggerRepaint();
	});
}

/** One frame as PNG, read in the render event so the buffer has not been cleared. */
function grab(map: MapLibreMap): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const url = map.getCanvas().toDataURL('image/png');
				fetch(url)
					.then((r) => r.blob())
					.then(resolve, reject);
			} catch (error) {
				reject(error);
			}
		});
		map.triggerRepaint();
	});
}

/** Metres across one CSS pixel at the map's centre (haversine between two points a pixel row apart). */
function metresPerPixel(map: MapLibreMap): number {
	const c = map.getContainer();
	const y = c.clientHeight / 2;
	const a = map.unproject([c.clientWidth / 2 - 50, y]);
	const b = map.unproject([c.clientWidth / 2 + 50, y]);
	return a.distanceTo(b) / 100;
}

export async function captureMap(map: MapLibreMap, size: { width: number; height: number; pixelRatio: number }, extent: LngLatBoundsLike): Promise<MapCapture> {
	const container = map.getContainer();
	const saved = { style: container.getAttribute('style'), ratio: map.getPixelRatio(), center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing() };
	try {
		container.setAttribute('style', `${saved.style ?? ''};position:fixed;left:0;top:0;width:${Math.round(size.width)}px;height:${Math.round(size.height)}px;z-index:-1;`);
		map.setPixelRatio(size.pixelRatio);
		map.resize();
		map.fitBounds(extent, { padding: 0, animate: false }, { capturing: true });
		await frame();
		await idle(map, 15_000);
		const png = await grab(map);
		return { png, metresPerUnit: metresPerPixel(map) };
	} finally {
		if (saved.style === null) container.removeAttribute('style');
		else container.setAttribute('style', saved.style);
		map.setPixelRatio(saved.ratio);
		map.resize();
		map.jumpTo({ center: saved.center, zoom: saved.zoom, bearing: saved.bearing }, { capturing: true });
	}
}
