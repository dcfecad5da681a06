export * from './types';
export * from './unit-summary';
export * from './deadlines';
export * from './totals';
export * from './layout';
export * from './grid';
export * from './tab-facts';
export * from './replication';
