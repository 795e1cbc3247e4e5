import { parse } from 'graphql';
import { operationOf } from '../../gateway/selections';
import { selectsPath } from '../../gateway/selected-errors';
import { unreachableAnswer } from '../../gateway/unreachable-answer';

const selects = (query: string, path: (string | number)[]) => {
  const { operation, fragments } = operationOf(parse(query));
  return selectsPath(operation!.selectionSet, fragments, path);
};

describe('which error paths the client selected', () => {
  test('fields through aliases, list indices, inline fragments and named fragments', () => {
    const q = `query { s: statistics(from: "2026-11-01", to: "2026-11-30") { ...Scopes townships { ... on TownshipStatistics { township { name } } } } }
      fragment Scopes on Statistics { network { figures { accepted } } }`;
    expect(selects(q, ['s', 'network'])).toBe(true);
    expect(selects(q, ['s', 'townships', 3, 'township', 'name'])).toBe(true);
    expect(selects(q, ['statistics', 'network'])).toBe(false);
    expect(selects(q, ['s', 'townshipTotals'])).toBe(false);
  });
});

describe('what an unreachable subgraph answers to one fetch', () => {
  test('root fields: null, one SERVICE_UNAVAILABLE at each, naming the tier', () => {
    const a = unreachableAnswer('township', parse(`{ __typename cases: townshipCases(limit: 5) { total } townships { id } }`));
    expect(a.data).toEqual({ cases: null, townships: null });
    expect(a.errors.map((e) => [e.path, e.extensions])).toEqual([
      [['cases'], { code: 'SERVICE_UNAVAILABLE', service: 'township' }],
      [['townships'], { code: 'SERVICE_UNAVAILABLE', service: 'township' }],
    ]);
    expect(a.errors[0]!.message).toContain('乡镇服务暂不可用');
  });

  test('entity fields: null for each representation and each field of its type, errors at _entities paths for the gateway to place', () => {
    const doc = parse(`query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on TownshipCase { supervision { status } } ... on Township { countyFigures { openCases } } } }`);
    const representations = [{ __typename: 'TownshipCase', id: 'a' }, { __typename: 'Township', id: 'b' }];
    const a = unreachableAnswer('county', doc, { representations });
    expect(a.data).toEqual({ _entities: [{ supervision: null }, { countyFigures: null }] });
    expect(a.errors.map((e) => e.path)).toEqual([['_entities', 0, 'supervision'], ['_entities', 1, 'countyFigures']]);
  });

  test('a key-only root keeps its key from the arguments, so the other tier still answers its part', () => {
    const doc = parse(`query($n: String!) { trackCase(number: $n, queryCode: "ab 3c4d") { __typename number queryCode township { status } } }`);
    const a = unreachableAnswer('township', doc, { n: ' scjg-20261116-0001 ' });
    expect(a.data).toEqual({ trackCase: { __typename: 'TrackedCase', number: 'SCJG-20261116-0001', queryCode: 'AB3C4D', township: null } });
    expect(a.errors.map((e) => e.path)).toEqual([['trackCase', 'township']]);
  });

  test('a key-only root whose arguments cannot be a key is unavailable as a whole; mutations never keep a key', () => {
    const bad = unreachableAnswer('township', parse(`{ trackCase(number: "nonsense", queryCode: "AB3C4D") { number } }`));
    expect([bad.data, bad.errors.map((e) => e.path)]).toEqual([{ trackCase: null }, [['trackCase']]]);
    const m = unreachableAnswer('county', parse(`mutation { statistics(from: "2026-11-01", to: "2026-11-30") { from } }`));
    expect(m.data).toEqual({ statistics: null });
  });
});
