export * from './schema';
export * from './parse';
export { QUAN3_2021 } from './quan3-2021';
