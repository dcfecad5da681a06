export * from './columns';
export * from './read';
export * from './validate';
export * from './report-status';
export * from './compile';
export * from './report-sheet';
export * from './migrate';
export * from './print';
