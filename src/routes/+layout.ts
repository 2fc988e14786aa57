// A static single-page app: the shell is prerendered and everything else runs in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';
