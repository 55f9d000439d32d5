// The import worker's entry: Piscina imports this file in each worker thread. A worker starts with no TypeScript
// loader (the main thread's tsx registration, or vitest's, does not reach it), so it registers tsx before it
// imports the tasks.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');

export const parse = tasks.parse;
export const combine = tasks.combine;
export const ontology = tasks.ontology;
