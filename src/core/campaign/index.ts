export * from './schema';
export * from './parse';
export * from './next-year';
export { QUAN3_2021 } from './quan3-2021';
export { QUAN3_2021_CATALOGUE } from './quan3-2021-catalogue';
