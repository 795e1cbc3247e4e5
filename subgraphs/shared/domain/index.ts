/** Pure domain rules shared by the county and township subgraphs: no ORM, GraphQL or I/O. */
export * from './errors';
export * from './time';
export * from './calendar';
export * from './deadline';
export * from './lifecycle';
export * from './warning';
export * from './identity';
export * from './masking';
export * from './case-number';
export * from './item-rules';
export * from './rate';
export * from './complaint';
export * from './complaint-filing';
export * from './rectification';
export * from './statistics';
export * from './materials';
export * from './tracking-number';
