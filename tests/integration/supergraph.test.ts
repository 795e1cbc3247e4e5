import fs from 'node:fs';
import { composeSupergraph } from '../../gateway/compose';
import path from 'node:path';
import { sourceSdlFiles, supergraphPath } from '../../subgraphs/shared/graphql/sdl';

test('the committed supergraph equals a fresh composition of schema/*.graphql (run `npm run compose`)', () => {
  expect(fs.readFileSync(supergraphPath(), 'utf8')).toBe(composeSupergraph());
});

test('the internal calendar snapshot query is composed but inaccessible to clients', () => {
  const sdl = fs.readFileSync(supergraphPath(), 'utf8');
  expect(sdl).toMatch(/calendarSnapshot: CalendarSnapshot! .*@inaccessible/);
});

test('every type and field in the subgraph SDL carries a description', () => {
  const files = sourceSdlFiles();
  expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['county.graphql', 'township.graphql', 'common.graphql']));
  for (const file of files) {
    const name = path.basename(file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const t = line.trim();
      const isField = /^[a-zA-Z_]\w*(\(.*\))?\s*:/.test(t) && !t.startsWith('extend');
      const isType = /^(type|input|enum|scalar|interface|union)\s/.test(t) && !/^type (Query|Mutation) /.test(t);
      const isEnumValue = /^[A-Z_]+$/.test(t);
      if (isField || isType || isEnumValue) {
        const prev = lines[i - 1]?.trim() ?? '';
        expect({ file: name, line: i + 1, text: t, described: prev.endsWith('"') }).toEqual({ file: name, line: i + 1, text: t, described: true });
      }
    });
  }
});
