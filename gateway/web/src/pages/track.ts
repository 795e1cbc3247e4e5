/**
 * The public tracking page (/track): case number + query code → the case's journey across both
 * tiers, and a review once it is finished. No sign-in and no token: it calls the gateway as the
 * public, and shows nothing about the applicant.
 */
import { h, show } from '../shared/dom';
import { answer, messageFor } from '../shared/graphql';
import { trackClient } from '../track/client';
import { checkTrackInput, readSearch, searchFor, type Field, type TrackQuery } from '../track/input';
import { PARTIAL_MESSAGE, trackFailureMessage, trackOutcome } from '../track/outcome';
import { isReviewOpen } from '../track/review';
import { reviewCard } from '../track/review-form';
import { TRACK_QUERY } from '../track/types';
import { summaryCard, timelineCard } from '../track/view';

const app = document.getElementById('app')!;

function field(id: string, name: Field, label: string, attrs: Record<string, string | number | boolean>) {
  const input = h('input', { id, name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-error`, ...attrs });
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  return { input, error, node: h('div', { class: 'field' }, h('label', { for: id }, label), input, error) };
}

const number = field('track-number', 'number', '办件编号', { placeholder: '如 511099101-20260930-0001', maxlength: 40, inputmode: 'text' });
const code = field('track-code', 'queryCode', '查询码', { placeholder: '6位字母或数字', maxlength: 12, autocapitalize: 'characters' });
const submit = h('button', { type: 'submit', class: 'primary', id: 'track-submit' }, '查询');
const form = h('form', { id: 'track-form', class: 'track-form', novalidate: true }, number.node, code.node, h('div', { class: 'field submit' }, submit));
const message = h('div', { class: 'track-message', id: 'track-message', role: 'alert' });
const result = h('div', { class: 'track-result', id: 'track-result', 'aria-live': 'polite' });

show(
  app,
  h(
    'header',
    { class: 'bar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '联动'), h('h1', {}, '办件进度查询')),
    h('div', { class: 'bar-note' }, '政务服务 · 县乡联办'),
    h(
      'nav',
      { class: 'bar-links', 'aria-label': '公众服务' },
      h('a', { href: '/guide', 'data-link': 'guide' }, '办事指南'),
      // The portal's complaint form (效能投诉) and its look-up by complaint number and query code.
      h('a', { href: '/guide#/complaint', 'data-link': 'complaint' }, '投诉'),
      h('a', { href: '/guide#/complaint-status', 'data-link': 'complaint-status' }, '投诉查询'),
    ),
  ),
  h(
    'main',
    { id: 'main', class: 'track-main' },
    h(
      'section',
      { class: 'card search-card', 'aria-labelledby': 'search-title' },
      h('h2', { id: 'search-title' }, '查询办件进度'),
      h('p', { class: 'lead' }, '在县政务服务中心或乡镇便民服务中心办理的事项，凭受理回执上的办件编号和查询码即可查询办理进度，无需登录。'),
      form,
    ),
    message,
    result,
    h(
      'footer',
      { class: 'track-footer' },
      h('p', {}, '本页面只显示办理进度，不显示申请人姓名、证件号码、联系电话等个人信息。请妥善保管您的查询码。'),
      h('p', {}, '如对办理结果有疑问，请咨询受理窗口或拨打政务服务便民热线 12345。'),
    ),
  ),
);

const setProblem = (f: typeof number, text: string | undefined) => {
  f.error.textContent = text ?? '';
  if (text) f.input.setAttribute('aria-invalid', 'true');
  else f.input.removeAttribute('aria-invalid');
};

let latest = 0;

async function search(q: TrackQuery): Promise<void> {
  const mine = ++latest;
  submit.disabled = true;
  submit.textContent = '查询中…';
  message.className = 'track-message';
  message.textContent = '';
  result.setAttribute('aria-busy', 'true');
  try {
    const r = await answer(trackClient.query(TRACK_QUERY, { number: q.number, queryCode: q.queryCode }));
    if (mine !== latest) return; // a newer search has been sent since
    const outcome = trackOutcome(r.data, r.errors);
    if (outcome.kind !== 'found') {
      show(result);
      message.className = 'track-message error-box';
      message.textContent = outcome.kind === 'notFound' ? trackFailureMessage('NOT_FOUND', messageFor) : trackFailureMessage(outcome.code, messageFor);
      return;
    }
    const s = outcome.summary;
    if (outcome.partial) {
      message.className = 'track-message notice-box';
      message.textContent = PARTIAL_MESSAGE;
    }
    show(result, summaryCard(s), timelineCard(s), isReviewOpen(s.status) ? reviewCard(q) : null);
    // A receipt's link, a bookmark or a reload opens straight to this case.
    history.replaceState(null, '', searchFor(q));
    document.getElementById('item-name')?.focus();
  } finally {
    if (mine === latest) {
      submit.disabled = false;
      submit.textContent = '查询';
      result.removeAttribute('aria-busy');
    }
  }
}

function submitForm(): void {
  const checked = checkTrackInput({ number: number.input.value, queryCode: code.input.value });
  setProblem(number, checked.ok ? undefined : checked.problems.number);
  setProblem(code, checked.ok ? undefined : checked.problems.queryCode);
  if (!checked.ok) {
    (checked.problems.number ? number : code).input.focus();
    return;
  }
  number.input.value = checked.query.number;
  code.input.value = checked.query.queryCode;
  void search(checked.query);
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  submitForm();
});

// Opened from a receipt's link (?number=…&code=…): show the case without typing.
const given = readSearch(location.search);
number.input.value = given.number;
code.input.value = given.queryCode;
if (given.number && given.queryCode) submitForm();
else (given.number ? code : number).input.focus();
