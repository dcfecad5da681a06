export * from './registration';
export * from './report';
export * from './deadline';
