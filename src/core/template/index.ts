export * from './layout';
export * from './template';
