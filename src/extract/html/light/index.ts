/**
 * Dossier's light DOM: a fast, linear HTML parser and the node classes it builds, read by
 * every extraction step through the structural interfaces of `../dom.ts`.
 */
export { parseLight } from './parse.js';
export { LightDocument, LightElement, LightText } from './nodes.js';
