import fs from 'node:fs';
import { composeSupergraph } from '../../gateway/compose';
import { supergraphPath } from '../../subgraphs/shared/graphql/sdl';

test('the committed supergraph equals a fresh composition of schema/*.graphql (run `npm run compose`)', () => {
  expect(fs.readFileSync(supergraphPath(), 'utf8')).toBe(composeSupergraph());
});

test('the internal calendar snapshot query is composed but inaccessible to clients', () => {
  const sdl = fs.readFileSync(supergraphPath(), 'utf8');
  expect(sdl).toMatch(/calendarSnapshot: CalendarSnapshot! .*@inaccessible/);
});

test('every type and field in the subgraph SDL carries a description', () => {
  for (const name of ['county', 'township', 'common']) {
    const lines = fs.readFileSync(`${__dirname}/../../schema/${name}.graphql`, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const t = line.trim();
      const isField = /^[a-zA-Z_]\w*(\(.*\))?\s*:/.test(t) && !t.startsWith('extend');
      const isType = /^(type|input|enum|scalar|interface)\s/.test(t) && !/^type (Query|Mutation) /.test(t);
      const isEnumValue = /^[A-Z_]+$/.test(t);
      if (isField || isType || isEnumValue) {
        const prev = lines[i - 1]?.trim() ?? '';
        expect({ file: name, line: i + 1, text: t, described: prev.endsWith('"') }).toEqual({ file: name, line: i + 1, text: t, described: true });
      }
    });
  }
});
