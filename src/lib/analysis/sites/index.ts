/** Public surface of the sites analysis (issue 9), for state, components and the worker. */
export * from './model';
export * from './codes';
export * from './distance';
export * from './catchment';
export * from './coverage';
export * from './gaps';
export * from './before-after';
export * from './cell-profiles';
export * from './validate';
export * from './csv';
export * from './geojson';
export * from './study-area';
export { STARTER_SITES } from './starter-sites';
