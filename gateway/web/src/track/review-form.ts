/** The review form (好差评) of a finished case, and its receipt. */
import { h, show } from '../shared/dom';
import { answer, codeOf, messageFor, requestId } from '../shared/graphql';
import { trackClient } from './client';
import { beijingDateTime } from '../shared/format';
import type { TrackQuery } from './input';
import {
  checkReview,
  commentCounter,
  followUpText,
  isFinalReviewAnswer,
  MAX_REVIEW_COMMENT,
  needsReason,
  REVIEW_LEVELS,
  reviewFailureMessage,
  ReviewSubmission,
} from './review';
import { REVIEW_MUTATION, type ReviewReceipt } from './types';

function receiptView(r: ReviewReceipt): HTMLElement {
  const followUp = followUpText(r);
  return h(
    'div',
    { class: 'review-receipt', id: 'review-receipt', role: 'status' },
    h('p', { class: 'receipt-title' }, '评价已提交，感谢您的反馈！'),
    h(
      'dl',
      { class: 'facts compact' },
      h('div', { class: 'fact' }, h('dt', {}, '您的评价'), h('dd', { id: 'receipt-level' }, r.levelLabel)),
      h('div', { class: 'fact' }, h('dt', {}, '评价时间'), h('dd', { id: 'receipt-time' }, beijingDateTime(r.reviewedAt))),
    ),
    followUp ? h('p', { class: 'follow-up', id: 'receipt-follow-up' }, followUp) : null,
  );
}

/** A form for one case; each form is one submission (one idempotency key, kept across retries). */
export function reviewCard(query: TrackQuery): HTMLElement {
  const submission = new ReviewSubmission(requestId);
  const error = h('p', { class: 'field-error', id: 'review-error', role: 'alert' });
  const counter = h('span', { class: 'counter', id: 'comment-count', 'aria-live': 'polite' }, commentCounter(''));
  const reasonHint = h('span', { class: 'reason-hint', id: 'reason-hint' });
  const comment = h('textarea', {
    id: 'review-comment',
    name: 'comment',
    rows: 3,
    maxlength: MAX_REVIEW_COMMENT,
    placeholder: '可以说说办事过程中的感受和建议（选填）',
    'aria-describedby': 'reason-hint comment-count',
  });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'review-submit' }, '提交评价');
  const choices = REVIEW_LEVELS.map((l) =>
    h(
      'label',
      { class: `level-choice level-${l.level}` },
      h('input', { type: 'radio', name: 'level', value: l.level, id: `review-level-${l.level}` }),
      h('span', {}, l.label),
    ),
  );
  const form = h(
    'form',
    { id: 'review-form', novalidate: true },
    h('fieldset', { class: 'levels' }, h('legend', {}, '您对本次办事服务是否满意？'), h('div', { class: 'level-row' }, choices)),
    h('div', { class: 'comment-head' }, h('label', { for: 'review-comment' }, '评价内容'), reasonHint, counter),
    comment,
    error,
    h('div', { class: 'actions' }, submit, h('span', { class: 'hint' }, '每件办件可评价一次，评价不会显示您的个人信息。')),
  );
  const body = h('div', { class: 'review-body' }, form);
  const card = h(
    'section',
    { class: 'card review-card', id: 'review', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title' }, '办事评价（好差评）'),
    h('p', { class: 'hint' }, '您的评价将帮助我们改进服务。选择“不满意”或“非常不满意”时，相关单位会在规定时间内整改并回访。'),
    body,
  );

  const selectedLevel = (): number | null => {
    const checked = form.querySelector<HTMLInputElement>('input[name="level"]:checked');
    return checked ? Number(checked.value) : null;
  };
  const refresh = () => {
    counter.textContent = commentCounter(comment.value);
    const level = selectedLevel();
    reasonHint.textContent = level !== null && needsReason(level) ? '（请写明原因，必填）' : '（选填）';
    for (const c of choices) c.classList.toggle('selected', !!c.querySelector('input')?.checked);
  };
  form.addEventListener('change', refresh);
  comment.addEventListener('input', refresh);
  refresh();

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send();
  });

  async function send(): Promise<void> {
    const checked = checkReview(selectedLevel(), comment.value);
    if (!checked.ok) {
      error.textContent = checked.message;
      return;
    }
    const key = submission.begin();
    if (!key) return; // already on its way: the same review is not sent twice
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = '正在提交…';
    try {
      const r = await answer(
        trackClient.mutation(REVIEW_MUTATION, { input: { requestId: key, number: query.number, queryCode: query.queryCode, level: checked.level, comment: checked.comment } }),
      );
      const receipt = r.data?.submitReview;
      if (receipt && !r.errors.length) return show(body, receiptView(receipt));
      const code = codeOf(r.errors[0]);
      const message = reviewFailureMessage(code, messageFor);
      if (isFinalReviewAnswer(code)) return show(body, h('p', { class: 'review-final', id: 'review-final', role: 'status' }, message));
      error.textContent = message;
    } finally {
      submission.end();
      submit.disabled = false;
      submit.textContent = '提交评价';
    }
  }

  return card;
}
