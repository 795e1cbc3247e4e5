/** The two dialogs of the work board: 登记送达 and 补正材料. */
import { h, type Child } from '../shared/dom';
import { beijingDateTime } from '../shared/format';
import { GraphQLFailure, must } from '../shared/graphql';
import { DELIVERY_METHOD_LABELS, handoverVariables, supplementVariables, type Checked, type DeliveryMethod } from './forms';
import { HANDOVER_MUTATION, RESUBMIT_MUTATION, resultOf, type IntakeRow } from './model';

export interface DialogHooks {
  /** The action went through: tell the clerk and reload the lists. */
  done(message: string): void;
  /** Reloads the lists; resolves with the intake's fresh row when it is still waiting for this action. */
  reload(id: string): Promise<IntakeRow | null>;
  /** The token was refused. */
  signInAgain(message: string): void;
}

/** After these the dialog's copy of the intake is stale: reload and go on with the fresh version. */
const STALE = new Set(['VERSION_CONFLICT', 'ILLEGAL_TRANSITION', 'NOT_FOUND']);

const asFailure = (e: unknown): GraphQLFailure => (e instanceof GraphQLFailure ? e : new GraphQLFailure('INTERNAL_SERVER_ERROR', String(e)));

function summary(row: IntakeRow, extra: [string, Child][] = []): HTMLElement {
  const pairs: [string, Child][] = [
    ['办件编号', h('span', { class: 'mono' }, row.number)],
    ['事项名称', row.itemName],
    ['申请人', row.applicant.name],
    ['受理时间', beijingDateTime(row.acceptedAt)],
    ...extra,
  ];
  return h('dl', { class: 'summary' }, pairs.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

interface ActionDialog<V> {
  id: string;
  title: string;
  row: IntakeRow;
  body(row: IntakeRow): Child[];
  submitLabel: string;
  /** Reads the fields and checks them; nothing is sent when this fails. */
  read(form: HTMLFormElement, row: IntakeRow): Checked<V>;
  send(variables: V): Promise<string>;
  hooks: DialogHooks;
}

function openActionDialog<V>(o: ActionDialog<V>): HTMLDialogElement {
  let row = o.row;
  let gone = false;
  const error = h('div', { class: 'error-box', role: 'alert', id: `${o.id}-error`, hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', id: `${o.id}-submit` }, o.submitLabel);
  const dialog = h('dialog', { id: o.id, class: 'action-dialog', 'aria-labelledby': `${o.id}-title`, 'data-number': row.number });
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: `${o.id}-title` }, o.title),
    o.body(row),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'button', id: `${o.id}-cancel`, onclick: () => dialog.close() }, '取消'), submit),
  );
  dialog.append(form);
  const showError = (message: string, field?: string) => {
    error.textContent = message;
    error.hidden = false;
    const target = field ? form.querySelector<HTMLElement>(`[data-field="${field}"]`) : null;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      (target.matches('input, textarea, select') ? target : target.querySelector<HTMLElement>('input'))?.focus();
    }
  };
  // A field the clerk has just corrected stops being marked; the message stays until the next try.
  form.addEventListener('input', (e) => (e.target as Element).closest('[aria-invalid]')?.removeAttribute('aria-invalid'));
  form.addEventListener('change', (e) => (e.target as Element).closest('[aria-invalid]')?.removeAttribute('aria-invalid'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (submit.disabled) return;
    error.hidden = true;
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const checked = o.read(form, row);
    if (!checked.ok) return showError(checked.message, checked.field);
    // One click, one request: the button stays off until the answer is in.
    submit.disabled = true;
    submit.textContent = '正在提交…';
    void (async () => {
      try {
        const message = await o.send(checked.variables);
        dialog.close();
        o.hooks.done(message);
        return;
      } catch (e) {
        const f = asFailure(e);
        if (f.code === 'UNAUTHENTICATED') {
          dialog.close();
          o.hooks.signInAgain(f.message);
          return;
        }
        showError(f.message);
        if (STALE.has(f.code)) {
          const fresh = await o.hooks.reload(row.id);
          if (fresh) row = fresh;
          else {
            gone = true;
            // Someone else finished it: "please try again" would be wrong advice here.
            showError('该办件已由他人办理，已不在本列表中，无需再办理。');
          }
        }
      }
      submit.disabled = gone;
      submit.textContent = o.submitLabel;
    })();
  });
  // Each opening builds a fresh dialog, so no state from another intake can leak into it.
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

