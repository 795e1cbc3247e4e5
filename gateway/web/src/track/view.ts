/** The tracking page's result: the case in plain words and its journey as a timeline. */
import { h } from '../shared/dom';
import { beijingDateTime } from '../shared/format';
import type { CaseSummary } from './summary';
import { currentStepIndex, type TimelineEntry } from './timeline';

function fact(label: string, value: string, id: string) {
  return h('div', { class: 'fact' }, h('dt', {}, label), h('dd', { id }, value));
}

export function summaryCard(s: CaseSummary): HTMLElement {
  const facts = [
    fact('办件编号', s.number, 'case-number'),
    fact(s.unitCaption, s.unitName, 'case-unit'),
    s.intakeUnit ? fact('受理窗口', `${s.intakeUnit}（就近受理，转报县级办理）`, 'case-intake-unit') : null,
    s.countyNumber ? fact('县级办件编号', s.countyNumber, 'case-county-number') : null,
    fact('收件时间', beijingDateTime(s.receivedAt), 'case-received-at'),
    s.dueDate ? fact('承诺办结日期', s.dueDate, 'case-due-date') : s.status === 'RECEIVED' ? fact('承诺办结日期', '受理后确定', 'case-due-date') : null,
    s.completedAt ? fact('办结时间', beijingDateTime(s.completedAt), 'case-completed-at') : null,
  ];
  return h(
    'section',
    { class: 'card case-summary', 'aria-labelledby': 'item-name' },
    h(
      'div',
      { class: 'summary-head' },
      h('div', {}, h('p', { class: 'eyebrow' }, '办理事项'), h('h2', { id: 'item-name', tabindex: -1 }, s.itemName)),
      h('span', { class: `status-badge ${s.tone}`, id: 'status-label' }, s.statusLabel),
    ),
    h('p', { class: `status-explanation ${s.tone}`, id: 'status-explanation' }, s.explanation),
    h('dl', { class: 'facts' }, facts),
  );
}

function stepItem(e: TimelineEntry, current: boolean): HTMLElement {
  return h(
    'li',
    { class: `step${current ? ' current' : ''}`, 'data-source': e.source, 'aria-current': current ? 'step' : null },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'step-body' },
      h('div', { class: 'step-title' }, h('span', { class: 'step-label' }, e.label), current ? h('span', { class: 'now-tag' }, '当前') : null),
      h('div', { class: 'step-unit' }, e.unitName),
      h('time', { class: 'step-time', datetime: e.at }, beijingDateTime(e.at)),
    ),
  );
}

export function timelineCard(s: CaseSummary): HTMLElement {
  const current = currentStepIndex(s.steps);
  return h(
    'section',
    { class: 'card timeline-card', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, '办理进度'),
    s.steps.length
      ? h('ol', { class: 'timeline', id: 'timeline' }, s.steps.map((e, i) => stepItem(e, i === current)))
      : h('p', { class: 'empty' }, '暂无办理记录。'),
    h('p', { class: 'hint' }, '时间为北京时间；办理进度由受理窗口和承办部门实时记录。'),
  );
}
