export * from './tables';
export * from './dates';
export * from './write';
export * from './read';
export * from './cells';
export * from './migrate';