const valueOf = (form: HTMLFormElement, name: string): string => {
  const v = new FormData(form).get(name);
  return typeof v === 'string' ? v : '';
};

export function openHandoverDialog(row: IntakeRow, hooks: DialogHooks): HTMLDialogElement {
  const result = resultOf(row);
  return openActionDialog({
    id: 'handover-dialog',
    title: '登记送达',
    row,
    submitLabel: '确认送达',
    hooks,
    body: (r) => {
      const tracking = h('input', { id: 'handover-tracking', name: 'trackingNumber', 'data-field': 'trackingNumber', autocomplete: 'off', placeholder: '例如 SF1234567890123' });
      const trackingRow = h('label', { class: 'field', for: 'handover-tracking', hidden: true }, h('span', { class: 'label' }, '快递运单号', h('em', { class: 'required' }, '*')), tracking);
      const radio = (m: DeliveryMethod, checked: boolean) =>
        h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'method', value: m, id: `handover-${m === 'EXPRESS' ? 'express' : 'in-person'}`, checked }), DELIVERY_METHOD_LABELS[m]);
      const methods = h('fieldset', { class: 'choices', 'data-field': 'method' }, h('legend', {}, '送达方式'), radio('IN_PERSON', true), radio('EXPRESS', false));
      // The waybill number only matters for express delivery.
      methods.addEventListener('change', () => {
        const express = (methods.querySelector<HTMLInputElement>('input[value=EXPRESS]')?.checked ?? false);
        trackingRow.hidden = !express;
        if (express) tracking.focus();
      });
      return [
        summary(r, [
          ['办理结果', h('span', { class: `tag ${result.approved ? 'approved' : 'rejected'}` }, result.label)],
          [result.approved ? '结果文号' : '不予许可理由', result.text],
        ]),
        methods,
        trackingRow,
        h('label', { class: 'field', for: 'handover-note' }, h('span', { class: 'label' }, '备注（可选）'), h('textarea', { id: 'handover-note', name: 'note', rows: 2, 'data-field': 'note', placeholder: '如：申请人本人持身份证领取' })),
      ];
    },
    read: (form, r) => handoverVariables(r, { method: valueOf(form, 'method'), trackingNumber: valueOf(form, 'trackingNumber'), note: valueOf(form, 'note') }),
    send: async (v) => {
      const d = await must<{ handOverIntake: { number: string } }>(HANDOVER_MUTATION, { ...v });
      return `已登记送达：${d.handOverIntake.number}`;
    },
  });
}

export function openSupplementDialog(row: IntakeRow, hooks: DialogHooks): HTMLDialogElement {
  return openActionDialog({
    id: 'supplement-dialog',
    title: '补正材料',
    row,
    submitLabel: '提交补正',
    hooks,
    body: (r) => [
      summary(r),
      h(
        'fieldset',
        { class: 'choices materials', 'data-field': 'materials' },
        h('legend', {}, '县级部门一次性告知的补正材料（已收到的请勾选）'),
        r.missingMaterials.map((m, i) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'material', value: m, checked: true, id: `supplement-material-${i}` }), m)),
      ),
      h(
        'label',
        { class: 'field', for: 'supplement-extra' },
        h('span', { class: 'label' }, '其他补交材料（可选）'),
        h('input', { id: 'supplement-extra', name: 'extra', 'data-field': 'extra', autocomplete: 'off', placeholder: '多项用顿号“、”分隔' }),
      ),
      h('label', { class: 'field', for: 'supplement-note' }, h('span', { class: 'label' }, '备注（可选）'), h('textarea', { id: 'supplement-note', name: 'note', rows: 2, 'data-field': 'note' })),
      h('p', { class: 'hint' }, '提交后系统将补正材料转报县级部门，办件恢复计时。'),
    ],
    read: (form, r) =>
      supplementVariables(r, {
        ticked: new FormData(form).getAll('material').filter((v): v is string => typeof v === 'string'),
        extra: valueOf(form, 'extra'),
        note: valueOf(form, 'note'),
      }),
    send: async (v) => {
      const d = await must<{ resubmitIntakeSupplement: { number: string } }>(RESUBMIT_MUTATION, { ...v });
      return `已提交补正材料：${d.resubmitIntakeSupplement.number}，已转报县级部门。`;
    },
  });
}
