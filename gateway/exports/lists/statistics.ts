/** 各单位办件统计: the dashboard's table of every SPEC §4.6 figure by unit (network, county, each township). */
import { defineList } from '../definition';
import { FIGURE_COLUMNS, figureText, type Figures } from '../../web/src/dashboard/model';
import { period } from './common';

interface UnitRow {
  name: string;
  figures: Figures;
}

const RATE = 'numerator denominator percent';
const FIGURES = `accepted immediate promised completed pending overdueNow expedited online
  completionRate { ${RATE} } immediateShare { ${RATE} } promisedShare { ${RATE} } promisedCompletionRate { ${RATE} }
  onTimeRate { ${RATE} } earlyRate { ${RATE} } pendingShare { ${RATE} } onlineShare { ${RATE} } satisfactionRate { ${RATE} }`;

interface StatisticsAnswer {
  network: { figures: Figures } | null;
  county: { figures: Figures } | null;
  townships: { township: { name: string }; statistics: { figures: Figures } }[] | null;
}

export const unitStatistics = defineList({
  name: 'unit-statistics',
  title: '各单位办件统计',
  variables: period,
  period: (v) => v,
  sources: [
    {
      document: `query ExportUnitStatistics($from: Date!, $to: Date!) {
        statistics(from: $from, to: $to) {
          network { figures { ${FIGURES} } }
          county { figures { ${FIGURES} } }
          townships { township { name } statistics { figures { ${FIGURES} } } }
        }
      }`,
      paged: false,
      variables: (v) => ({ from: v.from, to: v.to }),
      read: (data) => {
        const s = data.statistics as StatisticsAnswer | null;
        if (!s) return { rows: [] };
        const rows: UnitRow[] = [];
        if (s.network) rows.push({ name: '全网合计', figures: s.network.figures });
        if (s.county) rows.push({ name: '县本级', figures: s.county.figures });
        for (const t of s.townships ?? []) rows.push({ name: t.township.name, figures: t.statistics.figures });
        return { rows };
      },
    },
  ],
  // Counts are numbers, rates read as on the page (95.4%, — without a denominator).
  columns: [
    { header: '单位', cell: (r: UnitRow) => r.name, width: 14 },
    ...FIGURE_COLUMNS.map((c) => ({
      header: c.label,
      cell: (r: UnitRow) => (c.rate ? figureText(r.figures, c.key) : (r.figures[c.key] as number)),
      width: c.rate ? 12 : 8,
    })),
  ],
});
