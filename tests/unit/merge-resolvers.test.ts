import { mergeResolvers } from '../../subgraphs/shared/graphql/merge-resolvers';

describe('merging feature resolver maps', () => {
  const f = () => null;
  const g = () => null;

  test('fields of the same type from several modules end up together', () => {
    expect(mergeResolvers({ Query: { a: f }, CountyCase: { x: f } }, { Query: { b: g } })).toEqual({ Query: { a: f, b: g }, CountyCase: { x: f } });
  });

  test('a field defined twice is refused at start-up instead of silently replaced', () => {
    expect(() => mergeResolvers({ Query: { a: f } }, { Query: { a: g } })).toThrow('Resolver Query.a is defined twice');
  });
});
