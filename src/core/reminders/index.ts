export * from './schedule';
export * from './standing';
export * from './escape';
export * from './compose';
export * from './log';
export * from './plan';
export * from './budget';
